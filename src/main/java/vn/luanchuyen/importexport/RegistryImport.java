package vn.luanchuyen.importexport;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.AuditableEvents;
import vn.luanchuyen.shared.RecordChanged;

/**
 * Imports an exchange workbook into the registry all or nothing, and exports the registry to the
 * same format. Imports run one at a time, so that each is checked against the registry it changes.
 */
@Service
public class RegistryImport {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryImport.class);

  private final RegistryStore store;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final WorkbookReader reader = new WorkbookReader();
  private final RegistryValidator validator;
  private final ReentrantLock oneAtATime = new ReentrantLock();

  RegistryImport(
      RegistryStore store,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      Clock clock) {
    this.validator = new RegistryValidator(clock);
    this.store = store;
    this.transaction = transaction;
    this.events = events;
  }

  public ImportReport importWorkbook(Path file) {
    return importWorkbook(file, false);
  }

  /**
   * Imports a workbook file.
   *
   * @param overwriteNewer whether rows of records changed since the workbook was exported are
   *     imported all the same (and the overwrite audited) instead of refused
   */
  public ImportReport importWorkbook(Path file, boolean overwriteNewer) {
    return importReading(() -> reader.read(file), "workbook=" + file.getFileName(), overwriteNewer);
  }

  public ImportReport importWorkbook(InputStream in) {
    return importWorkbook(in, false);
  }

  /** Imports an uploaded workbook; {@code overwriteNewer} as for a file. */
  public ImportReport importWorkbook(InputStream in, boolean overwriteNewer) {
    return importReading(() -> reader.read(in), "workbook=upload", overwriteNewer);
  }

  private ImportReport importReading(
      Supplier<WorkbookRead> reading, String source, boolean overwriteNewer) {
    long start = System.nanoTime();
    WorkbookRead read = reading.get();
    long readMs = (System.nanoTime() - start) / 1_000_000;
    LOG.info("Đọc sổ Excel: {} ms", readMs);
    long readEnd = System.nanoTime();
    ImportReport report = importRead(read, source, overwriteNewer);
    ImportReport.Phases phases = report.phases().withRead(readMs);
    if (report.imported()) {
      // what the transaction's own phases leave: sealing each cadre's records, and the commit
      phases =
          phases.withCommit((System.nanoTime() - readEnd) / 1_000_000 - phases.inTransactionMs());
    }
    return report.with(phases);
  }

  /** Imports records already in memory (the demo district), with the same checks as a workbook. */
  public ImportReport importContent(RegistryContent content) {
    return importRead(new WorkbookRead(content, SourceRows.none(), List.of()), "content", false);
  }

  private ImportReport importRead(WorkbookRead read, String source, boolean overwriteNewer) {
    ImportReport report = importOrRefuse(read, source, overwriteNewer);
    if (!report.imported()) {
      // the import rolled back; its refusal is kept, in a transaction of its own
      events.publishEvent(
          new RecordChanged(
              "registry",
              "import",
              "IMPORT_REFUSED",
              null,
              report.problemCount() + " lỗi; không có gì được ghi"));
    }
    return report;
  }

  /** What the checks found: the problems, and the rows newer in the registry than the workbook. */
  private record Checked(List<ImportProblem> problems, List<NewerEdits.Stale> stale, long ms) {}

  private Checked check(WorkbookRead read, RegistryContent existing, boolean overwriteNewer) {
    long start = System.nanoTime();
    List<ImportProblem> problems = new ArrayList<>(validator.validate(read, existing));
    List<NewerEdits.Stale> stale = NewerEdits.in(read, existing);
    if (!overwriteNewer && !stale.isEmpty()) {
      for (NewerEdits.Stale s : stale) {
        problems.add(s.problem());
      }
      problems.sort(ImportProblem.IN_WORKBOOK_ORDER);
    }
    return new Checked(problems, stale, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Checks the workbook and, if the checks find nothing, writes it in one transaction. The audit
   * entries and the digests of the new cadres' rows are computed from memory on another core while
   * the rows are written.
   */
  private ImportReport importOrRefuse(WorkbookRead read, String source, boolean overwriteNewer) {
    oneAtATime.lock();
    try {
      return transaction.execute(
          status -> {
            long start = System.nanoTime();
            RegistryContent existing = store.load();
            long loaded = System.nanoTime();
            Checked checked = check(read, existing, overwriteNewer);
            long checkedAt = System.nanoTime();
            LOG.info(
                "Đọc dữ liệu hiện có: {} ms; kiểm tra: {} ms; {} lỗi",
                (loaded - start) / 1_000_000,
                checked.ms(),
                checked.problems().size());
            ImportReport.Phases phases =
                new ImportReport.Phases(
                    0, (loaded - start) / 1_000_000, (checkedAt - loaded) / 1_000_000, 0, 0, 0);
            if (!checked.problems().isEmpty()) {
              status.setRollbackOnly();
              return ImportReport.refused(checked.problems()).with(phases);
            }
            // made from memory on another core while the rows are written
            CompletableFuture<AuditableEvents> entries =
                CompletableFuture.supplyAsync(
                    () -> ImportedCadres.entries(existing, read.content(), source));
            CompletableFuture<Map<String, String>> rowsWritten =
                CompletableFuture.supplyAsync(
                    () -> WrittenRows.digests(read.content(), newCadres(read, existing)));
            try {
              store.store(read.content(), existing);
            } catch (DataIntegrityViolationException e) {
              // The checks above should have caught it; the database is the last guard.
              LOG.warn("Cơ sở dữ liệu từ chối dữ liệu nhập", e);
              status.setRollbackOnly();
              return ImportReport.refused(
                  List.of(
                      ImportProblem.of(
                          WorkbookFormat.FILE, 0, null, ImportProblem.reason("database-refused"))));
            }
            long written = System.nanoTime();
            // one entry per cadre created or changed, each cadre's records sealed, in this
            // transaction
            events.publishEvent(joined(entries).withRowsWritten(() -> joined(rowsWritten)));
            if (!checked.stale().isEmpty()) {
              events.publishEvent(overwritten(checked.stale(), source));
            }
            LOG.info("Ghi vào cơ sở dữ liệu: {} ms", (written - checkedAt) / 1_000_000);
            return ImportReport.imported(read.content())
                .with(
                    new ImportReport.Phases(
                        0,
                        phases.existingMs(),
                        phases.checkMs(),
                        (written - checkedAt) / 1_000_000,
                        (System.nanoTime() - written) / 1_000_000,
                        0));
          });
    } finally {
      oneAtATime.unlock();
    }
  }

  /** The task's result; its failure thrown as it was thrown on the other thread. */
  private static <T> T joined(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static Set<String> newCadres(WorkbookRead read, RegistryContent existing) {
    Set<String> stored = new HashSet<>();
    existing.cadres().forEach(c -> stored.add(c.code()));
    Set<String> added = new HashSet<>();
    read.content()
        .cadres()
        .forEach(
            c -> {
              if (!stored.contains(c.code())) {
                added.add(c.code());
              }
            });
    return added;
  }

  /** The audit entry of an import that the user chose to let overwrite newer edits. */
  private static RecordChanged overwritten(List<NewerEdits.Stale> stale, String source) {
    StringJoiner records = new StringJoiner(", ");
    stale.forEach(s -> records.add(s.described()));
    return new RecordChanged(
        "registry",
        "import-overwrite",
        "IMPORT_OVERWRITE",
        null,
        source + "; " + stale.size() + " overwritten: " + records);
  }

  /**
   * Writes the whole registry as an exchange workbook; the read of every cadre's personal data is
   * audited, with how many records went out.
   */
  public void exportWorkbook(OutputStream out) {
    RegistryContent registry = store.load();
    WorkbookWriter.exportingVersions().write(registry, out);
    events.publishEvent(
        new RecordChanged(
            "registry",
            "export",
            "READ",
            null,
            String.format(
                "%d cán bộ, %d đơn vị, %d dòng quá trình công tác, %d dòng quy hoạch, %d dòng"
                    + " đánh giá, %d dòng kỷ luật",
                registry.cadres().size(),
                registry.units().size(),
                registry.assignments().size(),
                registry.planning().size(),
                registry.assessments().size(),
                registry.disciplines().size())));
  }

  /** Writes the blank template, with its guide and code lists. */
  public void writeTemplate(OutputStream out) {
    new WorkbookTemplate().write(out);
  }
}
