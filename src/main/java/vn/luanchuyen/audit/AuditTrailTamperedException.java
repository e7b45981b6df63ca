package vn.luanchuyen.audit;

/**
 * The trail in the database is not the one this installation signed: its head's signature does not
 * verify, so no entry is appended to it until someone has looked ({@code audit verify}).
 */
public class AuditTrailTamperedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public AuditTrailTamperedException(String message) {
    super(message);
  }
}
