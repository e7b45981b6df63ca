package vn.luanchuyen.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A term (nhiệm kỳ) such as 2025–2030, written {@code 2025-2030}. */
public record Term(int startYear, int endYear) {
  private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

  public Term {
    if (endYear <= startYear) {
      throw new IllegalArgumentException(
          "a term ends after it starts: " + startYear + "-" + endYear);
    }
  }

  /**
   * Reads {@code 2025-2030}.
   *
   * @throws IllegalArgumentException if the text is not two years with the second later
   */
  public static Term parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a term yyyy-yyyy: " + text);
    }
    return new Term(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public String code() {
    return startYear + "-" + endYear;
  }

  @Override
  public String toString() {
    return code();
  }
}
