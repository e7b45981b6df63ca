package vn.luanchuyen.reporting;

/** A document or a template refused, with the reason in Vietnamese. */
public class DocumentRefused extends RuntimeException {
  public DocumentRefused(String message) {
    super(message);
  }
}
