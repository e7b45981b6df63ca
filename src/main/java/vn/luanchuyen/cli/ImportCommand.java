package vn.luanchuyen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Nhập một sổ Excel (.xlsx) vào cơ sở dữ liệu: nhận toàn bộ hoặc không gì cả.",
      "Có lỗi thì in mọi lỗi (trang / dòng / cột: lỗi) và thoát với mã 1."
    })
class ImportCommand implements Callable<Integer> {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Parameters(paramLabel = "FILE.xlsx", description = "Sổ Excel cần nhập.")
  Path file;

  @Option(
      names = "--overwrite-newer",
      description =
          "Ghi đè cả đơn vị, chức danh, cán bộ đã được sửa sau khi xuất sổ (cột Phiên bản); việc"
              + " ghi đè được ghi vào nhật ký. Mặc định các dòng đó bị từ chối.")
  boolean overwriteNewer;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      System.err.println("Không tìm thấy tệp " + file);
      return 2;
    }
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      ImportReport report = app.getBean(RegistryImport.class).importWorkbook(file, overwriteNewer);
      if (!report.imported()) {
        ProblemPrinter.print(report.problems(), report.problemCount(), System.err);
        return 1;
      }
      ImportReport.Counts c = report.counts();
      System.out.printf(
          "Đã nhập: %d đơn vị, %d chức danh, %d cán bộ, %d dòng quá trình công tác, %d dòng quy"
              + " hoạch, %d dòng đánh giá, %d dòng kỷ luật.%n",
          c.units(),
          c.positions(),
          c.cadres(),
          c.assignments(),
          c.planning(),
          c.assessments(),
          c.disciplines());
      return 0;
    }
  }
}
