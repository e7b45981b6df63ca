package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.screening.CadreScreening;
import vn.luanchuyen.screening.Policy;
import vn.luanchuyen.screening.Policy.TargetDefinition;
import vn.luanchuyen.screening.Policy.TargetKind;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.screening.TargetResult;

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

  public record Progress(
      LocalDate asOf,
      String policyName,
      LocalDate planStart,
      List<TargetPath> targets,
      List<YearMoves> moves) {
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

    List<Assignment> stays = reports.registry().assignments();
    List<YearMoves> moves = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      Map<AssignmentForm, Integer> decided = new EnumMap<>(AssignmentForm.class);
      MOVES.forEach(f -> decided.put(f, 0));
      for (Assignment a : stays) {
        if (a.form() != null
            && decided.containsKey(a.form())
            && a.startDate() != null
            && a.startDate().getYear() == year
            && !a.startDate().isAfter(asOf)) {
          decided.merge(a.form(), 1, Integer::sum);
        }
      }
      ScreeningReport atEnd = yearEnds.get(year);
      Integer mustMove =
          atEnd == null
              ? null
              : (int) atEnd.cadres().stream().filter(CadreScreening::mustMove).count();
      moves.add(new YearMoves(year, mustMove, decided));
    }
    return new Progress(asOf, policy.name(), start, targets, moves);
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
