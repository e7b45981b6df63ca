package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.RetirementSchedule;
import vn.luanchuyen.policy.RuleId;

/**
 * Screens one cadre at a time: finds the seats held on the as-of date (with the start of each
 * unbroken run, across mergers where the policy says so), then applies every rule in force, in
 * order ({@link ScreeningRule}: {@link HeadTenure}, {@link DeputyTenure}, {@link RemainingTime},
 * {@link YoungGrassroots}, {@link RotationEligibility}, {@link MoveForms}). Thread-safe: it only
 * reads.
 */
final class CadreScreener {

  private final RegistrySnapshot snapshot;
  private final Policy policy;
  private final int asOfDay;
  private final YearMonth asOfMonth;
  private final RetirementSchedule.Remembered retirements;

  /** The rules in force on the as-of date, in the order they run. */
  private final List<ScreeningRule> rules;

  CadreScreener(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOfDay = RegistrySnapshot.day(asOf, 0);
    this.asOfMonth = YearMonth.from(asOf);
    this.retirements = policy.retirement().new Remembered();
    this.rules = rulesInForce(RuleContext.of(snapshot, policy, asOf));
  }

  private static List<ScreeningRule> rulesInForce(RuleContext context) {
    Policy policy = context.policy();
    LocalDate asOf = context.asOf();
    List<ScreeningRule> rules = new ArrayList<>(6);
    if (policy.ruleInForce(RuleId.HEAD_TENURE, asOf)) {
      rules.add(new HeadTenure(context));
    }
    // enabled, not in force: outside its phases a deputy's seat is exempt with the phases as reason
    if (policy.ruleEnabled(RuleId.DEPUTY_TENURE)) {
      rules.add(new DeputyTenure(context));
    }
    if (policy.ruleInForce(RuleId.REMAINING_TIME, asOf)) {
      rules.add(new RemainingTime(context));
    }
    if (policy.ruleInForce(RuleId.YOUNG_GRASSROOTS, asOf)) {
      rules.add(new YoungGrassroots(context));
    }
    if (policy.ruleInForce(RuleId.ELIGIBILITY, asOf)
        && RotationEligibility.checksAnything(policy.eligibility())) {
      rules.add(new RotationEligibility(context));
    }
    rules.add(new MoveForms(context));
    return List.copyOf(rules);
  }

  /** The snapshot index of the cadre with the code, or -1. */
  int cadreIndexOf(String code) {
    return snapshot.cadreIndexOf(code);
  }

  /** Screens one cadre with every verdict explained: its reasons and facts. */
  CadreScreening screen(int i) {
    Verdicts out = new Verdicts(true);
    Screened cadre = new Screened();
    Retirement retirement = retirementOf(i);
    cadre.reset(
        i, retirement, retirement == null ? null : (int) retirement.remainingMonthsAt(asOfMonth));
    decide(cadre, out);
    List<DataQualityFinding> findings = snapshot.findingsOf(i);
    if (cadre.pastRetirementHoldingSeat()) {
      findings = new ArrayList<>(findings);
      findings.add(pastRetirement(snapshot.cadres[i], cadre));
    }
    return new CadreScreening(
        snapshot.cadres[i].code(), retirement, cadre.remaining, out.verdicts, findings);
  }

  /**
   * Screens the cadres {@code from..to} without explaining: the outcomes each rule gave, as bits
   * (see {@link ScreenedCadres}), plus {@link ScreenedCadres#PAST_RETIREMENT_BIT} for a cadre past
   * retirement who still holds a seat. No reason or fact is built; {@link #screen} builds them when
   * read. The outcome of cadre {@code i} goes to {@code outcomes[i - from]}.
   */
  void outcomes(int from, int to, long[] outcomes) {
    Verdicts out = new Verdicts(false);
    Screened cadre = new Screened();
    for (int i = from; i < to; i++) {
      out.outcomes = 0;
      Retirement retirement = retirementOf(i);
      cadre.reset(
          i,
          retirement,
          retirement == null ? null : Facts.number(retirement.remainingMonthsAt(asOfMonth)));
      decide(cadre, out);
      outcomes[i - from] =
          cadre.pastRetirementHoldingSeat()
              ? out.outcomes | ScreenedCadres.PAST_RETIREMENT_BIT
              : out.outcomes;
    }
  }

  /** Finds the seats held, then applies every rule in force, in order. */
  private void decide(Screened cadre, Verdicts out) {
    cadre.unknownSeats = heldSeats(cadre.index, cadre.seats);
    for (ScreeningRule rule : rules) {
      rule.apply(cadre, out);
    }
  }

  /** The cadre's retirement, or null when it cannot be computed. */
  private Retirement retirementOf(int i) {
    if (snapshot.retirementOverridden[i]
        || snapshot.bornMonth[i] == RegistrySnapshot.NO_MONTH
        || snapshot.sex[i] == null) {
      return retirements.retirementOrNull(snapshot.cadres[i]);
    }
    return retirements.retirement(snapshot.sex[i], snapshot.bornMonth[i]);
  }

  /** A cadre past the retirement month who still holds a seat: a data problem, never a move. */
  private DataQualityFinding pastRetirement(Cadre cadre, Screened screened) {
    Position seat = snapshot.positions[screened.seats.get(0).position()];
    Retirement retirement = screened.retirement;
    int remaining = screened.remaining;
    return new DataQualityFinding(
        cadre.code(),
        cadre.code(),
        new vn.luanchuyen.shared.Reason(
            RotationScreening.PAST_RETIREMENT,
            "data-quality.past-retirement-holding-seat",
            Facts.of(
                "cadre",
                cadre.code(),
                "retirementMonth",
                retirement.month(),
                "monthsPast",
                Facts.number(-remaining),
                "position",
                seat.code(),
                "positionName",
                RuleContext.nameOf(seat))));
  }

  /**
   * Fills the seats held on the as-of date; returns the unknown seat codes that may be held then.
   */
  private List<String> heldSeats(int i, List<SeatRun> seats) {
    List<String> unknownSeats = List.of();
    int[] seatOf = snapshot.stayPosition;
    int to = snapshot.stayFrom[i + 1];
    int s = snapshot.stayFrom[i];
    while (s < to) {
      int seat = seatOf[s];
      int end = s + 1;
      if (seat >= 0) {
        // one seat index is one seat code
        while (end < to && seatOf[end] == seat) {
          end++;
        }
        SeatRun run =
            SeatRun.find(
                seat,
                snapshot.stayStart,
                snapshot.stayEnd,
                snapshot.stayUsable,
                s,
                end,
                asOfDay,
                policy.thresholds().maxGapDays());
        if (run != null) {
          seats.add(
              policy.thresholds().tenureAcrossMergers() && run.since() != null
                  ? acrossMergers(i, run)
                  : run);
        }
      } else {
        while (end < to
            && seatOf[end] < 0
            && Objects.equals(snapshot.stayPositionCode(end), snapshot.stayPositionCode(s))) {
          end++;
        }
        for (int k = s; k < end; k++) {
          if (mayBeHeld(k)) {
            if (unknownSeats.isEmpty()) {
              unknownSeats = new ArrayList<>(1);
            }
            unknownSeats.add(String.valueOf(snapshot.stayPositionCode(k)));
            break;
          }
        }
      }
      s = end;
    }
    return unknownSeats;
  }

  /**
   * The run extended back through mergers: when the cadre held the same role, up to the policy's
   * gap before the run began, in a unit that merged into the seat's unit (at any depth), the post
   * continued and the earlier run's start is the run's start. Repeats through several mergers.
   */
  private SeatRun acrossMergers(int i, SeatRun run) {
    int[] seatOf = snapshot.stayPosition;
    int first = snapshot.stayFrom[i];
    int last = snapshot.stayFrom[i + 1];
    int gap = policy.thresholds().maxGapDays();
    String role = snapshot.positions[run.position()].roleKey();
    int seat = run.position();
    LocalDate since = run.since();
    boolean uncertain = run.uncertain();
    // each step goes back through one merger; a registry cannot hold more than it has units
    for (int step = 0; step < snapshot.units.length; step++) {
      Unit unit = snapshot.unitOfPosition(seat);
      if (unit == null || unit.predecessorCodes().isEmpty()) {
        break;
      }
      java.util.Set<String> before = predecessorsOf(unit);
      int sinceDay = RegistrySnapshot.day(since, 0);
      SeatRun earlier = null;
      for (int s = first; s < last; s++) {
        int p = seatOf[s];
        Unit other = p < 0 ? null : snapshot.unitOfPosition(p);
        int endDay = snapshot.stayEnd[s];
        if (other == null
            || !snapshot.stayUsable[s]
            || !before.contains(other.code())
            || !Objects.equals(snapshot.positions[p].roleKey(), role)
            || endDay == RegistrySnapshot.OPEN
            || endDay >= sinceDay
            || (long) sinceDay - endDay - 1 > gap) {
          continue;
        }
        int from = s;
        while (from > first && seatOf[from - 1] == p) {
          from--;
        }
        int to = s + 1;
        while (to < last && seatOf[to] == p) {
          to++;
        }
        SeatRun found =
            SeatRun.find(
                p,
                snapshot.stayStart,
                snapshot.stayEnd,
                snapshot.stayUsable,
                from,
                to,
                endDay,
                gap);
        if (found != null
            && found.since() != null
            && (earlier == null || found.since().isBefore(earlier.since()))) {
          earlier = found;
        }
      }
      if (earlier == null) {
        break;
      }
      seat = earlier.position();
      since = earlier.since();
      uncertain |= earlier.uncertain();
    }
    return since.equals(run.since()) ? run : new SeatRun(run.position(), since, uncertain);
  }

  /** The units that merged into the unit, at any depth. */
  private java.util.Set<String> predecessorsOf(Unit unit) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(unit.predecessorCodes());
    while (!todo.isEmpty()) {
      String code = todo.pop();
      if (seen.add(code)) {
        snapshot.unit(code).ifPresent(u -> todo.addAll(u.predecessorCodes()));
      }
    }
    return seen;
  }

  /** Whether the stay may be held on the as-of date: it starts by then (or unknown), ends after. */
  private boolean mayBeHeld(int s) {
    return snapshot.stayStart[s] <= asOfDay && snapshot.stayEnd[s] >= asOfDay;
  }
}
