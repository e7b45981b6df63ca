package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.luanchuyen.reporting.PersonalHistory;

@Command(
    name = "2c",
    mixinStandardHelpOptions = true,
    description =
        "In sơ yếu lý lịch (Mẫu 2C-BNV/2008) của một cán bộ ra tệp Word (.docx) hoặc PDF (.pdf),"
            + " theo đuôi tên tệp.")
class PersonalHistoryCommand implements Callable<Integer> {
  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Parameters(index = "0", paramLabel = "MÃ_CÁN_BỘ", description = "Mã cán bộ.")
  String cadre;

  @Option(
      names = "--as-of",
      paramLabel = "yyyy-MM-dd",
      description = "Ngày khai (chức vụ hiện tại tính theo ngày này); mặc định hôm nay.")
  LocalDate asOf;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.docx|FILE.pdf",
      description = "Tệp sẽ ghi.")
  Path out;

  @Override
  public Integer call() throws IOException {
    boolean word =
        out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    if (!word
        && !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      System.err.println("Tên tệp phải có đuôi .docx hoặc .pdf: " + out);
      return 2;
    }
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      LocalDate day = asOf == null ? LocalDate.now(app.getBean(java.time.Clock.class)) : asOf;
      PersonalHistory history = app.getBean(PersonalHistory.class);
      Files.write(out, word ? history.docx(cadre, day) : history.pdf(cadre, day));
    }
    System.out.println("Đã in sơ yếu lý lịch của cán bộ " + cadre + " ra " + out);
    return 0;
  }
}
