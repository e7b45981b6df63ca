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
import vn.luanchuyen.screening.Policy.Eligibility;
import vn.luanchuyen.screening.Policy.RemainingTimeException;
import vn.luanchuyen.succession.PlanningEntry;

/**
 * Applies every rule in force to one cadre at a time. Each rule is one method named after it; each
 * adds all its verdicts, never stopping at the first. Thread-safe: it only reads.
 */
final class CadreScreener {

  private final RegistrySnapshot snapshot;
  private final Policy policy;
  private final LocalDate asOf;
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

  CadreScreener(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    this.snapshot = snapshot;
    this.policy = policy;
    this.asOf = asOf;
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
    this.allChecksPassed =
        Verdict.of(
            RuleId.ELIGIBILITY,
            Outcome.ELIGIBLE,
            "eligibility-met",
            "eligibility.met",
            Facts.of("checks", checks));
  }

  CadreScreening screen(int i) {
    Cadre cadre = snapshot.cadres[i];
    Retirement retirement = policy.retirement().retirementOf(cadre).orElse(null);
    Integer remaining = retirement == null ? null : (int) retirement.remainingMonthsAt(asOfMonth);
    List<Verdict> verdicts = new ArrayList<>(6);
    List<SeatRun> seats = new ArrayList<>(2);
    List<String> unknownSeats = new ArrayList<>(0);
    heldSeats(i, seats, unknownSeats);

    boolean twoTermHead = false;
    boolean mustMoveDeputy = false;
    if (headTenureInForce) {
      twoTermHead = headTenure(seats, unknownSeats, retirement, remaining, verdicts);
    }
    if (deputyTenureEnabled) {
      mustMoveDeputy = deputyTenure(seats, unknownSeats, retirement, remaining, verdicts);
    }
    if (remainingTimeInForce) {
      remainingTime(i, retirement, remaining, twoTermHead, verdicts);
    }
    if (youngGrassrootsInForce) {
      youngGrassroots(i, verdicts);
    }
    if (eligibilityInForce && !checks.isEmpty()) {
      eligibility(i, verdicts);
    }
    if (twoTermHead || mustMoveDeputy) {
      moveForms(i, twoTermHead, remaining, verdicts);
    }
    List<DataQualityFinding> findings = snapshot.findingsOf(i);
    if (remaining != null && remaining < 0 && !seats.isEmpty()) {
      findings = new ArrayList<>(findings);
      findings.add(pastRetirement(cadre, retirement, remaining, seats));
    }
    return new CadreScreening(cadre.code(), retirement, remaining, List.copyOf(verdicts), findings);
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
  private void moveForms(int i, boolean twoTermHead, Integer remaining, List<Verdict> out) {
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
      List<String> refusals = e.getValue().stream().map(LegalForms.Refusal::code).toList();
      out.add(
          Verdict.of(
              RuleId.MOVE_FORM,
              open ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE,
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
                  forms.exceptionMonths() == null ? null : List.copyOf(forms.exceptionRoles()))));
    }
  }

  /** The seats held on the as-of date, and the unknown seat codes that may be held then. */
  private void heldSeats(int i, List<SeatRun> seats, List<String> unknownSeats) {
    Assignment[] stays = snapshot.stays[i];
    int[] seatOf = snapshot.stayPosition[i];
    boolean[] usable = snapshot.stayUsable[i];
    int s = 0;
    while (s < stays.length) {
      int end = s + 1;
      while (end < stays.length
          && seatOf[end] == seatOf[s]
          && Objects.equals(stays[end].positionCode(), stays[s].positionCode())) {
        end++;
      }
      if (seatOf[s] >= 0) {
        SeatRun run =
            SeatRun.find(seatOf[s], stays, usable, s, end, asOf, policy.thresholds().maxGapDays());
        if (run != null) {
          seats.add(
              policy.thresholds().tenureAcrossMergers() && run.since() != null
                  ? acrossMergers(i, run)
                  : run);
        }
      } else {
        for (int k = s; k < end; k++) {
          if (mayBeHeld(stays[k])) {
            unknownSeats.add(String.valueOf(stays[k].positionCode()));
            break;
          }
        }
      }
      s = end;
    }
  }

  /**
   * The run extended back through mergers: when the cadre held the same role, up to the policy's
   * gap before the run began, in a unit that merged into the seat's unit (at any depth), the post
   * continued and the earlier run's start is the run's start. Repeats through several mergers.
   */
  private SeatRun acrossMergers(int i, SeatRun run) {
    Assignment[] stays = snapshot.stays[i];
    int[] seatOf = snapshot.stayPosition[i];
    boolean[] usable = snapshot.stayUsable[i];
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
      SeatRun earlier = null;
      for (int s = 0; s < stays.length; s++) {
        int p = seatOf[s];
        Assignment a = stays[s];
        Unit other = p < 0 ? null : snapshot.unitOfPosition(p);
        if (other == null
            || !usable[s]
            || !before.contains(other.code())
            || !Objects.equals(snapshot.positions[p].roleKey(), role)
            || a.endDate() == null
            || !a.endDate().isBefore(since)
            || java.time.temporal.ChronoUnit.DAYS.between(a.endDate(), since) - 1
                > policy.thresholds().maxGapDays()) {
          continue;
        }
        int from = s;
        while (from > 0 && seatOf[from - 1] == p) {
          from--;
        }
        int to = s + 1;
        while (to < stays.length && seatOf[to] == p) {
          to++;
        }
        SeatRun found =
            SeatRun.find(p, stays, usable, from, to, a.endDate(), policy.thresholds().maxGapDays());
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

  private boolean mayBeHeld(Assignment a) {
    return (a.startDate() == null || !a.startDate().isAfter(asOf))
        && (a.endDate() == null || !a.endDate().isBefore(asOf));
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
      List<Verdict> out) {
    int threshold = policy.thresholds().headTenureMonths();
    boolean mustMove = false;
    for (SeatRun run : seats) {
      Position seat = snapshot.positions[run.position()];
      if (seat.rank() != PositionRank.HEAD && seat.rank() != null) {
        continue;
      }
      if (seat.rank() == null || run.uncertain()) {
        out.add(undecidedTenure(RuleId.HEAD_TENURE, seat.code(), threshold));
        continue;
      }
      Verdict verdict =
          tenureVerdict(RuleId.HEAD_TENURE, seat, run, threshold, retirement, remaining);
      mustMove |= verdict.outcome() == Outcome.MUST_MOVE;
      out.add(verdict);
    }
    for (String code : unknown) {
      out.add(undecidedTenure(RuleId.HEAD_TENURE, code, threshold));
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
      List<Verdict> out) {
    int threshold = policy.thresholds().deputyTenureMonths();
    boolean mustMove = false;
    for (SeatRun run : seats) {
      Position seat = snapshot.positions[run.position()];
      if (seat.rank() != PositionRank.DEPUTY) {
        continue;
      }
      if (!deputyTenureInForce) {
        out.add(
            Verdict.of(
                RuleId.DEPUTY_TENURE,
                Outcome.EXEMPT,
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
                    asOf)));
      } else if (run.uncertain()) {
        out.add(undecidedTenure(RuleId.DEPUTY_TENURE, seat.code(), threshold));
      } else {
        Verdict verdict =
            tenureVerdict(RuleId.DEPUTY_TENURE, seat, run, threshold, retirement, remaining);
        mustMove |= verdict.outcome() == Outcome.MUST_MOVE;
        out.add(verdict);
      }
    }
    if (deputyTenureInForce) {
      for (String code : unknown) {
        out.add(undecidedTenure(RuleId.DEPUTY_TENURE, code, threshold));
      }
    }
    return mustMove;
  }

  /**
   * A tenure at or above the threshold requires a move, unless the cadre retires within the
   * policy's retirement floor (exempt: the Board plans a successor) or is already past the
   * retirement month (exempt: a data problem, reported as such).
   */
  private Verdict tenureVerdict(
      RuleId rule,
      Position seat,
      SeatRun run,
      int threshold,
      Retirement retirement,
      Integer remaining) {
    long tenure = run.tenureMonths(asOf);
    Map<String, Object> facts = tenureFacts(seat, run, tenure, threshold);
    if (tenure < threshold) {
      return Verdict.of(rule, Outcome.EXEMPT, rule.id() + "-below", rule.id() + ".below", facts);
    }
    if (remaining != null && remaining < 0) {
      return Verdict.of(
          rule,
          Outcome.EXEMPT,
          rule.id() + "-past-retirement",
          rule.id() + ".pastRetirement",
          Facts.of(
              append(
                  flatten(facts),
                  "retirementMonth",
                  retirement.month(),
                  "monthsPast",
                  Facts.number(-remaining))));
    }
    if (forms.retiring(remaining)) {
      return Verdict.of(
          rule,
          Outcome.EXEMPT,
          rule.id() + "-retiring",
          rule.id() + ".retiring",
          Facts.of(
              append(
                  flatten(facts),
                  "retirementMonth",
                  retirement.month(),
                  "remainingMonths",
                  Facts.number(remaining),
                  "floorMonths",
                  policy.thresholds().retirementFloorMonths())));
    }
    return Verdict.of(
        rule, Outcome.MUST_MOVE, rule.id() + "-reached", rule.id() + ".reached", facts);
  }

  private static Object[] flatten(Map<String, Object> facts) {
    Object[] out = new Object[facts.size() * 2];
    int k = 0;
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      out[k++] = e.getKey();
      out[k++] = e.getValue();
    }
    return out;
  }

  private Map<String, Object> tenureFacts(Position seat, SeatRun run, long tenure, int threshold) {
    return Facts.of(
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
        threshold);
  }

  private static Verdict undecidedTenure(RuleId rule, String positionCode, int threshold) {
    return Verdict.of(
        rule,
        Outcome.UNDECIDED,
        rule.id() + "-undecided",
        rule.id() + ".undecided",
        Facts.of("position", positionCode, "thresholdMonths", threshold));
  }

  /**
   * Quy định 65-QĐ/TW: a rotated cadre has at least the policy's remaining time (10 years) of
   * working time left from the date of rotation; when the policy keeps the older exception, one
   * term is enough for a move under the two-term-head or non-local policy.
   */
  private void remainingTime(
      int i, Retirement retirement, Integer remaining, boolean twoTermHead, List<Verdict> out) {
    int threshold = policy.thresholds().remainingTimeMonths();
    if (retirement == null) {
      out.add(
          Verdict.of(
              RuleId.REMAINING_TIME,
              Outcome.UNDECIDED,
              "remaining-time-undecided",
              "remaining-time.undecided",
              Facts.of("thresholdMonths", threshold)));
      return;
    }
    Object[] common = {
      "retirementMonth",
      retirement.month(),
      "remainingMonths",
      remaining,
      "thresholdMonths",
      threshold,
      "retirementOverridden",
      retirement.overridden() ? Boolean.TRUE : null
    };
    if (remaining >= threshold) {
      out.add(
          Verdict.of(
              RuleId.REMAINING_TIME,
              Outcome.ELIGIBLE,
              "remaining-time-enough",
              "remaining-time.enough",
              Facts.of(common)));
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
      out.add(
          Verdict.of(
              RuleId.REMAINING_TIME,
              Outcome.ELIGIBLE,
              "remaining-time-exception",
              twoTermHead ? "remaining-time.exceptionHead" : "remaining-time.exceptionRole",
              Facts.of(
                  append(common, "exceptionMonths", exception.months(), "exceptionBasis", basis))));
      return;
    }
    out.add(
        Verdict.of(
            RuleId.REMAINING_TIME,
            Outcome.NOT_ELIGIBLE,
            "remaining-time-short",
            "remaining-time.short",
            Facts.of(common)));
  }

  private static Object[] append(Object[] base, Object... more) {
    Object[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** Whether the cadre has an open planning entry for the role. */
  private boolean plannedFor(int i, String role) {
    for (PlanningEntry entry : snapshot.planning[i]) {
      if (entry.openOn(asOf) && role.equals(entry.roleKey())) {
        return true;
      }
    }
    return false;
  }

  private boolean inPlanning(int i) {
    return LegalForms.inPlanning(Arrays.asList(snapshot.planning[i]), asOf);
  }

  /**
   * Hà Đông plan 2022–2025: young cadres (under the policy's young age) in planning who have not
   * yet led at the grassroots (a seat in a unit of a grassroots level) are rotated to wards.
   */
  private void youngGrassroots(int i, List<Verdict> out) {
    Cadre cadre = snapshot.cadres[i];
    int young = policy.thresholds().youngAgeYears();
    if (cadre.birthDate() == null) {
      out.add(
          Verdict.of(
              RuleId.YOUNG_GRASSROOTS,
              Outcome.UNDECIDED,
              "young-grassroots-undecided",
              "young-grassroots.undecided",
              Facts.of("youngAgeYears", young)));
      return;
    }
    int age = LegalForms.ageYears(cadre, asOf);
    if (age >= young) {
      return;
    }
    Assignment[] stays = snapshot.stays[i];
    int[] seatOf = snapshot.stayPosition[i];
    boolean unknownHistory = false;
    for (int s = 0; s < stays.length; s++) {
      Assignment a = stays[s];
      if (a.startDate() != null && a.startDate().isAfter(asOf)) {
        continue;
      }
      Unit unit = seatOf[s] < 0 ? null : snapshot.unitOfPosition(seatOf[s]);
      if (unit == null) {
        unknownHistory = true;
      } else if (policy.grassrootsLevels().contains(unit.levelCode())) {
        out.add(
            Verdict.of(
                RuleId.YOUNG_GRASSROOTS,
                Outcome.EXEMPT,
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
                    unit.code())));
        return;
      }
    }
    if (unknownHistory) {
      out.add(
          Verdict.of(
              RuleId.YOUNG_GRASSROOTS,
              Outcome.UNDECIDED,
              "young-grassroots-unknown-history",
              "young-grassroots.unknownHistory",
              Facts.of("ageYears", age, "youngAgeYears", young)));
      return;
    }
    boolean planned = inPlanning(i);
    out.add(
        Verdict.of(
            RuleId.YOUNG_GRASSROOTS,
            planned ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE,
            planned ? "young-grassroots-candidate" : "young-grassroots-not-planned",
            planned ? "young-grassroots.candidate" : "young-grassroots.notPlanned",
            Facts.of("ageYears", age, "youngAgeYears", young)));
  }

  /**
   * Quy định 65-QĐ/TW and 50-QĐ/TW: a rotated cadre is in planning; discipline at reprimand or
   * above in force, or a failed year recently, rules the cadre out. Every failed check is reported.
   */
  private void eligibility(int i, List<Verdict> out) {
    Eligibility rules = policy.eligibility();
    int before = out.size();
    if (rules.requirePlanning() && !inPlanning(i)) {
      out.add(
          Verdict.of(
              RuleId.ELIGIBILITY,
              Outcome.NOT_ELIGIBLE,
              "eligibility-not-planned",
              "eligibility.notPlanned",
              Facts.of("check", EligibilityCheck.PLANNING, "asOf", asOf)));
    }
    if (rules.excludeDiscipline()) {
      for (Discipline d : forms.barringDisciplines(Arrays.asList(snapshot.disciplines[i]), asOf)) {
        out.add(
            Verdict.of(
                RuleId.ELIGIBILITY,
                Outcome.NOT_ELIGIBLE,
                "eligibility-disciplined",
                d.effectiveUntil() == null
                    ? "eligibility.disciplined"
                    : "eligibility.disciplinedUntil",
                Facts.of(
                    "check",
                    EligibilityCheck.DISCIPLINE,
                    "form",
                    d.form(),
                    "decidedOn",
                    d.decidedOn(),
                    "effectiveUntil",
                    d.effectiveUntil())));
      }
    }
    if (rules.excludeFailedAssessment()) {
      List<Integer> failedYears = forms.failedYears(Arrays.asList(snapshot.assessments[i]), asOf);
      if (!failedYears.isEmpty()) {
        out.add(
            Verdict.of(
                RuleId.ELIGIBILITY,
                Outcome.NOT_ELIGIBLE,
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
                    rules.failedAssessmentYears())));
      }
    }
    if (out.size() == before) {
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
