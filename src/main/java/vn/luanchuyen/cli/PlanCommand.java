package vn.luanchuyen.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.importexport.TableWorkbook;
import vn.luanchuyen.importexport.WorkbookRead;
import vn.luanchuyen.importexport.WorkbookReader;
import vn.luanchuyen.planning.ConstraintScore;
import vn.luanchuyen.planning.Explanation;
import vn.luanchuyen.planning.FormCount;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.PlanTables;
import vn.luanchuyen.planning.PlannedMove;
import vn.luanchuyen.planning.PlanningMessages;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.planning.RotationPlanner;
import vn.luanchuyen.planning.SolveFigures;
import vn.luanchuyen.planning.TargetChange;
import vn.luanchuyen.planning.UnknownScopeUnits;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningRuns;

/** {@code plan}: proposes a rotation plan from a workbook or the database. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Lập phương án luân chuyển theo chính sách, ngày dự kiến điều chuyển và phạm vi đơn vị: in",
      "các điều chuyển (cán bộ, từ chức danh, đến chức danh, lý do), điểm theo từng ràng buộc, các",
      "mục tiêu trước và sau, khoảng cách đến cận dưới. Đọc sổ Excel (--input) hoặc cơ sở dữ liệu (--db)."
    })
class PlanCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    JSON,
    XLSX
  }

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions db = new DatabaseOptions();

  @Option(
      names = "--input",
      paramLabel = "FILE.xlsx",
      description = "Sổ Excel cần lập phương án (thay cho --db).")
  Path input;

  @Option(
      names = "--policy",
      description = "Chính sách (mã hoặc tệp .yaml), mặc định chính sách hiện hành.")
  String policy;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "yyyy-MM-dd",
      description = "Ngày dự kiến điều chuyển.")
  LocalDate asOf;

  @Option(
      names = "--time-limit",
      defaultValue = "30s",
      description = "Thời gian tìm (ví dụ 30s, 2m), mặc định ${DEFAULT-VALUE}.")
  String timeLimit;

  @Option(
      names = "--unit",
      split = ",",
      description = "Chỉ các đơn vị này (mã, cách nhau bởi dấu phẩy).")
  List<String> units = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json hoặc xlsx (cần --out), mặc định ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Ghi kết quả ra tệp thay vì màn hình.")
  Path out;

  @Override
  public Integer call() throws IOException {
    quietSolverLog();
    if (format == Format.XLSX && out == null) {
      System.err.println("Lỗi: định dạng xlsx cần --out FILE.xlsx");
      return 2;
    }
    Duration limit = duration(timeLimit);
    PlanRequest request =
        new PlanRequest(asOf, Set.copyOf(units), limit, null, List.of(), List.of(), false);
    RotationPlan plan;
    try {
      plan = plan(request);
    } catch (UnknownScopeUnits e) {
      System.err.println("Lỗi: " + e.getMessage());
      return 2;
    }
    if (plan == null) {
      return 1;
    }
    write(plan);
    return 0;
  }

  /** The plan asked for, or null when the workbook read has problems (they are printed). */
  private RotationPlan plan(PlanRequest request) throws IOException {
    RotationPlan plan;
    if (input != null) {
      // only planning: the workbook goes straight into the in-memory snapshot, no database
      long reading = System.nanoTime();
      WorkbookRead read = new WorkbookReader().read(input);
      if (!read.readCleanly()) {
        System.err.printf("Sổ có %d lỗi, không lập phương án:%n", read.problems().size());
        read.problems().stream().limit(20).forEach(p -> System.err.println("  " + p));
        return null;
      }
      RegistrySnapshot snapshot = snapshot(read.content());
      System.err.printf(
          "Đã đọc sổ %s trong %.1f s (%d cán bộ)%n",
          input.getFileName(), (System.nanoTime() - reading) / 1e9, read.content().cadres().size());
      read = null;
      plan = propose(snapshot, loadPolicy(policy), request);
    } else {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        ScreeningRuns runs = app.getBean(ScreeningRuns.class);
        plan = propose(runs.snapshot(), runs.policy(policy), request);
      }
    }
    return plan;
  }

  private static RotationPlan propose(
      RegistrySnapshot snapshot, Policy policy, PlanRequest request) {
    UnknownScopeUnits.refuseUnknown(request.scope(), snapshot);
    boolean[] started = {false};
    return new RotationPlanner()
        .propose(
            snapshot,
            policy,
            request,
            p -> {
              if (!started[0]) {
                started[0] = true;
                System.err.printf(
                    "Bắt đầu tìm phương án: %.1f s sau khi lệnh chạy%n", sinceLaunch() / 1e3);
              }
            });
  }

  /** Milliseconds since this process was launched. */
  private static long sinceLaunch() {
    return System.currentTimeMillis()
        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  static RegistrySnapshot snapshot(RegistryContent c) {
    return RegistrySnapshot.of(c);
  }

  private Policy loadPolicy(String idOrFile) {
    return CurrentPolicy.named(spec, idOrFile);
  }

  /** {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT30S}). */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase();
    if (t.startsWith("pt")) {
      return Duration.parse(text.strip());
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException("Thời gian không hợp lệ: " + text);
    };
  }

  /** Timefold logs each phase at INFO; a command prints its own figures. */
  static void quietSolverLog() {
    if (LoggerFactory.getLogger("ai.timefold") instanceof Logger logger) {
      logger.setLevel(Level.WARN);
    }
  }

  private void write(RotationPlan plan) throws IOException {
    if (format == Format.XLSX) {
      try (OutputStream stream = Files.newOutputStream(out)) {
        TableWorkbook.write(PlanTables.of(plan, loadPolicy(policy).name()), stream);
      }
      System.out.printf("Đã ghi phương án (%d điều chuyển) ra %s%n", plan.movesOnly().size(), out);
      return;
    }
    String text = format == Format.JSON ? json(plan) : text(plan);
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      System.out.printf("Đã ghi phương án (%d điều chuyển) ra %s%n", plan.movesOnly().size(), out);
    } else {
      PrintStream o = System.out;
      o.print(text);
    }
  }

  static String json(RotationPlan plan) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(plan) + System.lineSeparator();
  }

  static String text(RotationPlan plan) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "Phương án luân chuyển theo chính sách %s, ngày %s%n", plan.policy(), plan.asOf()));
    b.append(
        String.format(
            "%s: %d vi phạm ràng buộc cứng, %d cán bộ phải luân chuyển chưa có vị trí, điểm phạt"
                + " mềm %d, %d điều chuyển%n%n",
            plan.feasible() ? "Khả thi" : "Không khả thi",
            plan.hardPenalty(),
            plan.mediumPenalty(),
            plan.softPenalty(),
            plan.movesOnly().size()));
    if (!plan.unplaced().isEmpty()) {
      b.append("Cán bộ phải luân chuyển chưa có vị trí phù hợp:\n");
      plan.unplaced().forEach(u -> b.append("- ").append(u.text()).append('\n'));
      b.append('\n');
    }
    b.append("Các điều chuyển:\n");
    for (PlannedMove m : plan.moves()) {
      b.append(
          String.format(
              "- %s (%s) [%s]: %s → %s%s%n",
              m.cadreName(),
              m.cadre(),
              PlanningMessages.render("kind." + m.kind(), Map.of()),
              m.fromSeatName(),
              m.moves() ? m.toSeatName() : "ở lại",
              m.form() == null ? "" : " — " + m.form().label()));
      for (Explanation e : m.grounds()) {
        b.append("    căn cứ: ").append(e.text()).append('\n');
      }
      if (m.formReason() != null) {
        b.append("    hình thức: ").append(m.formReason().text()).append('\n');
      }
      for (Explanation e : m.satisfied()) {
        b.append("    đáp ứng: ").append(e.text()).append('\n');
      }
      for (Explanation e : m.broken()) {
        b.append("    vi phạm: ").append(e.text()).append('\n');
      }
    }
    b.append("\nSố điều chuyển theo hình thức:\n");
    for (FormCount c : FormCount.of(plan)) {
      b.append(String.format("- %s: %d%n", c.form().label(), c.count()));
    }
    b.append("\nĐiểm theo ràng buộc:\n");
    for (ConstraintScore c : plan.constraints()) {
      b.append(
          String.format(
              "- [%s] %s: %d (%d lần)%n",
              c.hard() ? "cứng" : c.medium() ? "ưu tiên cao" : "mềm",
              c.name(),
              c.penalty(),
              c.matches()));
    }
    b.append("\nMục tiêu (trước → sau):\n");
    for (TargetChange t : plan.targets()) {
      b.append(
          String.format(
              "- %s: %s → %s (mục tiêu %s)%n",
              t.name(), value(t, t.before()), value(t, t.after()), value(t, t.goal())));
    }
    SolveFigures f = plan.figures();
    b.append(
        String.format(
            "%nPhương án tham chiếu (tham lam): %d cứng, %d ưu tiên cao, %d mềm; cận dưới: %d cứng,"
                + " %d ưu tiên cao, %d mềm; khoảng cách: %s%n",
            f.baselineHard(),
            f.baselineMedium(),
            f.baselineSoft(),
            f.boundHard(),
            f.boundMedium(),
            f.boundSoft(),
            f.gap() == null
                ? "không so được (nhiều vi phạm cứng hoặc ưu tiên cao hơn cận dưới)"
                : String.format("%.2f%%", 100 * f.gap())));
    return b.toString();
  }

  /** A target's figure as the pages show it: a share as a percentage (38,2%), else 1,58. */
  private static String value(TargetChange t, Double v) {
    if (v == null) {
      return "không đo được";
    }
    Locale vi = Locale.forLanguageTag("vi");
    return t.share() ? String.format(vi, "%.1f%%", 100 * v) : String.format(vi, "%.2f", v);
  }
}
