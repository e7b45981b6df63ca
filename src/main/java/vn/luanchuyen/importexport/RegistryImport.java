package vn.luanchuyen.importexport;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an exchange workbook into the registry all or nothing, and exports the registry to the
 * same format. Imports run one at a time, so that each is checked against the registry it changes.
 */
@Service
public class RegistryImport {

  private final RegistryStore store;
  private final TransactionTemplate transaction;
  private final WorkbookReader reader = new WorkbookReader();
  private final RegistryValidator validator = new RegistryValidator();
  private final ReentrantLock oneAtATime = new ReentrantLock();

  RegistryImport(RegistryStore store, TransactionTemplate transaction) {
    this.store = store;
    this.transaction = transaction;
  }

  public ImportReport importWorkbook(Path file) {
    return importRead(reader.read(file));
  }

  public ImportReport importWorkbook(InputStream in) {
    return importRead(reader.read(in));
  }

  /** Imports records already in memory (the demo district), with the same checks as a workbook. */
  public ImportReport importContent(RegistryContent content) {
    return importRead(new WorkbookRead(content, SourceRows.none(), List.of()));
  }

  private ImportReport importRead(WorkbookRead read) {
    oneAtATime.lock();
    try {
      return transaction.execute(
          status -> {
            List<ImportProblem> problems = validator.validate(read, store.load());
            if (!problems.isEmpty()) {
              status.setRollbackOnly();
              return ImportReport.refused(problems);
            }
            store.store(read.content());
            return ImportReport.imported(read.content());
          });
    } finally {
      oneAtATime.unlock();
    }
  }

  /** Writes the whole registry as an exchange workbook. */
  public void exportWorkbook(OutputStream out) {
    new WorkbookWriter().write(store.load(), out);
  }

  /** Writes the blank template, with its guide and code lists. */
  public void writeTemplate(OutputStream out) {
    new WorkbookTemplate().write(out);
  }
}
