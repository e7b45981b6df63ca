package vn.luanchuyen.screening;

import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.policy.Policy.Eligibility;
import vn.luanchuyen.policy.RuleId;

/**
 * Quy định 65-QĐ/TW and 50-QĐ/TW: a rotated cadre is in planning; discipline at reprimand or above
 * in force, or a failed year recently, rules the cadre out. Every failed check is reported. The
 * conditions themselves are {@link LegalForms}'s, which the planner asks too.
 */
final class RotationEligibility implements ScreeningRule {

  private final RuleContext context;
  private final Eligibility rules;
  private final Verdict allChecksPassed;

  RotationEligibility(RuleContext context) {
    this.context = context;
    this.rules = context.policy().eligibility();
    this.allChecksPassed =
        Verdict.of(
            RuleId.ELIGIBILITY,
            Outcome.ELIGIBLE,
            "eligibility-met",
            "eligibility.met",
            Facts.of("checks", enabledChecks(rules)));
  }

  /** Whether the policy checks anything at all. */
  static boolean checksAnything(Eligibility rules) {
    return !enabledChecks(rules).isEmpty();
  }

  @Override
  public void apply(Screened cadre, Verdicts out) {
    RegistrySnapshot snapshot = context.snapshot();
    LegalForms forms = context.forms();
    int i = cadre.index;
    boolean failed = false;
    if (rules.requirePlanning() && !context.inPlanning(i)) {
      failed = true;
      if (out.note(RuleId.ELIGIBILITY, Outcome.NOT_ELIGIBLE)) {
        out.explain(
            "eligibility-not-planned",
            "eligibility.notPlanned",
            Facts.of("check", EligibilityCheck.PLANNING, "asOf", context.asOf()));
      }
    }
    if (rules.excludeDiscipline() && snapshot.disciplineFrom[i + 1] > snapshot.disciplineFrom[i]) {
      for (Discipline d : forms.barringDisciplines(snapshot.disciplinesOf(i), context.asOf())) {
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
      failed = true;
      if (out.note(RuleId.ELIGIBILITY, Outcome.NOT_ELIGIBLE)) {
        List<Integer> failedYears = forms.failedYears(snapshot.assessmentsOf(i), context.asOf());
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
    if (!failed) {
      out.add(allChecksPassed);
    }
  }

  /** Whether a year's assessment rules the cadre out ({@link LegalForms#failedYear}). */
  private boolean failedAYear(int i) {
    RegistrySnapshot snapshot = context.snapshot();
    for (int k = snapshot.assessmentFrom[i]; k < snapshot.assessmentFrom[i + 1]; k++) {
      if (context
          .forms()
          .failedYear(snapshot.assessmentYear[k], snapshot.assessmentGrade(k), context.asOf())) {
        return true;
      }
    }
    return false;
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
}
