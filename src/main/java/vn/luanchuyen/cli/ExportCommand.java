package vn.luanchuyen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.luanchuyen.importexport.RegistryImport;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Xuất toàn bộ dữ liệu ra một sổ Excel cùng mẫu với sổ nhập.")
class ExportCommand implements Callable<Integer> {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp sẽ ghi.")
  Path out;

  @Override
  public Integer call() throws IOException {
    try (ConfigurableApplicationContext app = Application.core(db, Map.of());
        OutputStream stream = Files.newOutputStream(out)) {
      app.getBean(RegistryImport.class).exportWorkbook(stream);
    }
    System.out.println("Đã xuất dữ liệu ra " + out);
    return 0;
  }
}
