package vn.luanchuyen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.luanchuyen.security.DatabaseBackup;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Khôi phục cơ sở dữ liệu từ một tệp của lệnh backup: trước hết kiểm tra chữ ký của tệp và",
      "nhật ký trong đó; rồi thay toàn bộ dữ liệu hiện có trong một giao dịch (lỗi thì không gì",
      "thay đổi) và ghi việc khôi phục vào nhật ký. Dừng máy chủ web trước khi khôi phục."
    })
class RestoreCommand implements Callable<Integer> {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "Tệp sao lưu.")
  Path in;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(in)) {
      System.err.println("Không tìm thấy tệp " + in);
      return 2;
    }
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      DatabaseBackup.Summary summary =
          app.getBean(DatabaseBackup.class).restore(new FileSystemResource(in));
      System.out.printf(
          "Đã khôi phục %d dòng của %d bảng (lược đồ %s) từ %s.%n",
          summary.total(), summary.rows().size(), summary.schemaVersion(), in);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("Không khôi phục: " + e.getMessage() + ". Cơ sở dữ liệu không thay đổi.");
      return 1;
    }
  }
}
