package vn.luanchuyen.shared;

/** Thrown when a record asked for by its code does not exist. */
public class NotFoundException extends RuntimeException {
  private final String kind;
  private final String code;

  public NotFoundException(String kind, String code) {
    super(kind + " " + code + " not found");
    this.kind = kind;
    this.code = code;
  }

  public String kind() {
    return kind;
  }

  public String code() {
    return code;
  }
}
