package vn.luanchuyen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryContent;
import vn.luanchuyen.importexport.WorkbookWriter;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ghi sổ Excel dữ liệu mẫu: quận Hà Đông ngày 30/06/2022 (17 phường, 12 phòng chuyên môn, …).",
      "Cùng một seed cho cùng một nội dung; --cadres lớn thêm các quận mô phỏng cùng cấu trúc."
    })
class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp sẽ ghi.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "2022",
      description = "Hạt giống ngẫu nhiên, mặc định ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--cadres",
      defaultValue = "300",
      description = "Số cán bộ, mặc định ${DEFAULT-VALUE} (một quận).")
  int cadres;

  @Override
  public Integer call() {
    if (cadres < 1) {
      System.err.println("--cadres phải từ 1 trở lên");
      return 2;
    }
    RegistryContent content = DemoDistrict.generate(seed, cadres);
    new WorkbookWriter().write(content, out);
    System.out.printf(
        "Đã ghi %s: %d đơn vị, %d chức danh, %d cán bộ, %d dòng quá trình công tác.%n",
        out,
        content.units().size(),
        content.positions().size(),
        content.cadres().size(),
        content.assignments().size());
    return 0;
  }
}
