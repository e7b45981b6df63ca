package vn.luanchuyen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.importexport.TableWorkbook;
import vn.luanchuyen.importexport.WorkbookRead;
import vn.luanchuyen.importexport.WorkbookReader;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyException;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningExport;
import vn.luanchuyen.screening.ScreeningJson;
import vn.luanchuyen.screening.ScreeningLists;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.screening.TargetResult;
import vn.luanchuyen.screening.Verdict;

@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Sàng lọc cán bộ theo một chính sách tại một ngày: ai phải luân chuyển, ai đủ điều kiện, vì sao;",
      "các chỉ tiêu với giá trị, mục tiêu, thời hạn. Đọc từ sổ Excel (--input) hoặc cơ sở dữ liệu (--db)."
    })
class ScreenCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Spec CommandSpec spec;

  /** Where the registry comes from: a workbook or a database. */
  static class Source {
    @Option(names = "--input", paramLabel = "FILE.xlsx", description = "Sổ Excel theo mẫu.")
    Path input;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Cơ sở dữ liệu (JDBC URL).")
    String db;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source = new Source();

  @Option(
      names = "--policy",
      paramLabel = "ID|FILE.yaml",
      description =
          "Chính sách: mã chính sách (lệnh policies liệt kê) hoặc tệp YAML; mặc định chính sách"
              + " hiện hành (--luanchuyen.policy.current, thuộc tính luanchuyen.policy.current,"
              + " policies/index.yaml).")
  String policy;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "yyyy-MM-dd",
      description = "Ngày sàng lọc.")
  LocalDate asOf;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json, table hoặc xlsx (xlsx cần --out); mặc định ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Ghi ra tệp thay vì màn hình.")
  Path out;

  enum Format {
    json,
    table,
    xlsx
  }

  @Override
  public Integer call() throws IOException {
    if (format == Format.xlsx && out == null) {
      System.err.println("Định dạng xlsx cần --out FILE.xlsx");
      return 2;
    }
    Policy chosen;
    try {
      chosen = CurrentPolicy.named(spec, policy);
    } catch (PolicyException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    RegistrySnapshot snapshot;
    if (source.input != null) {
      WorkbookRead read = new WorkbookReader().read(source.input);
      if (!read.problems().isEmpty()) {
        ProblemPrinter.print(read.problems(), System.err);
        return 1;
      }
      RegistryContent c = read.content();
      snapshot = RegistrySnapshot.of(c);
    } else {
      DatabaseOptions db = new DatabaseOptions();
      if (source.db != null) {
        db.url = source.db;
      }
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        snapshot = app.getBean(ScreeningRuns.class).snapshot();
      }
    }
    ScreeningReport report = new RotationScreening().screen(snapshot, chosen, asOf);
    try (OutputStream target = out == null ? null : Files.newOutputStream(out)) {
      OutputStream stream = target == null ? System.out : target;
      switch (format) {
        case json -> stream.write(ScreeningJson.write(report).getBytes(StandardCharsets.UTF_8));
        case xlsx ->
            TableWorkbook.write(
                ScreeningExport.tables(chosen, report, ScreeningLists.of(report, snapshot)),
                stream);
        case table ->
            printTable(
                report,
                ScreeningLists.of(report, snapshot),
                new PrintStream(stream, true, StandardCharsets.UTF_8));
      }
      stream.flush();
    }
    if (out != null) {
      System.out.println("Đã ghi kết quả sàng lọc ra " + out);
    }
    return 0;
  }

  private void printTable(ScreeningReport report, ScreeningLists lists, PrintStream p) {
    p.printf("Chính sách %s, sàng lọc tại ngày %s%n", report.policy(), asOf.format(DAY));
    report.warnings().forEach(w -> p.println("Lưu ý: " + w));
    section(p, "Cấp trưởng phải luân chuyển", lists.headsMustMove());
    section(p, "Cấp phó phải luân chuyển", lists.deputiesMustMove());
    section(
        p, "Không phải điều chuyển do sắp nghỉ hưu (chuẩn bị người kế nhiệm)", lists.retiring());
    section(p, "Đủ điều kiện luân chuyển", lists.eligible());
    section(p, "Cán bộ trẻ trong quy hoạch cần về cơ sở", lists.youngToWards());
    section(p, "Không đủ điều kiện", lists.notEligible());
    p.printf("%n== Dữ liệu cần bổ sung (%d)%n", lists.dataProblems().size());
    lists
        .dataProblems()
        .forEach(
            f ->
                p.printf(
                    "  %s: %s%n",
                    f.cadreCode() == null ? f.subject() : f.cadreCode(),
                    vn.luanchuyen.screening.ScreeningMessages.render(f.reason())));
    p.printf("%n== Chỉ tiêu%n");
    for (TargetResult t : report.targets()) {
      p.printf(
          "  %s: %s (%d/%d), mục tiêu %s, thời hạn %s — %s%n",
          t.name(),
          t.value() == null ? "—" : String.format("%.2f", t.value()),
          t.numerator(),
          t.denominator(),
          t.goal(),
          t.deadline() == null ? "—" : t.deadline().format(DAY),
          t.met() ? "đạt" : "chưa đạt");
    }
  }

  private static void section(
      PrintStream p, String title, java.util.List<ScreeningLists.Entry> entries) {
    p.printf("%n== %s (%d)%n", title, entries.size());
    for (ScreeningLists.Entry e : entries) {
      p.printf("  %s %s — %s%n", e.code(), e.fullName(), String.join("; ", e.seats()));
      for (Verdict v : e.reasons()) {
        p.printf("      %s%n", v.sentence());
      }
    }
  }
}
