package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.TargetDefinition;
import vn.luanchuyen.policy.Policy.TargetKind;
import vn.luanchuyen.screening.CadreScreening;
import vn.luanchuyen.screening.Outcome;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.screening.TargetResult;
import vn.luanchuyen.screening.Verdict;

/**
 * The founding plan's progress year by year: each target as the registry records it at every year
 * end up to the as-of day, beside the plan-start projection of what retirements alone would do; and
 * per year, the cadres screening says must move against the moves decided (stays begun by rotation,
 * transfer or position change).
 */
@Service
public class PlanProgress {

  /** The forms of a stay that record a decided move. */
  public static final List<AssignmentForm> MOVES =
      List.of(AssignmentForm.LUAN_CHUYEN, AssignmentForm.DIEU_DONG, AssignmentForm.CHUYEN_DOI);

  private final ScreeningRuns screening;
  private final QualityReports reports;

  PlanProgress(ScreeningRuns screening, QualityReports reports) {
    this.screening = screening;
    this.reports = reports;
  }

  /**
   * One target's path.
   *
   * @param percent whether values are shares shown in percent
   */
  public record TargetPath(
      String id,
      String name,
      double goal,
      Policy.Comparison comparison,
      LocalDate deadline,
      boolean percent,
      List<YearPoint> points) {
    public TargetPath {
      points = List.copyOf(points);
    }
  }

  /**
   * A target at one year end.
   *
   * @param recorded the value the registry records at the year end, or null for a year end after
   *     the as-of day or when nothing is counted
   * @param projected the value projected at the plan's start, or null
   * @param met whether the recorded value meets the goal; null when there is none
   */
  public record YearPoint(int year, Double recorded, Double projected, Boolean met) {}

  /**
   * Moves in one year.
   *
   * @param mustMove cadres that must move by screening at the year end (or the as-of day in its
   *     year), or null for a year not yet begun
   * @param decided stays begun in the year by each moving form, up to the as-of day
   */
  public record YearMoves(int year, Integer mustMove, Map<AssignmentForm, Integer> decided) {
    public YearMoves {
      decided = Map.copyOf(decided);
    }

    /** The stays begun in the year by one form. */
    public int decidedBy(AssignmentForm form) {
      return decided.getOrDefault(form, 0);
    }

    public int decidedTotal() {
      return decided.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * How far the policy got with the cadres it named at its start: of those screening said must move
   * on the plan's first day, how many have since begun a stay by a moving form, and why each of the
   * others has not (the screening's reasons on the as-of day; none when no rule requires the move
   * any more).
   *
   * @param mustMove cadres that must move on the plan's first day
   * @param moved of those, the cadres moved since (up to the as-of day)
   * @param exempt cadres exempt on the plan's first day (about to retire: a successor is planned)
   * @param otherMoved cadres moved since who were not on the must-move list (eligible, young...)
   * @param left the must-move cadres not moved, each with why
   */
  public record Coverage(int mustMove, int moved, int exempt, int otherMoved, List<Unmoved> left) {
    public Coverage {
      left = List.copyOf(left);
    }

    /** The share of the must-move cadres moved, 0 when none had to move. */
    public double movedShare() {
      return mustMove == 0 ? 0 : moved / (double) mustMove;
    }
  }

  /**
   * A must-move cadre not moved yet.
   *
   * @param reasons the screening's reasons on the as-of day that still require (or exempt) the
   *     move; empty when none does any more
   */
  public record Unmoved(String code, List<String> reasons) {
    public Unmoved {
      reasons = List.copyOf(reasons);
    }
  }

  public record Progress(
      LocalDate asOf,
      String policyName,
      LocalDate planStart,
      List<TargetPath> targets,
      List<YearMoves> moves,
      Coverage coverage) {
    public Progress {
      targets = List.copyOf(targets);
      moves = List.copyOf(moves);
    }
  }

  public Progress progress(LocalDate asOf) {
    Policy policy = reports.policy();
    RegistrySnapshot snapshot = screening.snapshot();
    LocalDate start = policy.effective().from();
    int first = start.getYear();
    int last = policy.effective().to().getYear();

    ScreeningReport baseline = screening.screen(snapshot, policy, start);
    Map<Integer, ScreeningReport> yearEnds = new HashMap<>();
    for (int year = first; year <= last; year++) {
      LocalDate end = LocalDate.of(year, 12, 31);
      if (!end.isAfter(asOf)) {
        yearEnds.put(year, screening.screen(snapshot, policy, end));
      } else if (year == asOf.getYear()) {
        yearEnds.put(year, screening.screen(snapshot, policy, asOf));
      }
    }

    List<TargetPath> targets = new ArrayList<>();
    for (TargetDefinition t : policy.targets()) {
      List<YearPoint> points = new ArrayList<>();
      TargetResult base = baseline.target(t.id()).orElse(null);
      for (int year = first; year <= last; year++) {
        TargetResult recorded =
            yearEnds.containsKey(year) ? yearEnds.get(year).target(t.id()).orElse(null) : null;
        points.add(
            new YearPoint(
                year,
                recorded == null ? null : recorded.value(),
                projected(base, year),
                recorded == null || recorded.value() == null ? null : recorded.met()));
      }
      targets.add(
          new TargetPath(
              t.id(),
              t.name(),
              t.goal(),
              t.comparison(),
              t.deadline(),
              t.kind() == TargetKind.NON_LOCAL_SHARE,
              points));
    }

    // the moves decided each year, counted in one pass over the stays
    Map<Integer, Map<AssignmentForm, Integer>> decidedIn = new HashMap<>();
    for (int year = first; year <= last; year++) {
      Map<AssignmentForm, Integer> decided = new EnumMap<>(AssignmentForm.class);
      MOVES.forEach(f -> decided.put(f, 0));
      decidedIn.put(year, decided);
    }
    List<Assignment> stays = reports.registry().assignments();
    for (Assignment a : stays) {
      if (a.form() != null && a.startDate() != null && !a.startDate().isAfter(asOf)) {
        Map<AssignmentForm, Integer> decided = decidedIn.get(a.startDate().getYear());
        if (decided != null && decided.containsKey(a.form())) {
          decided.merge(a.form(), 1, Integer::sum);
        }
      }
    }
    List<YearMoves> moves = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      Map<AssignmentForm, Integer> decided = decidedIn.get(year);
      ScreeningReport atEnd = yearEnds.get(year);
      Integer mustMove =
          atEnd == null
              ? null
              : (int) atEnd.cadres().stream().filter(CadreScreening::mustMove).count();
      moves.add(new YearMoves(year, mustMove, decided));
    }
    ScreeningReport current =
        asOf.isBefore(start) ? baseline : screening.screen(snapshot, policy, asOf);
    return new Progress(
        asOf,
        policy.name(),
        start,
        targets,
        moves,
        coverage(baseline, current, stays, start, asOf));
  }

  /** The policy's coverage of the cadres it named at its start, as {@link Coverage} says. */
  static Coverage coverage(
      ScreeningReport baseline,
      ScreeningReport current,
      List<Assignment> stays,
      LocalDate start,
      LocalDate asOf) {
    Set<String> movedSince = new HashSet<>();
    for (Assignment a : stays) {
      if (a.form() != null
          && MOVES.contains(a.form())
          && !a.startDate().isBefore(start)
          && !a.startDate().isAfter(asOf)) {
        movedSince.add(a.cadreCode());
      }
    }
    Map<String, CadreScreening> now = new HashMap<>();
    current.cadres().forEach(c -> now.put(c.code(), c));
    List<String> mustMove =
        baseline.cadres().stream()
            .filter(CadreScreening::mustMove)
            .map(CadreScreening::code)
            .toList();
    int exempt =
        (int)
            baseline.cadres().stream()
                .filter(c -> !c.mustMove())
                .filter(c -> c.verdicts().stream().anyMatch(v -> v.outcome() == Outcome.EXEMPT))
                .count();
    List<Unmoved> left = new ArrayList<>();
    for (String code : mustMove) {
      if (movedSince.contains(code)) {
        continue;
      }
      CadreScreening c = now.get(code);
      List<String> reasons =
          c == null
              ? List.of()
              : c.verdicts().stream()
                  .filter(v -> v.outcome() == Outcome.MUST_MOVE || v.outcome() == Outcome.EXEMPT)
                  .map(Verdict::sentence)
                  .toList();
      left.add(new Unmoved(code, reasons));
    }
    int moved = mustMove.size() - left.size();
    int otherMoved = (int) movedSince.stream().filter(code -> !mustMove.contains(code)).count();
    return new Coverage(mustMove.size(), moved, exempt, otherMoved, left);
  }

  private static Double projected(TargetResult base, int year) {
    if (base == null) {
      return null;
    }
    for (TargetResult.YearEnd end : base.projection()) {
      if (end.year() == year) {
        return end.value();
      }
    }
    return null;
  }
}
