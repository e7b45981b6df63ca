package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.luanchuyen.cadre.Assessment;
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
    if (headTenureInForce) {
      twoTermHead = headTenure(seats, unknownSeats, verdicts);
    }
    if (deputyTenureEnabled) {
      deputyTenure(seats, unknownSeats, verdicts);
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
    return new CadreScreening(
        cadre.code(), retirement, remaining, List.copyOf(verdicts), snapshot.findingsOf(i));
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
          seats.add(run);
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

  private boolean mayBeHeld(Assignment a) {
    return (a.startDate() == null || !a.startDate().isAfter(asOf))
        && (a.endDate() == null || !a.endDate().isBefore(asOf));
  }

  /**
   * Quy định 65-QĐ/TW: a head who has held one post continuously for two consecutive terms (the
   * policy's head tenure, 8 years) or more must be moved. Returns whether one must move.
   */
  private boolean headTenure(List<SeatRun> seats, List<String> unknown, List<Verdict> out) {
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
      long tenure = run.tenureMonths(asOf);
      boolean reached = tenure >= threshold;
      mustMove |= reached;
      out.add(
          Verdict.of(
              RuleId.HEAD_TENURE,
              reached ? Outcome.MUST_MOVE : Outcome.EXEMPT,
              reached ? "head-tenure-reached" : "head-tenure-below",
              reached ? "head-tenure.reached" : "head-tenure.below",
              tenureFacts(seat, run, tenure, threshold)));
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
  private void deputyTenure(List<SeatRun> seats, List<String> unknown, List<Verdict> out) {
    int threshold = policy.thresholds().deputyTenureMonths();
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
        long tenure = run.tenureMonths(asOf);
        boolean reached = tenure >= threshold;
        out.add(
            Verdict.of(
                RuleId.DEPUTY_TENURE,
                reached ? Outcome.MUST_MOVE : Outcome.EXEMPT,
                reached ? "deputy-tenure-reached" : "deputy-tenure-below",
                reached ? "deputy-tenure.reached" : "deputy-tenure.below",
                tenureFacts(seat, run, tenure, threshold)));
      }
    }
    if (deputyTenureInForce) {
      for (String code : unknown) {
        out.add(undecidedTenure(RuleId.DEPUTY_TENURE, code, threshold));
      }
    }
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
    if (exception.enabled() && remaining >= exception.months()) {
      basis = twoTermHead ? RuleId.HEAD_TENURE.id() : plannedRoleIn(i, exception.roles());
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

  /** A role among {@code roles} the cadre is planned for in a term not yet ended, or null. */
  private String plannedRoleIn(int i, Set<String> roles) {
    for (PlanningEntry entry : snapshot.planning[i]) {
      if (termOpen(entry) && roles.contains(entry.roleKey())) {
        return entry.roleKey();
      }
    }
    return null;
  }

  private boolean termOpen(PlanningEntry entry) {
    return entry.term() != null && entry.term().endYear() >= asOf.getYear();
  }

  private boolean inPlanning(int i) {
    for (PlanningEntry entry : snapshot.planning[i]) {
      if (termOpen(entry)) {
        return true;
      }
    }
    return false;
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
    int age = Period.between(cadre.birthDate().date(), asOf).getYears();
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
      for (Discipline d : snapshot.disciplines[i]) {
        if (d.form() != null
            && d.decidedOn() != null
            && d.form().compareTo(rules.disciplineMinimumForm()) >= 0
            && d.inForceOn(asOf)) {
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
    }
    if (rules.excludeFailedAssessment()) {
      int last = asOf.getYear() - 1;
      int first = asOf.getYear() - rules.failedAssessmentYears();
      List<Integer> failedYears = new ArrayList<>(0);
      for (Assessment a : snapshot.assessments[i]) {
        if (a.grade() == rules.failedGrade() && a.year() >= first && a.year() <= last) {
          failedYears.add(a.year());
        }
      }
      if (!failedYears.isEmpty()) {
        failedYears.sort(null);
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
