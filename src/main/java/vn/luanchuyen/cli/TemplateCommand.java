package vn.luanchuyen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.luanchuyen.importexport.WorkbookTemplate;

@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = "Ghi mẫu sổ Excel trống (có trang hướng dẫn và danh mục mã).")
class TemplateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp sẽ ghi.")
  Path out;

  @Override
  public Integer call() {
    new WorkbookTemplate().write(out);
    System.out.println("Đã ghi mẫu sổ trống ra " + out);
    return 0;
  }
}
