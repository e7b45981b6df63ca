package vn.luanchuyen.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.luanchuyen.security.DatabaseBackup;
import vn.luanchuyen.security.OwnerOnlyFiles;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Sao lưu toàn bộ cơ sở dữ liệu (H2 hoặc PostgreSQL) ra một tệp JSON dùng được cho cả hai.",
      "Tệp chứa dữ liệu cá nhân (Nghị định 13/2023): hãy bảo vệ như chính cơ sở dữ liệu."
    })
class BackupCommand implements Callable<Integer> {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp sao lưu.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      DatabaseBackup.Summary summary;
      try (OutputStream file = new BufferedOutputStream(OwnerOnlyFiles.create(partial))) {
        summary = app.getBean(DatabaseBackup.class).backup(file);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.printf(
          "Đã sao lưu %d dòng của %d bảng (lược đồ %s) vào %s.%n",
          summary.total(), summary.rows().size(), summary.schemaVersion(), out);
      return 0;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
