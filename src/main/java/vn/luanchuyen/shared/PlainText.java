package vn.luanchuyen.shared;

/**
 * The one home of the rules for text that users type or upload: names, free text, file names and
 * codes.
 */
public final class PlainText {
  private PlainText() {}

  /**
   * Whether the text hides characters a reader does not see: NUL and the other control characters
   * (tab and line breaks aside), or the bidirectional embeddings, overrides and isolates (U+202A to
   * U+202E, U+2066 to U+2069) that make {@code report[U+202E]gnp.exe} show as a PNG.
   */
  public static boolean hasHiddenControls(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is a code: a letter or digit first, then letters, digits, {@code _.-/}. */
  public static boolean isCode(String text) {
    if (text == null || text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '-' && c != '/') {
        return false;
      }
    }
    return true;
  }
}
