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

  /** Where COPY's bytes go, a chunk at a time (the driver's {@code CopyIn.writeToCopy}). */
  @FunctionalInterface
  public interface Sink {
    void send(byte[] bytes, int length) throws java.sql.SQLException;
  }

  /**
   * Rows in COPY's text format, a value at a time, sent to the sink in chunks of about {@code
   * chunk} chars as UTF-8.
   */
  public static final class Rows {
    private final Sink sink;
    private final int chunk;
    private final StringBuilder text;
    private byte[] bytes = new byte[0];
    private boolean first = true;

    public Rows(Sink sink, int chunk) {
      this.sink = sink;
      this.chunk = chunk;
      this.text = new StringBuilder(chunk + 4096);
    }

    /** The next value of the row. */
    public Rows value(Object value) {
      if (!first) {
        text.append('\t');
      }
      first = false;
      append(text, value);
      return this;
    }

    /** Ends the row; sends a chunk when one is full. */
    public void endRow() throws java.sql.SQLException {
      text.append('\n');
      first = true;
      if (text.length() >= chunk) {
        flush();
      }
    }

    /** Sends what is left. */
    public void flush() throws java.sql.SQLException {
      int need = Utf8.maxBytes(text.length());
      if (bytes.length < need) {
        bytes = new byte[need];
      }
      int n = Utf8.encode(text, 0, text.length(), bytes, 0);
      sink.send(bytes, n);
      text.setLength(0);
    }
  }
}
