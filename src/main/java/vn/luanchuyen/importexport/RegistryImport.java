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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
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
    return importReading(
        arriving -> reader.read(file, arriving), "workbook=" + file.getFileName(), overwriteNewer);
  }

  public ImportReport importWorkbook(InputStream in) {
    return importWorkbook(in, false);
  }

  /** Imports an uploaded workbook; {@code overwriteNewer} as for a file. */
  public ImportReport importWorkbook(InputStream in, boolean overwriteNewer) {
    return importReading(arriving -> reader.read(in, arriving), "workbook=upload", overwriteNewer);
  }

  /** Imports records already in memory (the demo district), with the same checks as a workbook. */
  public ImportReport importContent(RegistryContent content) {
    WorkbookRead read = new WorkbookRead(content, SourceRows.none(), List.of());
    return importReading(arriving -> read, "content", false);
  }

  /** What the checks found: the problems, and the rows newer in the registry than the workbook. */
  private record Checked(List<ImportProblem> problems, List<NewerEdits.Stale> stale, long ms) {
    boolean passed() {
      return problems.isEmpty();
    }
  }

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
    long ms = (System.nanoTime() - start) / 1_000_000;
    LOG.info("Kiểm tra: {} ms; {} lỗi", ms, problems.size());
    return new Checked(problems, stale, ms);
  }

  /**
   * Reads the workbook on a thread of its own while this thread writes, in one transaction, each
   * kind of record as soon as it is read; checks the whole workbook once it is read, and commits
   * only if the checks find nothing. A refused workbook, or one in which the reader finds a
   * problem, rolls back: nothing is written. Once the workbook is read, the reading thread checks
   * it and makes the audit entries and the digests of the new cadres' rows from memory, while this
   * one writes the last sheets.
   */
  private ImportReport importReading(
      Function<ArrivingRecords, WorkbookRead> reading, String source, boolean overwriteNewer) {
    oneAtATime.lock();
    // one thread reads, then checks; the other makes the audit entries and digests meanwhile
    ExecutorService side =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "import-reader");
              thread.setDaemon(true);
              return thread;
            });
    long start = System.nanoTime();
    ArrivingRecords arriving = new ArrivingRecords();
    long[] readMs = new long[1];
    CompletableFuture<WorkbookRead> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                WorkbookRead r = reading.apply(arriving);
                arriving.readDone(r);
                readMs[0] = (System.nanoTime() - start) / 1_000_000;
                LOG.info("Đọc sổ Excel: {} ms", readMs[0]);
                return r;
              } catch (RuntimeException | Error e) {
                arriving.readFailed(e);
                throw e;
              }
            },
            side);
    CompletableFuture<RegistryContent> existing = new CompletableFuture<>();
    CompletableFuture<Checked> checked =
        read.thenCombineAsync(existing, (r, e) -> check(r, e, overwriteNewer), side);
    // made from memory beside the checks, for a workbook read cleanly; used only if they pass
    CompletableFuture<AuditableEvents> entries =
        read.thenCombineAsync(
            existing,
            (r, e) -> r.readCleanly() ? ImportedCadres.entries(e, r.content(), source) : null,
            side);
    CompletableFuture<Map<String, String>> rowsWritten =
        entries.thenApplyAsync(
            e ->
                e == null
                    ? null
                    : WrittenRows.digests(
                        read.join().content(), newCadres(read.join(), existing.join())),
            side);
    try {
      ImportReport report =
          transaction.execute(
              status ->
                  write(status, start, arriving, existing, checked, entries, rowsWritten, source));
      ImportReport.Phases phases = report.phases().withRead(readMs[0]);
      if (report.imported()) {
        // what is left once the records and their audit entries are in: sealing, and the commit
        phases = phases.withCommit((System.nanoTime() - start) / 1_000_000 - phases.writtenAtMs());
      } else {
        // the import rolled back; its refusal is kept, in a transaction of its own
        events.publishEvent(
            new RecordChanged(
                "registry",
                "import",
                "IMPORT_REFUSED",
                null,
                report.problemCount() + " lỗi; không có gì được ghi"));
      }
      return report.with(phases);
    } finally {
      existing.completeExceptionally(new CancellationException("the import ended"));
      // the reader may still hold the workbook: it finishes before the caller closes it
      read.handle((r, e) -> r).join();
      side.shutdown();
      oneAtATime.unlock();
    }
  }

  /**
   * The writing side of an import, in its transaction: stores each kind of record as it arrives,
   * then waits for the checks and either keeps it all, with its audit entries, or rolls back.
   */
  private ImportReport write(
      TransactionStatus status,
      long importStart,
      ArrivingRecords arriving,
      CompletableFuture<RegistryContent> existing,
      CompletableFuture<Checked> checked,
      CompletableFuture<AuditableEvents> entries,
      CompletableFuture<Map<String, String>> rowsWritten,
      String source) {
    long start = System.nanoTime();
    RegistryContent stored;
    try {
      stored = store.load();
    } catch (RuntimeException | Error e) {
      existing.completeExceptionally(e);
      throw e;
    }
    existing.complete(stored);
    long loaded = System.nanoTime();
    RuntimeException writeFailure = null;
    try {
      store.store(arriving, stored);
    } catch (ArrivingRecords.Abandoned e) {
      // the reader found a problem: the checks say which
    } catch (RuntimeException e) {
      // the checks say why if they can
      writeFailure = e;
    }
    long writeMs = Math.max(0, (System.nanoTime() - loaded) / 1_000_000 - arriving.waitedMs());
    long auditStart = System.nanoTime();
    long auditEnd = auditStart;
    if (writeFailure == null && joined(entries) != null) {
      // One entry per cadre created or changed, each cadre's records sealed, in this transaction,
      // written while the checks still run: if they refuse, the entries roll back with the rest.
      try {
        events.publishEvent(joined(entries).withRowsWritten(() -> joined(rowsWritten)));
      } catch (RuntimeException e) {
        writeFailure = e;
      }
      auditEnd = System.nanoTime();
    }
    Checked c = joined(checked);
    long existingMs = (loaded - start) / 1_000_000;
    if (!c.passed()) {
      status.setRollbackOnly();
      return ImportReport.refused(c.problems())
          .with(new ImportReport.Phases(0, existingMs, c.ms(), 0, 0, 0, 0));
    }
    if (writeFailure instanceof DataIntegrityViolationException) {
      // The checks above should have caught it; the database is the last guard.
      LOG.warn("Cơ sở dữ liệu từ chối dữ liệu nhập", writeFailure);
      status.setRollbackOnly();
      return ImportReport.refused(
          List.of(
              ImportProblem.of(
                  WorkbookFormat.FILE, 0, null, ImportProblem.reason("database-refused"))));
    }
    if (writeFailure != null) {
      throw writeFailure;
    }
    LOG.info("Ghi vào cơ sở dữ liệu: {} ms", writeMs);
    if (!c.stale().isEmpty()) {
      events.publishEvent(overwritten(c.stale(), source));
    }
    long end = System.nanoTime();
    return ImportReport.imported(arriving.whole())
        .with(
            new ImportReport.Phases(
                0,
                existingMs,
                c.ms(),
                writeMs,
                (auditEnd - auditStart) / 1_000_000,
                0,
                (end - importStart) / 1_000_000));
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
