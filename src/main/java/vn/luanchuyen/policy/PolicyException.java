package vn.luanchuyen.policy;

import java.util.Locale;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * A policy file that cannot be used: unreadable, a field missing or of the wrong type, a negative
 * threshold, an unknown rule id, a range that ends before it starts. The message is Vietnamese and
 * names the field, e.g. {@code thresholds.headTenureMonths}.
 */
public class PolicyException extends RuntimeException {

  private final String field;
  private final transient Reason reason;

  public PolicyException(String field, Reason reason) {
    super(PolicyMessages.render(reason, MessageRenderer.VIETNAMESE));
    this.field = field;
    this.reason = reason;
  }

  /** The dotted path of the offending field, e.g. {@code targets[1].goal}; empty for the file. */
  public String field() {
    return field;
  }

  public Reason reason() {
    return reason;
  }

  /** The message in another language. */
  public String getMessage(Locale locale) {
    return PolicyMessages.render(reason, locale);
  }
}
