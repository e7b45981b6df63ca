package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.Eligibility;
import vn.luanchuyen.policy.Policy.RemainingTimeException;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.RetirementSchedule;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Applies every rule in force to one cadre at a time. Each rule is one method named after it; each
 * adds all its verdicts, never stopping at the first. Thread-safe: it only reads.
 */
final class CadreScreener {

  private final RegistrySnapshot snapshot;
  private final Policy policy;
  private final LocalDate asOf;
  private final int asOfDay;
  private final YearMonth asOfMonth;
  private final boolean headTenureInForce;
  private final boolean deputyTenureEnabled;
  private final boolean deputyTenureInForce;
  private final List<String> deputyPhases;
  private final boolean remainingTimeInForce;
  private final boolean youngGrassrootsInForce;
  private final boolean eligibilityInForce;
  private final List<EligibilityCheck> checks;
  private final Verdict allChecksPassed;
  private final LegalForms forms;
  private final RetirementSchedule.Remembered retirements;

  CadreScreener(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
    this.asOfDay = RegistrySnapshot.day(asOf, 0);
    this.asOfMonth = YearMonth.from(asOf);
    this.headTenureInForce = policy.ruleInForce(RuleId.HEAD_TENURE, asOf);
    this.deputyTenureEnabled = policy.ruleEnabled(RuleId.DEPUTY_TENURE);
    this.deputyTenureInForce = policy.ruleInForce(RuleId.DEPUTY_TENURE, asOf);
    this.deputyPhases =
        policy.phasesOf(RuleId.DEPUTY_TENURE).stream().map(Policy.Phase::name).toList();
    this.remainingTimeInForce = policy.ruleInForce(RuleId.REMAINING_TIME, asOf);
    this.youngGrassrootsInForce = policy.ruleInForce(RuleId.YOUNG_GRASSROOTS, asOf);
    this.eligibilityInForce = policy.ruleInForce(RuleId.ELIGIBILITY, asOf);
    this.checks = enabledChecks(policy.eligibility());
    this.forms = new LegalForms(policy, asOf);
    this.retirements = policy.retirement().new Remembered();
    this.allChecksPassed =
        Verdict.of(
            RuleId.ELIGIBILITY,
            Outcome.ELIGIBLE,
            "eligibility-met",
            "eligibility.met",
            Facts.of("checks", checks));
  }

  /** The snapshot index of the cadre with the code, or -1. */
  int cadreIndexOf(String code) {
    return snapshot.cadreIndexOf(code);
  }

  /** Screens one cadre with every verdict explained: its reasons and facts. */
  CadreScreening screen(int i) {
    Results out = new Results(true);
    Cadre cadre = snapshot.cadres[i];
    Retirement retirement = retirementOf(i);
    Integer remaining = retirement == null ? null : (int) retirement.remainingMonthsAt(asOfMonth);
    List<SeatRun> seats = new ArrayList<>(2);
    decide(i, retirement, remaining, seats, out);
    List<DataQualityFinding> findings = snapshot.findingsOf(i);
    if (pastRetirementHoldingSeat(remaining, seats)) {
      findings = new ArrayList<>(findings);
      findings.add(pastRetirement(cadre, retirement, remaining, seats));
    }
    return new CadreScreening(cadre.code(), retirement, remaining, out.verdicts, findings);
  }

  /**
   * Screens the cadres {@code from..to} without explaining: the outcomes each rule gave, as bits
   * (see {@link ScreenedCadres}), plus {@link ScreenedCadres#PAST_RETIREMENT_BIT} for a cadre past
   * retirement who still holds a seat. No reason or fact is built; {@link #screen} builds them when
   * read.
   */
  void outcomes(int from, int to, long[] outcomes) {
    Results out = new Results(false);
    List<SeatRun> seats = new ArrayList<>(4);
    for (int i = from; i < to; i++) {
      out.outcomes = 0;
      seats.clear();
      Retirement retirement = retirementOf(i);
      Integer remaining =
          retirement == null ? null : Facts.number(retirement.remainingMonthsAt(asOfMonth));
      decide(i, retirement, remaining, seats, out);
      outcomes[i] =
          pastRetirementHoldingSeat(remaining, seats)
              ? out.outcomes | ScreenedCadres.PAST_RETIREMENT_BIT
              : out.outcomes;
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

  private static boolean pastRetirementHoldingSeat(Integer remaining, List<SeatRun> seats) {
    return remaining != null && remaining < 0 && !seats.isEmpty();
  }

  /** Applies every rule in force, in order; fills the seats held on the as-of date. */
  private void decide(
      int i, Retirement retirement, Integer remaining, List<SeatRun> seats, Results out) {
    List<String> unknownSeats = heldSeats(i, seats);
    boolean twoTermHead = false;
    boolean mustMoveDeputy = false;
    if (headTenureInForce) {
      twoTermHead = headTenure(seats, unknownSeats, retirement, remaining, out);
    }
    if (deputyTenureEnabled) {
      mustMoveDeputy = deputyTenure(seats, unknownSeats, retirement, remaining, out);
    }
    if (remainingTimeInForce) {
      remainingTime(i, retirement, remaining, twoTermHead, out);
    }
    if (youngGrassrootsInForce) {
      youngGrassroots(i, out);
    }
    if (eligibilityInForce && !checks.isEmpty()) {
      eligibility(i, out);
    }
    if (twoTermHead || mustMoveDeputy) {
      moveForms(i, twoTermHead, remaining, out);
    }
  }

  /**
   * Where one cadre's screening goes: every outcome as a bit and, when explaining, the verdicts. A
   * rule calls {@link #note} with its outcome and builds the reason's facts only when that returns
   * true.
   */
  private static final class Results {
    final List<Verdict> verdicts;
    long outcomes;
    private RuleId rule;
    private Outcome outcome;

    Results(boolean explaining) {
      this.verdicts = explaining ? new ArrayList<>(6) : null;
    }

    /** Records the outcome; true when the verdict is to be explained with {@link #explain}. */
    boolean note(RuleId rule, Outcome outcome) {
      outcomes |= ScreenedCadres.bit(rule, outcome);
      this.rule = rule;
      this.outcome = outcome;
      return verdicts != null;
    }

    /** The verdict of the outcome noted last, with its reason. */
    void explain(String code, String messageKey, Map<String, Object> facts) {
      verdicts.add(Verdict.of(rule, outcome, code, messageKey, facts));
    }

    void add(Verdict verdict) {
      if (note(verdict.rule(), verdict.outcome())) {
        verdicts.add(verdict);
      }
    }
  }

  /** A cadre past the retirement month who still holds a seat: a data problem, never a move. */
  private DataQualityFinding pastRetirement(
      Cadre cadre, Retirement retirement, int remaining, List<SeatRun> seats) {
    Position seat = snapshot.positions[seats.get(0).position()];
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
                nameOf(seat))));
  }

  /**
   * For a cadre who must move: each form of a move in the policy, open to the cadre or not, and why
   * (the conditions on the cadre; the conditions on the move are the planner's).
   */
  private void moveForms(int i, boolean twoTermHead, Integer remaining, Results out) {
    LegalForms.Mover mover =
        new LegalForms.Mover(
            twoTermHead ? Policy.Category.HEAD_TENURE : Policy.Category.DEPUTY_TENURE,
            LegalForms.plannedRoles(Arrays.asList(snapshot.planning[i]), asOf),
            remaining,
            twoTermHead,
            !forms.barringDisciplines(Arrays.asList(snapshot.disciplines[i]), asOf).isEmpty()
                || !forms.failedYears(Arrays.asList(snapshot.assessments[i]), asOf).isEmpty());
    for (Map.Entry<vn.luanchuyen.cadre.AssignmentForm, List<LegalForms.Refusal>> e :
        forms.cadreForms(mover).entrySet()) {
      boolean open = e.getValue().isEmpty();
      if (!out.note(RuleId.MOVE_FORM, open ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE)) {
        continue;
      }
      List<String> refusals = e.getValue().stream().map(LegalForms.Refusal::code).toList();
      out.explain(
          open ? "move-form-open" : "move-form-closed",
          open ? "move-form.open" : "move-form.closed",
          Facts.of(
              "form",
              e.getKey(),
              "refusals",
              refusals,
              "remainingMonths",
              remaining == null ? null : Facts.number(remaining),
              "thresholdMonths",
              forms.requiredMonths(),
              "exceptionMonths",
              forms.exceptionMonths(),
              "exceptionRoles",
              forms.exceptionMonths() == null ? null : List.copyOf(forms.exceptionRoles())));
    }
  }

  /**
   * Fills the seats held on the as-of date; returns the unknown seat codes that may be held then.
   */
  private List<String> heldSeats(int i, List<SeatRun> seats) {
    List<String> unknownSeats = List.of();
    Assignment[] stays = snapshot.stays;
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
            && Objects.equals(stays[end].positionCode(), stays[s].positionCode())) {
          end++;
        }
        for (int k = s; k < end; k++) {
          if (mayBeHeld(k)) {
            if (unknownSeats.isEmpty()) {
              unknownSeats = new ArrayList<>(1);
            }
            unknownSeats.add(String.valueOf(stays[k].positionCode()));
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

  /**
   * Quy định 65-QĐ/TW: a head who has held one post continuously for two consecutive terms (the
   * policy's head tenure, 8 years) or more must be moved. Returns whether one must move.
   */
  private boolean headTenure(
      List<SeatRun> seats,
      List<String> unknown,
      Retirement retirement,
      Integer remaining,
      Results out) {
    int threshold = policy.thresholds().headTenureMonths();
    boolean mustMove = false;
    for (SeatRun run : seats) {
      PositionRank rank = snapshot.positionRank[run.position()];
      if (rank != PositionRank.HEAD && rank != null) {
        continue;
      }
      Position seat = snapshot.positions[run.position()];
      if (rank == null || run.uncertain()) {
        undecidedTenure(RuleId.HEAD_TENURE, seat.code(), threshold, out);
        continue;
      }
      mustMove |=
          tenure(RuleId.HEAD_TENURE, seat, run, threshold, retirement, remaining, out)
              == Outcome.MUST_MOVE;
    }
    for (String code : unknown) {
      undecidedTenure(RuleId.HEAD_TENURE, code, threshold, out);
    }
    return mustMove;
  }

  /**
   * Hà Đông plan 2022–2025: in 2022–2023 also move deputies who have held one post for 5 years or
   * more (the policy's deputy tenure), only within the rule's phases.
   */
  private boolean deputyTenure(
      List<SeatRun> seats,
      List<String> unknown,
      Retirement retirement,
      Integer remaining,
      Results out) {
    int threshold = policy.thresholds().deputyTenureMonths();
    boolean mustMove = false;
    for (SeatRun run : seats) {
      if (snapshot.positionRank[run.position()] != PositionRank.DEPUTY) {
        continue;
      }
      Position seat = snapshot.positions[run.position()];
      if (!deputyTenureInForce) {
        if (out.note(RuleId.DEPUTY_TENURE, Outcome.EXEMPT)) {
          out.explain(
              "deputy-tenure-outside-phase",
              "deputy-tenure.outsidePhase",
              Facts.of(
                  "position",
                  seat.code(),
                  "positionName",
                  nameOf(seat),
                  "thresholdMonths",
                  threshold,
                  "phases",
                  deputyPhases,
                  "asOf",
                  asOf));
        }
      } else if (run.uncertain()) {
        undecidedTenure(RuleId.DEPUTY_TENURE, seat.code(), threshold, out);
      } else {
        mustMove |=
            tenure(RuleId.DEPUTY_TENURE, seat, run, threshold, retirement, remaining, out)
                == Outcome.MUST_MOVE;
      }
    }
    if (deputyTenureInForce) {
      for (String code : unknown) {
        undecidedTenure(RuleId.DEPUTY_TENURE, code, threshold, out);
      }
    }
    return mustMove;
  }

  /**
   * A tenure at or above the threshold requires a move, unless the cadre retires within the
   * policy's retirement floor (exempt: the Board plans a successor) or is already past the
   * retirement month (exempt: a data problem, reported as such).
   */
  private Outcome tenure(
      RuleId rule,
      Position seat,
      SeatRun run,
      int threshold,
      Retirement retirement,
      Integer remaining,
      Results out) {
    long tenure = run.tenureMonths(asOf);
    if (tenure < threshold) {
      if (out.note(rule, Outcome.EXEMPT)) {
        out.explain(
            rule.id() + "-below",
            rule.id() + ".below",
            Facts.of(tenureFacts(seat, run, tenure, threshold)));
      }
      return Outcome.EXEMPT;
    }
    if (remaining != null && remaining < 0) {
      if (out.note(rule, Outcome.EXEMPT)) {
        out.explain(
            rule.id() + "-past-retirement",
            rule.id() + ".pastRetirement",
            Facts.of(
                append(
                    tenureFacts(seat, run, tenure, threshold),
                    "retirementMonth",
                    retirement.month(),
                    "monthsPast",
                    Facts.number(-remaining))));
      }
      return Outcome.EXEMPT;
    }
    if (forms.retiring(remaining)) {
      if (out.note(rule, Outcome.EXEMPT)) {
        out.explain(
            rule.id() + "-retiring",
            rule.id() + ".retiring",
            Facts.of(
                append(
                    tenureFacts(seat, run, tenure, threshold),
                    "retirementMonth",
                    retirement.month(),
                    "remainingMonths",
                    Facts.number(remaining),
                    "floorMonths",
                    policy.thresholds().retirementFloorMonths())));
      }
      return Outcome.EXEMPT;
    }
    if (out.note(rule, Outcome.MUST_MOVE)) {
      out.explain(
          rule.id() + "-reached",
          rule.id() + ".reached",
          Facts.of(tenureFacts(seat, run, tenure, threshold)));
    }
    return Outcome.MUST_MOVE;
  }

  /** The facts of a tenure verdict, as {@code name, value, ...}. */
  private Object[] tenureFacts(Position seat, SeatRun run, long tenure, int threshold) {
    return new Object[] {
      "position",
      seat.code(),
      "positionName",
      nameOf(seat),
      "unit",
      seat.unitCode(),
      "sinceDate",
      run.since(),
      "tenureMonths",
      Facts.number(tenure),
      "thresholdMonths",
      threshold
    };
  }

  private static void undecidedTenure(
      RuleId rule, String positionCode, int threshold, Results out) {
    if (out.note(rule, Outcome.UNDECIDED)) {
      out.explain(
          rule.id() + "-undecided",
          rule.id() + ".undecided",
          Facts.of("position", positionCode, "thresholdMonths", threshold));
    }
  }

  /**
   * Quy định 65-QĐ/TW: a rotated cadre has at least the policy's remaining time (10 years) of
   * working time left from the date of rotation; when the policy keeps the older exception, one
   * term is enough for a move under the two-term-head or non-local policy.
   */
  private void remainingTime(
      int i, Retirement retirement, Integer remaining, boolean twoTermHead, Results out) {
    int threshold = policy.thresholds().remainingTimeMonths();
    if (retirement == null) {
      if (out.note(RuleId.REMAINING_TIME, Outcome.UNDECIDED)) {
        out.explain(
            "remaining-time-undecided",
            "remaining-time.undecided",
            Facts.of("thresholdMonths", threshold));
      }
      return;
    }
    if (remaining >= threshold) {
      if (out.note(RuleId.REMAINING_TIME, Outcome.ELIGIBLE)) {
        out.explain(
            "remaining-time-enough",
            "remaining-time.enough",
            Facts.of(remainingFacts(retirement, remaining, threshold)));
      }
      return;
    }
    RemainingTimeException exception = policy.thresholds().remainingTimeException();
    String basis = null;
    if (twoTermHead && forms.enoughWorkingTime(remaining, true, null)) {
      basis = RuleId.HEAD_TENURE.id();
    } else {
      for (String role : exception.roles()) {
        if (plannedFor(i, role) && forms.enoughWorkingTime(remaining, false, role)) {
          basis = role;
          break;
        }
      }
    }
    if (basis != null) {
      if (out.note(RuleId.REMAINING_TIME, Outcome.ELIGIBLE)) {
        out.explain(
            "remaining-time-exception",
            twoTermHead ? "remaining-time.exceptionHead" : "remaining-time.exceptionRole",
            Facts.of(
                append(
                    remainingFacts(retirement, remaining, threshold),
                    "exceptionMonths",
                    exception.months(),
                    "exceptionBasis",
                    basis)));
      }
      return;
    }
    if (out.note(RuleId.REMAINING_TIME, Outcome.NOT_ELIGIBLE)) {
      out.explain(
          "remaining-time-short",
          "remaining-time.short",
          Facts.of(remainingFacts(retirement, remaining, threshold)));
    }
  }

  /** The facts every remaining-time verdict with a known retirement gives. */
  private static Object[] remainingFacts(Retirement retirement, Integer remaining, int threshold) {
    return new Object[] {
      "retirementMonth",
      retirement.month(),
      "remainingMonths",
      remaining,
      "thresholdMonths",
      threshold,
      "retirementOverridden",
      retirement.overridden() ? Boolean.TRUE : null
    };
  }

  private static Object[] append(Object[] base, Object... more) {
    Object[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** Whether the cadre has an open planning entry for the role. */
  private boolean plannedFor(int i, String role) {
    for (SuccessionEntry entry : snapshot.planning[i]) {
      if (entry.openOn(asOf) && role.equals(entry.roleKey())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cadre has an open planning entry ({@link SuccessionEntry#openOn}). */
  private boolean inPlanning(int i) {
    return snapshot.planningUntilYear[i] >= asOf.getYear();
  }

  /** Whether a year's assessment rules the cadre out ({@link LegalForms#failedYear}). */
  private boolean failedAYear(int i) {
    for (int k = snapshot.assessmentFrom[i]; k < snapshot.assessmentFrom[i + 1]; k++) {
      if (forms.failedYear(snapshot.assessmentYear[k], snapshot.assessmentGrade[k], asOf)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hà Đông plan 2022–2025: young cadres (under the policy's young age) in planning who have not
   * yet led at the grassroots (a seat in a unit of a grassroots level) are rotated to wards.
   */
  private void youngGrassroots(int i, Results out) {
    int young = policy.thresholds().youngAgeYears();
    int born = snapshot.bornDay[i];
    if (born == RegistrySnapshot.NO_DAY) {
      if (out.note(RuleId.YOUNG_GRASSROOTS, Outcome.UNDECIDED)) {
        out.explain(
            "young-grassroots-undecided",
            "young-grassroots.undecided",
            Facts.of("youngAgeYears", young));
      }
      return;
    }
    // born more than young + 1 years (of at most 366 days) ago: not young, without counting
    if ((long) asOfDay - born > 366L * (young + 1)) {
      return;
    }
    int age = LegalForms.ageYears(snapshot.cadres[i], asOf);
    if (age >= young) {
      return;
    }
    Assignment[] stays = snapshot.stays;
    int[] seatOf = snapshot.stayPosition;
    boolean unknownHistory = false;
    for (int s = snapshot.stayFrom[i]; s < snapshot.stayFrom[i + 1]; s++) {
      Assignment a = stays[s];
      // an unknown start is NO_DAY: not after the as-of date
      if (snapshot.stayStart[s] > asOfDay) {
        continue;
      }
      Unit unit = seatOf[s] < 0 ? null : snapshot.unitOfPosition(seatOf[s]);
      if (unit == null) {
        unknownHistory = true;
      } else if (policy.grassrootsLevels().contains(unit.levelCode())) {
        if (out.note(RuleId.YOUNG_GRASSROOTS, Outcome.EXEMPT)) {
          out.explain(
              "young-grassroots-served",
              "young-grassroots.served",
              Facts.of(
                  "ageYears",
                  Facts.number(age),
                  "youngAgeYears",
                  young,
                  "position",
                  a.positionCode(),
                  "positionName",
                  nameOf(snapshot.positions[seatOf[s]]),
                  "unit",
                  unit.code()));
        }
        return;
      }
    }
    if (unknownHistory) {
      if (out.note(RuleId.YOUNG_GRASSROOTS, Outcome.UNDECIDED)) {
        out.explain(
            "young-grassroots-unknown-history",
            "young-grassroots.unknownHistory",
            Facts.of("ageYears", age, "youngAgeYears", young));
      }
      return;
    }
    boolean planned = inPlanning(i);
    if (out.note(RuleId.YOUNG_GRASSROOTS, planned ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE)) {
      out.explain(
          planned ? "young-grassroots-candidate" : "young-grassroots-not-planned",
          planned ? "young-grassroots.candidate" : "young-grassroots.notPlanned",
          Facts.of("ageYears", age, "youngAgeYears", young));
    }
  }

  /**
   * Quy định 65-QĐ/TW and 50-QĐ/TW: a rotated cadre is in planning; discipline at reprimand or
   * above in force, or a failed year recently, rules the cadre out. Every failed check is reported.
   */
  private void eligibility(int i, Results out) {
    Eligibility rules = policy.eligibility();
    boolean failed = false;
    if (rules.requirePlanning() && !inPlanning(i)) {
      failed = true;
      if (out.note(RuleId.ELIGIBILITY, Outcome.NOT_ELIGIBLE)) {
        out.explain(
            "eligibility-not-planned",
            "eligibility.notPlanned",
            Facts.of("check", EligibilityCheck.PLANNING, "asOf", asOf));
      }
    }
    if (rules.excludeDiscipline() && snapshot.disciplines[i].length > 0) {
      for (Discipline d : forms.barringDisciplines(Arrays.asList(snapshot.disciplines[i]), asOf)) {
        failed = true;
        if (!out.note(RuleId.ELIGIBILITY, Outcome.NOT_ELIGIBLE)) {
          continue;
        }
        out.explain(
            "eligibility-disciplined",
            d.effectiveUntil() == null ? "eligibility.disciplined" : "eligibility.disciplinedUntil",
            Facts.of(
                "check",
                EligibilityCheck.DISCIPLINE,
                "form",
                d.form(),
                "decidedOn",
                d.decidedOn(),
                "effectiveUntil",
                d.effectiveUntil()));
      }
    }
    if (rules.excludeFailedAssessment() && failedAYear(i)) {
      List<Integer> failedYears = forms.failedYears(Arrays.asList(snapshot.assessments[i]), asOf);
      if (!failedYears.isEmpty()) {
        failed = true;
        if (out.note(RuleId.ELIGIBILITY, Outcome.NOT_ELIGIBLE)) {
          out.explain(
              "eligibility-failed-assessment",
              "eligibility.failedAssessment",
              Facts.of(
                  "check",
                  EligibilityCheck.ASSESSMENT,
                  "grade",
                  rules.failedGrade(),
                  "years",
                  List.copyOf(failedYears),
                  "lookbackYears",
                  rules.failedAssessmentYears()));
        }
      }
    }
    if (!failed) {
      out.add(allChecksPassed);
    }
  }

  private static List<EligibilityCheck> enabledChecks(Eligibility rules) {
    List<EligibilityCheck> enabled = new ArrayList<>(3);
    if (rules.requirePlanning()) {
      enabled.add(EligibilityCheck.PLANNING);
    }
    if (rules.excludeDiscipline()) {
      enabled.add(EligibilityCheck.DISCIPLINE);
    }
    if (rules.excludeFailedAssessment()) {
      enabled.add(EligibilityCheck.ASSESSMENT);
    }
    return List.copyOf(enabled);
  }

  static String nameOf(Position seat) {
    return seat.name() == null || seat.name().isEmpty() ? seat.code() : seat.name();
  }
}
