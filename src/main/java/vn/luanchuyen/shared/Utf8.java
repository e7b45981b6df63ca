package vn.luanchuyen.shared;

/**
 * UTF-8 by hand, for the bulk paths (COPY's text, the seals' digests): the JDK's encoder is slow on
 * strings that are not Latin-1, which Vietnamese text never is. A lone surrogate becomes {@code ?},
 * as the JDK's encoder makes it.
 */
public final class Utf8 {

  private Utf8() {}

  /** The most bytes {@code chars} chars can take. */
  public static int maxBytes(int chars) {
    return 3 * chars;
  }

  /**
   * Encodes the chars {@code from} to {@code to} of the text into the buffer at {@code offset},
   * which has room for {@link #maxBytes} of them.
   *
   * @return the offset after the last byte written
   */
  public static int encode(CharSequence text, int from, int to, byte[] buffer, int offset) {
    int n = offset;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        buffer[n++] = (byte) c;
      } else if (c < 0x800) {
        buffer[n++] = (byte) (0xC0 | (c >> 6));
        buffer[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        buffer[n++] = (byte) (0xE0 | (c >> 12));
        buffer[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buffer[n++] = (byte) (0xF0 | (cp >> 18));
        buffer[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[n++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        buffer[n++] = '?';
      }
    }
    return n;
  }
}
