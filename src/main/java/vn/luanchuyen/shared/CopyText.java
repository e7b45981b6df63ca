package vn.luanchuyen.shared;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} text format, written once for every bulk writer: a null
 * is {@code \N}, and the backslash and the separators (tab, line feed, carriage return) are
 * escaped.
 */
public final class CopyText {

  private CopyText() {}

  /** Where COPY's bytes go, a chunk at a time (the driver's {@code CopyIn.writeToCopy}). */
  @FunctionalInterface
  public interface Sink {
    void send(byte[] bytes, int length) throws java.sql.SQLException;
  }

  /**
   * Rows in COPY's text format, a value at a time, written as UTF-8 straight into a buffer and sent
   * to the sink in chunks of about {@code chunk} bytes, each once a row ends.
   */
  public static final class Rows {
    private final Sink sink;
    private final int chunk;
    private byte[] bytes;
    private int n;
    private boolean first = true;

    public Rows(Sink sink, int chunk) {
      this.sink = sink;
      this.chunk = chunk;
      this.bytes = new byte[chunk + 4096];
    }

    /** The next value of the row: its text ({@code toString()}), escaped; null as {@code \N}. */
    public Rows value(Object value) {
      if (!first) {
        room(1);
        bytes[n++] = '\t';
      }
      first = false;
      if (value == null) {
        room(2);
        bytes[n++] = '\\';
        bytes[n++] = 'N';
        return this;
      }
      String s = value.toString();
      room(Utf8.maxBytes(s.length()));
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        byte escape =
            switch (s.charAt(i)) {
              case '\\' -> '\\';
              case '\t' -> 't';
              case '\n' -> 'n';
              case '\r' -> 'r';
              default -> 0;
            };
        if (escape != 0) {
          // an escape takes two bytes where the char's UTF-8 takes one, within the room made
          n = Utf8.encode(s, from, i, bytes, n);
          bytes[n++] = '\\';
          bytes[n++] = escape;
          from = i + 1;
        }
      }
      n = Utf8.encode(s, from, s.length(), bytes, n);
      return this;
    }

    /** Ends the row; sends a chunk when one is full. */
    public void endRow() throws java.sql.SQLException {
      room(1);
      bytes[n++] = '\n';
      first = true;
      if (n >= chunk) {
        flush();
      }
    }

    /** Sends what is left. */
    public void flush() throws java.sql.SQLException {
      if (n > 0) {
        sink.send(bytes, n);
        n = 0;
      }
    }

    /** Makes room for {@code more} bytes; a value longer than a chunk grows the buffer. */
    private void room(int more) {
      if (n + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(n + more, 2 * bytes.length));
      }
    }
  }
}
