package vn.luanchuyen.security;

import java.util.List;
import vn.luanchuyen.shared.Reason;

/** A new password breaks one or more of the {@link PasswordRules}; the message is Vietnamese. */
public class WeakPasswordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Reason> reasons;

  WeakPasswordException(List<Reason> reasons, String message) {
    super(message);
    this.reasons = List.copyOf(reasons);
  }

  /** Every rule the password broke. */
  public List<Reason> reasons() {
    return reasons;
  }
}
