package vn.luanchuyen.approval;

import java.util.List;
import vn.luanchuyen.shared.Reason;

/**
 * An action the procedure does not allow. Its message is the Vietnamese reason a user reads; when
 * it carries {@linkplain #reasons() reasons} (codes and facts), the message is rendered from them
 * and {@link ApprovalMessages} renders them in another language.
 */
public class ApprovalRefused extends RuntimeException {

  private final transient List<Reason> reasons;

  public ApprovalRefused(String message) {
    super(message);
    this.reasons = List.of();
  }

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

  /** The reasons, each with its code; empty for a refusal given as a sentence. */
  public List<Reason> reasons() {
    return reasons;
  }
}
