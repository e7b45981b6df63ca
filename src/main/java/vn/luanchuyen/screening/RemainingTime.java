package vn.luanchuyen.screening;

import vn.luanchuyen.policy.Policy.RemainingTimeException;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Quy định 65-QĐ/TW: a rotated cadre has at least the policy's remaining time (10 years) of working
 * time left from the date of rotation; when the policy keeps the older exception, one term is
 * enough for a move under the two-term-head or non-local policy ({@link
 * LegalForms#enoughWorkingTime}, the one home of that exception). Runs after {@link HeadTenure}.
 */
final class RemainingTime implements ScreeningRule {

  private final RuleContext context;
  private final int threshold;

  RemainingTime(RuleContext context) {
    this.context = context;
    this.threshold = context.policy().thresholds().remainingTimeMonths();
  }

  @Override
  public void apply(Screened cadre, Verdicts out) {
    Retirement retirement = cadre.retirement;
    Integer remaining = cadre.remaining;
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
            Facts.of(facts(retirement, remaining)));
      }
      return;
    }
    RemainingTimeException exception = context.policy().thresholds().remainingTimeException();
    LegalForms forms = context.forms();
    String basis = null;
    if (cadre.twoTermHead && forms.enoughWorkingTime(remaining, true, null)) {
      basis = RuleId.HEAD_TENURE.id();
    } else {
      for (String role : exception.roles()) {
        if (plannedFor(cadre.index, role) && forms.enoughWorkingTime(remaining, false, role)) {
          basis = role;
          break;
        }
      }
    }
    if (basis != null) {
      if (out.note(RuleId.REMAINING_TIME, Outcome.ELIGIBLE)) {
        out.explain(
            "remaining-time-exception",
            cadre.twoTermHead ? "remaining-time.exceptionHead" : "remaining-time.exceptionRole",
            Facts.of(
                TenureRule.append(
                    facts(retirement, remaining),
                    "exceptionMonths",
                    exception.months(),
                    "exceptionBasis",
                    basis)));
      }
      return;
    }
    if (out.note(RuleId.REMAINING_TIME, Outcome.NOT_ELIGIBLE)) {
      out.explain(
          "remaining-time-short", "remaining-time.short", Facts.of(facts(retirement, remaining)));
    }
  }

  /** The facts every remaining-time verdict with a known retirement gives. */
  private Object[] facts(Retirement retirement, Integer remaining) {
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

  /** Whether the cadre has an open planning entry ({@link SuccessionEntry#openOn}) for the role. */
  private boolean plannedFor(int i, String role) {
    RegistrySnapshot snapshot = context.snapshot();
    for (int k = snapshot.planningFrom[i]; k < snapshot.planningFrom[i + 1]; k++) {
      SuccessionEntry entry = snapshot.planning[k];
      if (entry.openOn(context.asOf()) && role.equals(entry.roleKey())) {
        return true;
      }
    }
    return false;
  }
}
