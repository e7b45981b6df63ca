package vn.luanchuyen.approval;

/** An action the procedure does not allow, with the Vietnamese reason a user reads. */
public class ApprovalRefused extends RuntimeException {
  public ApprovalRefused(String message) {
    super(message);
  }
}
