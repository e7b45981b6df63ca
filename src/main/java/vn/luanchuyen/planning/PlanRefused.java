package vn.luanchuyen.planning;

import java.util.Locale;
import vn.luanchuyen.shared.Reason;

/**
 * An action on a plan that its state does not allow (e.g. saving a plan still being solved). It
 * carries a reason with its code, under {@code plans.refused.<code>} in {@code i18n/planning}; the
 * page and the API word it in the reader's language, its message is the Vietnamese sentence.
 */
public class PlanRefused extends RuntimeException {

  private final transient Reason reason;

  PlanRefused(Reason reason) {
    super(PlanningMessages.render(reason.messageKey(), reason.args()));
    this.reason = reason;
  }

  /** A refusal of this module with its code and named facts ({@code name, value, …}). */
  static PlanRefused because(String code, Object... namesAndValues) {
    return new PlanRefused(PlanningMessages.refusal(code, namesAndValues));
  }

  /** The plan of a solve is not there yet: the solve is still running. */
  public static PlanRefused notSolved(String run) {
    return because("run.not-solved", "run", run);
  }

  public Reason reason() {
    return reason;
  }

  /** The reason's code, e.g. {@code run.not-solved}. */
  public String code() {
    return reason.code();
  }

  /** The refusal in the reader's language. */
  public String wording(Locale locale) {
    return PlanningMessages.render(reason.messageKey(), reason.args(), locale);
  }
}
