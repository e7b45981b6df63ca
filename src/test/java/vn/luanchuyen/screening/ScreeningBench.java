package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.succession.PlanningEntry;
import vn.luanchuyen.succession.Term;

/**
 * Screens synthetic registries of 400, 100,000 and 1,000,000 cadres under the founding policy and
 * prints the time to index the snapshot, the time to screen it and the heap in use. Run with {@code
 * java -Xmx8g -cp target/classes:target/test-classes:<dependencies>
 * vn.luanchuyen.screening.ScreeningBench [sizes...]}.
 */
public final class ScreeningBench {

  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  private static final int LOCALITIES = 200;

  private ScreeningBench() {}

  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {400, 100_000, 1_000_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Policy policy = PolicyLoader.fromClasspath("hadong-2022");
    RotationScreening screening = new RotationScreening();
    System.out.printf(
        "cores=%d maxHeap=%dMB%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    for (int n : sizes) {
      RegistryContentLists lists = generate(n, new SplittableRandom(42));
      long t0 = System.nanoTime();
      RegistrySnapshot snapshot = lists.snapshot();
      long indexMs = (System.nanoTime() - t0) / 1_000_000;
      long best = Long.MAX_VALUE;
      ScreeningReport report = null;
      int runs = n >= 1_000_000 ? 3 : 5;
      for (int r = 0; r < runs; r++) {
        report = null;
        long s = System.nanoTime();
        report = screening.screen(snapshot, policy, AS_OF);
        best = Math.min(best, System.nanoTime() - s);
      }
      long verdicts = report.cadres().stream().mapToLong(c -> c.verdicts().size()).sum();
      long mustMove = report.cadres().stream().filter(CadreScreening::mustMove).count();
      System.gc();
      Runtime rt = Runtime.getRuntime();
      long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
      System.out.printf(
          "cadres=%,d index=%dms screen(best of %d)=%dms verdicts=%,d mustMove=%,d"
              + " dataQuality=%,d heapInUse(snapshot+report)=%dMB%n",
          n,
          indexMs,
          runs,
          best / 1_000_000,
          verdicts,
          mustMove,
          report.dataQuality().size(),
          heapMb);
      report = null;
      snapshot = null;
      System.gc();
    }
  }

  /** The plain lists a registry hands to {@link RegistrySnapshot#of}. */
  private record RegistryContentLists(
      List<Unit> units,
      List<Position> positions,
      List<Cadre> cadres,
      List<Assignment> assignments,
      List<PlanningEntry> planning,
      List<Assessment> assessments,
      List<Discipline> disciplines) {
    RegistrySnapshot snapshot() {
      return RegistrySnapshot.of(
          units, positions, cadres, assignments, planning, assessments, disciplines);
    }
  }

  /**
   * One unit per four cadres (a quarter ward Party committees, a quarter ward People's Committees,
   * half district departments), each with a head and three deputy seats; every cadre holds one seat
   * now and held another before; six in ten are in planning; a few failed a year, are disciplined
   * or lack a birth date.
   */
  static RegistryContentLists generate(int n, SplittableRandom random) {
    int unitCount = Math.max(1, (n + 3) / 4);
    List<Unit> units = new ArrayList<>(unitCount);
    List<Position> positions = new ArrayList<>(unitCount * 4);
    for (int u = 0; u < unitCount; u++) {
      String code = "U" + u;
      String locality = "L" + (u / 2 % LOCALITIES);
      int kind = u % 4;
      String level = kind < 2 ? "PHUONG" : "QUAN";
      String type = kind == 0 ? "CAP_UY" : kind == 1 ? "UBND" : "PHONG_CHUYEN_MON";
      String head = kind == 0 ? "BI_THU" : kind == 1 ? "CHU_TICH_UBND" : "TRUONG_PHONG";
      String deputy =
          kind == 0 ? "PHO_BI_THU" : kind == 1 ? "PHO_CHU_TICH_UBND" : "PHO_TRUONG_PHONG";
      units.add(
          new Unit(
              code,
              "Đơn vị " + u,
              level,
              type,
              Block.CHINH_QUYEN,
              null,
              kind < 2 ? locality : "HD",
              null,
              null,
              null,
              0));
      positions.add(new Position(code + "-T", code, "Trưởng " + u, PositionRank.HEAD, head, 0));
      for (int d = 1; d <= 3; d++) {
        positions.add(
            new Position(code + "-P" + d, code, "Phó " + u, PositionRank.DEPUTY, deputy, 0));
      }
    }
    List<Cadre> cadres = new ArrayList<>(n);
    List<Assignment> assignments = new ArrayList<>(2 * n);
    List<PlanningEntry> planning = new ArrayList<>(n);
    List<Assessment> assessments = new ArrayList<>(2 * n);
    List<Discipline> disciplines = new ArrayList<>();
    Term next = new Term(2025, 2030);
    for (int i = 0; i < n; i++) {
      String code = "CB" + i;
      PartialDate birth =
          random.nextInt(1000) == 0
              ? null
              : PartialDate.ofDay(
                  LocalDate.of(
                      1962 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      cadres.add(
          new Cadre(
              code,
              "Cán bộ " + i,
              random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
              birth,
              null,
              "L" + random.nextInt(LOCALITIES),
              "L" + random.nextInt(LOCALITIES),
              "Kinh",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              0));
      String seat = positions.get(i).code();
      String earlier = positions.get((int) ((i + 7919L) % positions.size())).code();
      assignments.add(
          new Assignment(
              null,
              code,
              earlier,
              LocalDate.of(2000, 1, 1),
              LocalDate.of(2007, 12, 31),
              null,
              null,
              0));
      LocalDate since = LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1);
      assignments.add(new Assignment(null, code, seat, since, null, null, null, 0));
      if (random.nextInt(10) < 6) {
        planning.add(new PlanningEntry(code, "TRUONG_PHONG", null, next));
      }
      for (int year = 2020; year <= 2021; year++) {
        AssessmentGrade grade =
            random.nextInt(100) < 3 ? AssessmentGrade.KHTNV : AssessmentGrade.HTTNV;
        assessments.add(new Assessment(code, year, grade));
      }
      if (random.nextInt(100) == 0) {
        disciplines.add(
            new Discipline(
                code, DisciplineForm.KHIEN_TRACH, LocalDate.of(2022, 1, 15), null, "vi phạm"));
      }
    }
    return new RegistryContentLists(
        units, positions, cadres, assignments, planning, assessments, disciplines);
  }
}
