package vn.luanchuyen.approval;

import java.util.List;
import vn.luanchuyen.shared.Reason;

/**
 * An action the procedure does not allow, for one or more {@linkplain #reasons() reasons} (codes
 * and facts). Its message is the reasons in Vietnamese; {@link ApprovalMessages} renders them in
 * the reader's language.
 */
public class ApprovalRefused extends RuntimeException {

  private final transient List<Reason> reasons;

  /** Refused for every one of the reasons (at least one). */
  public ApprovalRefused(List<Reason> reasons) {
    super(ApprovalMessages.render(reasons, ApprovalMessages.VIETNAMESE));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs a reason");
    }
    this.reasons = List.copyOf(reasons);
  }

  public ApprovalRefused(Reason reason) {
    this(List.of(reason));
  }

  /** The reasons, each with its code (at least one). */
  public List<Reason> reasons() {
    return reasons;
  }
}
