package vn.luanchuyen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.demo.DemoProvince;
import vn.luanchuyen.importexport.WorkbookWriter;
import vn.luanchuyen.registry.RegistryContent;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ghi sổ Excel dữ liệu mẫu: quận Hà Đông ngày 30/06/2022 (17 phường, 12 phòng chuyên môn, …),",
      "hoặc với --kind province một tỉnh mô phỏng sau sắp xếp ngày 01/7/2025 (126 xã, phường).",
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

  @Option(
      names = "--kind",
      defaultValue = "district",
      description =
          "district: quận Hà Đông năm 2022; province: tỉnh mô phỏng năm 2026 sau sắp xếp (tên xã,"
              + " phường và người đều là mô phỏng). Mặc định ${DEFAULT-VALUE}.")
  String kind;

  @Option(
      names = "--communes",
      defaultValue = "126",
      description = "Số xã, phường của tỉnh mô phỏng, mặc định ${DEFAULT-VALUE}.")
  int communes;

  @Override
  public Integer call() {
    RegistryContent content;
    if ("province".equals(kind)) {
      if (communes < 1) {
        System.err.println("--communes phải từ 1 trở lên");
        return 2;
      }
      content = DemoProvince.generate(seed, communes);
    } else if ("district".equals(kind)) {
      if (cadres < 1) {
        System.err.println("--cadres phải từ 1 trở lên");
        return 2;
      }
      content = DemoDistrict.generate(seed, cadres);
    } else {
      System.err.println("--kind phải là district hoặc province");
      return 2;
    }
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
