package vn.luanchuyen.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.demo.DemoProvince;
import vn.luanchuyen.planning.Penalty;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.planning.RotationPlanner;
import vn.luanchuyen.planning.SolveFigures;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningLists;

/** {@code bench plan}: one solve per size, printing the figures the issue asks for. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Sinh sổ mẫu N cán bộ và lập phương án luân chuyển trong một lần chạy: in thời gian đến phương",
      "án khả thi đầu tiên, điểm tốt nhất sau 10 giây và sau toàn bộ thời gian, điểm phương án tham",
      "chiếu (tham lam), cận dưới (nới lỏng luồng chi phí nhỏ nhất với nhân tử Lagrange) và khoảng",
      "cách. Điểm gồm ba mức: vi phạm cứng, cán bộ phải luân chuyển chưa có vị trí, điểm phạt mềm."
    })
class PlanBench implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--cadres",
      split = ",",
      defaultValue = "400,20000",
      description = "Số cán bộ, mặc định ${DEFAULT-VALUE}.")
  List<Integer> cadres;

  @Option(names = "--seconds", defaultValue = "60", description = "Thời gian tìm, mặc định 60.")
  int seconds;

  @Option(names = "--seed", defaultValue = "2022")
  long seed;

  @Option(names = "--policy", description = "Chính sách; mặc định chính sách hiện hành.")
  String policy;

  @Option(
      names = "--kind",
      defaultValue = "district",
      description =
          "district: quận mẫu (--cadres); province: tỉnh mẫu sau sắp xếp 2025 (--communes xã,"
              + " phường; chính sách mặc định là chính sách của tỉnh mẫu trong policies/index.yaml). Mặc định ${DEFAULT-VALUE}.")
  String kind;

  @Option(
      names = "--communes",
      split = ",",
      defaultValue = "126",
      description = "Số xã, phường của tỉnh mẫu (với --kind province), mặc định ${DEFAULT-VALUE}.")
  List<Integer> communes;

  @Override
  public Integer call() {
    PlanCommand.quietSolverLog();
    boolean province = "province".equals(kind);
    if (!province && !"district".equals(kind)) {
      System.err.println("--kind phải là district hoặc province");
      return 2;
    }
    Policies policies = CurrentPolicy.policies(spec);
    for (int n : province ? communes : cadres) {
      long t0 = System.nanoTime();
      RegistryContent content =
          province ? DemoProvince.generate(seed, n) : DemoDistrict.generate(seed, n);
      String policy =
          province && this.policy == null
              ? policies.forDemo("province")
              : policies.orCurrent(this.policy);
      RegistrySnapshot snapshot = RegistrySnapshot.of(content);
      LocalDate asOf = province ? DemoProvince.REFERENCE_DATE : DemoDistrict.REFERENCE_DATE;
      System.out.printf(
          "%n== %d cán bộ%s (sổ mẫu sinh trong %.1f s), chính sách %s, ngày %s, tìm %d s ==%n",
          content.cadres().size(),
          province ? ", tỉnh mẫu " + n + " xã, phường" : "",
          (System.nanoTime() - t0) / 1e9,
          policy,
          asOf,
          seconds);
      HeapPeak.reset();
      long start = System.nanoTime();
      RotationPlan plan =
          new RotationPlanner()
              .propose(
                  snapshot,
                  policies.byId(policy),
                  PlanRequest.of(asOf, Duration.ofSeconds(seconds)),
                  p -> {});
      SolveFigures f = plan.figures();
      System.out.printf(
          "Ứng viên hiển thị: %d, số điều chuyển: %d, tổng thời gian %.1f s%n",
          plan.moves().size(), plan.movesOnly().size(), (System.nanoTime() - start) / 1e9);
      System.out.printf(
          "Đỉnh heap khi lập phương án: %s (heap tối đa của JVM %s)%n",
          HeapPeak.mib(HeapPeak.peakBytes()), HeapPeak.mib(Runtime.getRuntime().maxMemory()));
      printScreeningTime(snapshot, policies.byId(policy), asOf);
      ScreeningLists lists =
          ScreeningLists.of(
              new RotationScreening().screen(snapshot, policies.byId(policy), asOf), snapshot);
      long mustMove = plan.moves().stream().filter(m -> m.kind().equals("MUST_MOVE")).count();
      long placed =
          plan.moves().stream().filter(m -> m.kind().equals("MUST_MOVE") && m.moves()).count();
      System.out.printf(
          "Cán bộ phải điều chuyển: %d, đã bố trí %d, chưa có vị trí %d; miễn do sắp nghỉ hưu: %d%n",
          mustMove, placed, plan.unplaced().size(), lists.retiring().size());
      System.out.printf(
          "Theo hình thức: luân chuyển %d, chuyển đổi vị trí công tác %d, điều động %d%n",
          plan.movesOf(AssignmentForm.LUAN_CHUYEN).size(),
          plan.movesOf(AssignmentForm.CHUYEN_DOI).size(),
          plan.movesOf(AssignmentForm.DIEU_DONG).size());
      System.out.printf(
          "Phương án khả thi đầu tiên (không vi phạm cứng): %s%n",
          f.millisToFeasible() < 0 ? "không tìm thấy" : f.millisToFeasible() / 1000.0 + " s");
      System.out.printf("Tốt nhất sau 10 s: %s%n", at(f, 10_000));
      System.out.printf("Tốt nhất sau %d s: %s%n", seconds, at(f, seconds * 1000L));
      System.out.printf("Phương án tham chiếu (tham lam): %s%n", penalty(f.baseline()));
      System.out.printf(
          "Cận dưới (nới lỏng luồng chi phí nhỏ nhất + Lagrange): %s%n", penalty(f.bound()));
      plan.constraints().stream()
          .filter(c -> c.penalty() > 0)
          .forEach(
              c ->
                  System.out.printf(
                      "  %s %s: %d (%d lần)%n",
                      c.hard() ? "[cứng]" : c.medium() ? "[ưu tiên cao]" : "[mềm]",
                      c.name(),
                      c.penalty(),
                      c.matches()));
      plan.unplaced().stream().limit(5).forEach(u -> System.out.printf("  • %s%n", u.text()));
      if (plan.unplaced().size() > 5) {
        System.out.printf("  • … và %d cán bộ khác%n", plan.unplaced().size() - 5);
      }
      System.out.printf("Khoảng cách đến cận dưới sau 10 s: %s%n", gapAt(f, 10_000));
      System.out.printf(
          "Khoảng cách đến cận dưới (kết quả cuối): %s%n",
          f.gap() == null ? "không so được" : String.format("%.2f%%", 100 * f.gap()));
      SolveFigures.Progress last = f.bestWithin(Long.MAX_VALUE);
      System.out.printf(
          "So với phương án tham chiếu: %s%n",
          last == null ? "chưa có" : better(last, f) ? "tốt hơn" : "không tốt hơn");
    }
    return 0;
  }

  /** Screens the registry a few times (the first runs warm the JIT) and prints best and median. */
  private static void printScreeningTime(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    RotationScreening screening = new RotationScreening();
    int runs = 11;
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      screening.screen(snapshot, policy, asOf);
      nanos[i] = System.nanoTime() - t;
    }
    java.util.Arrays.sort(nanos);
    System.out.printf(
        "Sàng lọc toàn bộ sổ (%d lần): nhanh nhất %.1f ms, trung vị %.1f ms%n",
        runs, nanos[0] / 1e6, nanos[runs / 2] / 1e6);
  }

  private static String at(SolveFigures f, long millis) {
    SolveFigures.Progress best = f.bestWithin(millis);
    return best == null
        ? "chưa có"
        : penalty(best.penalty()) + " (lúc " + best.millis() / 1000.0 + " s)";
  }

  private static String gapAt(SolveFigures f, long millis) {
    SolveFigures.Progress p = f.bestWithin(millis);
    if (p == null) {
      return "chưa có phương án";
    }
    Double gap = p.penalty().gapTo(f.bound());
    return gap == null ? "không so được" : String.format("%.2f%%", 100 * gap);
  }

  private static boolean better(SolveFigures.Progress p, SolveFigures f) {
    return p.penalty().betterThan(f.baseline());
  }

  private static String penalty(Penalty p) {
    return "vi phạm cứng "
        + p.hard()
        + ", phải luân chuyển chưa có vị trí "
        + p.medium()
        + ", điểm phạt mềm "
        + p.soft();
  }
}
