package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.Category;
import vn.luanchuyen.policy.Policy.Destination;
import vn.luanchuyen.policy.Policy.Eligibility;
import vn.luanchuyen.policy.Policy.FormRule;
import vn.luanchuyen.policy.Policy.RemainingTimeException;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The one home of the rules of a single move under a policy, as of the move date: which legal form
 * a move takes (rotation, transfer, position change, in the policy's order), the conditions of each
 * form on the cadre and on the move, the remaining working time with its exception, the retirement
 * floor, being in planning, being young and standing (discipline, failed years). Screening, the
 * planner's constraints, its flow relaxation and its schedule builder all call these methods; none
 * computes them again. Plain Java, thread-safe (it only reads).
 */
public final class LegalForms {

  /**
   * A cadre as the form conditions see them.
   *
   * @param category why the cadre is a candidate
   * @param plannedRoles the roles of the cadre's open planning entries (empty: not in planning)
   * @param remainingMonths months to retirement at the move date, or null when unknown
   * @param twoTermHead a head who must move for the head-tenure rule
   * @param standingBarred a discipline in force or a failed year rules the cadre out of rotation
   */
  public record Mover(
      Category category,
      Set<String> plannedRoles,
      Integer remainingMonths,
      boolean twoTermHead,
      boolean standingBarred) {
    public Mover {
      plannedRoles = Set.copyOf(plannedRoles);
    }

    public boolean inPlanning() {
      return !plannedRoles.isEmpty();
    }
  }

  /**
   * A seat as the move conditions see it.
   *
   * @param grade the policy's grade of the role at the unit's level; equal grades are equivalent
   */
  public record Post(String unitCode, String levelCode, Block block, String roleKey, int grade) {}

  /** Why one form does not fit a cadre or a move: a code and the facts for its message. */
  public record Refusal(AssignmentForm form, String code) {}

  private final Policy policy;
  private final List<FormRule> forms;
  private final boolean timeInForce;
  private final Integer requiredMonths;
  private final RemainingTimeException exception;
  private final int maxPromotion;

  public LegalForms(Policy policy, LocalDate moveDate) {
    this.policy = policy;
    this.forms = policy.forms().enabled();
    this.timeInForce = policy.ruleInForce(RuleId.REMAINING_TIME, moveDate);
    this.requiredMonths = policy.thresholds().remainingTimeMonths();
    RemainingTimeException e = policy.thresholds().remainingTimeException();
    this.exception = e != null && e.enabled() ? e : null;
    this.maxPromotion = forms.stream().anyMatch(FormRule::promotion) ? 1 : 0;
  }

  public Policy policy() {
    return policy;
  }

  /** The enabled forms, in the policy's order of preference. */
  public List<FormRule> forms() {
    return forms;
  }

  /** How many grades up any form allows (0 or 1). */
  public int maxPromotion() {
    return maxPromotion;
  }

  /** The months of working time a rotation needs, or null when the rule is not in force. */
  public Integer requiredMonths() {
    return timeInForce ? requiredMonths : null;
  }

  /** The shorter time of the exception, or null when it is off or the rule is not in force. */
  public Integer exceptionMonths() {
    return timeInForce && exception != null ? exception.months() : null;
  }

  /** The roles whose posts the exception names. */
  public Set<String> exceptionRoles() {
    return exception == null ? Set.of() : exception.roles();
  }

  // ---- the rules of a cadre ----

  /** The roles of the entries open on the day (see {@link SuccessionEntry#openOn}). */
  public static Set<String> plannedRoles(List<SuccessionEntry> entries, LocalDate day) {
    Set<String> roles = new HashSet<>();
    for (SuccessionEntry e : entries) {
      if (e.openOn(day)) {
        roles.add(e.roleKey());
      }
    }
    return roles;
  }

  /** Whether the cadre has an entry open on the day. */
  public static boolean inPlanning(List<SuccessionEntry> entries, LocalDate day) {
    for (SuccessionEntry e : entries) {
      if (e.openOn(day)) {
        return true;
      }
    }
    return false;
  }

  /** Whole years of age on the day, or null when the birth date is unknown. */
  public static Integer ageYears(Cadre cadre, LocalDate day) {
    return cadre.birthDate() == null
        ? null
        : (int) (SeatRun.monthsBetween(cadre.birthDate().date(), day) / 12);
  }

  /** Younger than the policy's young age on the day; false when unknown or the rule has no age. */
  public boolean young(Cadre cadre, LocalDate day) {
    Integer young = policy.thresholds().youngAgeYears();
    Integer age = ageYears(cadre, day);
    return young != null && age != null && age < young;
  }

  /**
   * The disciplines in force on the day that rule a cadre out, as the eligibility section says
   * (none when the check is off).
   */
  public List<Discipline> barringDisciplines(List<Discipline> disciplines, LocalDate day) {
    Eligibility rules = policy.eligibility();
    if (!rules.excludeDiscipline()) {
      return List.of();
    }
    List<Discipline> out = new ArrayList<>(0);
    for (Discipline d : disciplines) {
      if (d.form() != null
          && d.decidedOn() != null
          && d.form().compareTo(rules.disciplineMinimumForm()) >= 0
          && d.inForceOn(day)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The years before the day's year, within the eligibility section's look-back, graded failed
   * (none when the check is off), in order.
   */
  public List<Integer> failedYears(List<Assessment> assessments, LocalDate day) {
    Eligibility rules = policy.eligibility();
    if (!rules.excludeFailedAssessment()) {
      return List.of();
    }
    List<Integer> years = new ArrayList<>(0);
    for (Assessment a : assessments) {
      if (failedYear(a.year(), a.grade(), day)) {
        years.add(a.year());
      }
    }
    years.sort(null);
    return years;
  }

  /**
   * Whether a year's assessment rules the cadre out on the day: the failed grade, in a year before
   * the day's year and within the look-back. False when the check is off.
   */
  public boolean failedYear(int year, AssessmentGrade grade, LocalDate day) {
    Eligibility rules = policy.eligibility();
    return rules.excludeFailedAssessment()
        && grade == rules.failedGrade()
        && year >= day.getYear() - rules.failedAssessmentYears()
        && year <= day.getYear() - 1;
  }

  /**
   * Quy định 65-QĐ/TW: a rotated cadre has the policy's remaining working time (2 terms) at the
   * move date; under the older exception, one term is enough for a two-term head who must move or
   * for a move into a post the non-local policy names. True when the rule is not in force; false
   * when the time is unknown.
   *
   * @param destinationRole the role of the post the cadre moves to, or null when not known
   */
  public boolean enoughWorkingTime(Integer remaining, boolean twoTermHead, String destinationRole) {
    if (!timeInForce) {
      return true;
    }
    if (remaining == null) {
      return false;
    }
    if (remaining >= requiredMonths) {
      return true;
    }
    return exception != null
        && remaining >= exception.months()
        && (twoTermHead
            || (destinationRole != null && exception.roles().contains(destinationRole)));
  }

  /** Whether the cadre's time to retirement at the move date is within the retirement floor. */
  public boolean retiring(Integer remainingMonths) {
    return policy.thresholds().withinRetirementFloor(remainingMonths);
  }

  // ---- the forms ----

  /**
   * The form a move takes: the first enabled form, in the policy's order, whose conditions the
   * cadre and the move meet; null when none does (the move is not lawful).
   */
  public AssignmentForm formOf(Mover m, Post from, Post to) {
    for (FormRule f : forms) {
      if (cadreFits(f, m, to.roleKey()) && moveFits(f, m, from, to)) {
        return f.form();
      }
    }
    return null;
  }

  /** The refusals of every enabled form for a move, in the policy's order (empty: all fit). */
  public List<Refusal> refusals(Mover m, Post from, Post to) {
    List<Refusal> out = new ArrayList<>();
    for (FormRule f : forms) {
      out.addAll(cadreRefusals(f, m, to.roleKey()));
      out.addAll(moveRefusals(f, m, from, to));
    }
    return out;
  }

  /**
   * Why each enabled form can or cannot move the cadre, whatever the destination: for the
   * remaining-time exception, the best destination for the cadre (a role they are planned for that
   * the exception names).
   *
   * @return per form in the policy's order, its refusals (empty: the form is open)
   */
  public Map<AssignmentForm, List<Refusal>> cadreForms(Mover m) {
    Map<AssignmentForm, List<Refusal>> out = new java.util.LinkedHashMap<>();
    String bestRole = null;
    for (String role : m.plannedRoles()) {
      if (exceptionRoles().contains(role)) {
        bestRole = role;
        break;
      }
    }
    for (FormRule f : forms) {
      out.put(f.form(), cadreRefusals(f, m, bestRole));
    }
    return out;
  }

  /** Whether the cadre meets the form's conditions on the cadre, for a move into the role. */
  public boolean cadreFits(FormRule f, Mover m, String destinationRole) {
    return f.appliesTo().contains(m.category())
        && (!f.requirePlanning() || m.inPlanning())
        && (!f.requireStanding() || !m.standingBarred())
        && (!f.requireRemainingTime()
            || enoughWorkingTime(m.remainingMonths(), m.twoTermHead(), destinationRole));
  }

  /** Every condition on the cadre the form's move into the role breaks, in a fixed order. */
  public List<Refusal> cadreRefusals(FormRule f, Mover m, String destinationRole) {
    List<Refusal> out = new ArrayList<>(0);
    if (!f.appliesTo().contains(m.category())) {
      out.add(new Refusal(f.form(), "category"));
    }
    if (f.requirePlanning() && !m.inPlanning()) {
      out.add(new Refusal(f.form(), "not-planned"));
    }
    if (f.requireRemainingTime()
        && !enoughWorkingTime(m.remainingMonths(), m.twoTermHead(), destinationRole)) {
      out.add(
          new Refusal(
              f.form(),
              m.remainingMonths() == null
                  ? "remaining-unknown"
                  : exceptionMonths() != null ? "remaining-short-exception" : "remaining-short"));
    }
    if (f.requireStanding() && m.standingBarred()) {
      out.add(new Refusal(f.form(), "standing"));
    }
    return out;
  }

  /** Whether the move meets the form's conditions on the move (destination, grade, level, role). */
  public boolean moveFits(FormRule f, Mover m, Post from, Post to) {
    return !samePost(from, to)
        && destinationFits(f, from, to)
        && gradeFits(f, m, from, to)
        && (f.levels().isEmpty() || f.levels().contains(to.levelCode()))
        && (f.roles().isEmpty() || f.roles().contains(to.roleKey()));
  }

  /** The same role in the same unit: not a change of post. */
  private static boolean samePost(Post from, Post to) {
    return from.unitCode().equals(to.unitCode()) && from.roleKey().equals(to.roleKey());
  }

  /** Every condition on the move the form breaks, in a fixed order. */
  public List<Refusal> moveRefusals(FormRule f, Mover m, Post from, Post to) {
    List<Refusal> out = new ArrayList<>(0);
    if (samePost(from, to)) {
      out.add(new Refusal(f.form(), "same-post"));
    }
    if (!destinationFits(f, from, to)) {
      out.add(new Refusal(f.form(), "destination"));
    }
    if (!gradeFits(f, m, from, to)) {
      out.add(new Refusal(f.form(), to.grade() > from.grade() ? "promotion" : "grade"));
    }
    if (!f.levels().isEmpty() && !f.levels().contains(to.levelCode())) {
      out.add(new Refusal(f.form(), "level"));
    }
    if (!f.roles().isEmpty() && !f.roles().contains(to.roleKey())) {
      out.add(new Refusal(f.form(), "role"));
    }
    return out;
  }

  private static boolean destinationFits(FormRule f, Post from, Post to) {
    boolean sameUnit = from.unitCode().equals(to.unitCode());
    if (sameUnit) {
      return f.destinations().contains(Destination.SAME_UNIT);
    }
    if (f.destinations().contains(Destination.OTHER_UNIT)) {
      return true;
    }
    return f.destinations().contains(Destination.SAME_SECTOR)
        && from.block() != null
        && from.block() == to.block()
        && from.levelCode() != null
        && from.levelCode().equals(to.levelCode());
  }

  /** An equivalent post; one grade up only where the form allows it, for a cadre planned for it. */
  private static boolean gradeFits(FormRule f, Mover m, Post from, Post to) {
    return to.grade() == from.grade()
        || (f.promotion()
            && to.grade() == from.grade() + 1
            && m.plannedRoles().contains(to.roleKey()));
  }

  /**
   * A cadre who must move leaves the unit (the tenure rules count time "in the same locality or
   * unit"): a move of such a cadre within the unit is not the move the rules ask for.
   */
  public static boolean staysInUnitThoughMustMove(Mover m, Post from, Post to) {
    return mustMove(m.category()) && from.unitCode().equals(to.unitCode());
  }

  /** Whether the category is one of the must-move rules. */
  public static boolean mustMove(Category c) {
    return c == Category.HEAD_TENURE || c == Category.DEPUTY_TENURE;
  }

  // ---- reasons a user reads (codes and facts; rendered from the screening bundle) ----

  /** The facts the form messages read: time left, the thresholds, the form's own limits. */
  private Map<String, Object> facts(AssignmentForm form, Mover m) {
    FormRule rule = policy.forms().rule(form).orElse(null);
    return Facts.of(
        "form",
        form,
        "remainingMonths",
        m.remainingMonths() == null ? null : Facts.number(m.remainingMonths()),
        "thresholdMonths",
        requiredMonths(),
        "exceptionMonths",
        exceptionMonths(),
        "floorMonths",
        policy.thresholds().retirementFloorMonths(),
        "destinations",
        rule == null ? null : List.copyOf(rule.destinations()),
        "levels",
        rule == null || rule.levels().isEmpty() ? null : List.copyOf(rule.levels()),
        "roles",
        rule == null || rule.roles().isEmpty() ? null : List.copyOf(rule.roles()),
        "basis",
        rule == null ? null : rule.basis());
  }

  /**
   * Why a form does not fit, for a user: "luân chuyển: không trong quy hoạch; còn 53 tháng công
   * tác, chưa đủ 10 năm".
   *
   * @param codes refusal codes of the form ({@code move-form.refusal.<code>} in the bundle),
   *     including the plan's {@code no-equivalent-seat}, {@code local-or-return} and {@code
   *     seats-taken}
   */
  public Reason formRefused(AssignmentForm form, Mover m, List<String> codes) {
    Map<String, Object> facts = new java.util.LinkedHashMap<>(facts(form, m));
    facts.put("refusals", List.copyOf(codes));
    return new Reason("move-form-refused", "move-form.refused", facts);
  }

  /**
   * The grounds of the form a move takes: the form's conditions the cadre and the move meet, and
   * for each form the policy prefers before it, why that one does not fit.
   */
  public Reason grounds(Mover m, Post from, Post to) {
    AssignmentForm form = formOf(m, from, to);
    if (form == null) {
      List<Reason> all = new ArrayList<>();
      for (FormRule f : forms) {
        all.add(formRefused(f.form(), m, codes(f, m, from, to)));
      }
      return new Reason("move-form-none", "move-form.none", Facts.of("forms", all));
    }
    String key =
        switch (form) {
          case LUAN_CHUYEN -> to.grade() > from.grade() ? "promotion" : "equivalent";
          case CHUYEN_DOI -> from.unitCode().equals(to.unitCode()) ? "sameUnit" : "sameSector";
          default -> "otherUnit";
        };
    Map<String, Object> facts = new java.util.LinkedHashMap<>(facts(form, m));
    List<Reason> earlier = new ArrayList<>();
    for (FormRule f : forms) {
      if (f.form() == form) {
        break;
      }
      earlier.add(formRefused(f.form(), m, codes(f, m, from, to)));
    }
    Reason chosen =
        new Reason(
            "move-form-" + form.name(), "move-form.grounds." + form.name() + "." + key, facts);
    if (earlier.isEmpty()) {
      return chosen;
    }
    return new Reason(
        "move-form-" + form.name(),
        "move-form.groundsAfter",
        Facts.of("grounds", chosen, "earlier", earlier));
  }

  private List<String> codes(FormRule f, Mover m, Post from, Post to) {
    List<String> codes = new ArrayList<>();
    cadreRefusals(f, m, to.roleKey()).forEach(r -> codes.add(r.code()));
    moveRefusals(f, m, from, to).forEach(r -> codes.add(r.code()));
    return codes;
  }
}
