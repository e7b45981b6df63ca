package vn.luanchuyen.shared;

/**
 * Thrown when a record was changed by someone else since the caller read it (optimistic locking):
 * the caller's version no longer matches the stored one.
 */
public class ConcurrentEditException extends RuntimeException {
  private final String record;

  public ConcurrentEditException(String record) {
    super("record " + record + " was changed by someone else");
    this.record = record;
  }

  public String record() {
    return record;
  }
}
