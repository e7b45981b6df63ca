package vn.luanchuyen.shared;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} text format, written once for every bulk writer: a null
 * is {@code \N}, and the backslash and the separators (tab, line feed, carriage return) are
 * escaped.
 */
public final class CopyText {

  private CopyText() {}

  /** Appends the value's text (its {@code toString()}), escaped; null as {@code \N}. */
  public static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }
}
