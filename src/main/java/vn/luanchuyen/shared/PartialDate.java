package vn.luanchuyen.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month or a year, as birth dates often are. The unknown parts are stored
 * as the first day or month (Decree 135/2020: a birth year alone counts as 1 January).
 */
public record PartialDate(LocalDate date, DatePrecision precision) {

  private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public PartialDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("a month-precision date must be the first of the month");
    }
    if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
      throw new IllegalArgumentException("a year-precision date must be 1 January");
    }
  }

  public static PartialDate ofDay(LocalDate date) {
    return new PartialDate(date, DatePrecision.DAY);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }

  /**
   * Reads {@code dd/MM/yyyy}, {@code MM/yyyy} or {@code yyyy}.
   *
   * @throws IllegalArgumentException if the text is none of these or not a real date
   */
  public static PartialDate parse(String text) {
    String s = text == null ? "" : text.strip();
    try {
      Matcher m = DAY.matcher(s);
      if (m.matches()) {
        return ofDay(
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1))));
      }
      m = MONTH.matcher(s);
      if (m.matches()) {
        return ofMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a real date: " + s, e);
    }
    throw new IllegalArgumentException("not dd/MM/yyyy, MM/yyyy or yyyy: " + s);
  }

  public YearMonth yearMonth() {
    return YearMonth.from(date);
  }

  /** The date as a user wrote it: {@code dd/MM/yyyy}, {@code MM/yyyy} or {@code yyyy}. */
  public String format() {
    // by hand: an import's audit writes it for every cadre, and a format string costs 20 times
    StringBuilder text = new StringBuilder(10);
    switch (precision) {
      case DAY -> {
        padded(text, date.getDayOfMonth(), 2).append('/');
        padded(text, date.getMonthValue(), 2).append('/');
      }
      case MONTH -> padded(text, date.getMonthValue(), 2).append('/');
      case YEAR -> {
        // the year alone
      }
    }
    return padded(text, date.getYear(), 4).toString();
  }

  /** Appends a number as {@code %0<width>d} does: zeros after the sign up to the width. */
  private static StringBuilder padded(StringBuilder text, int number, int width) {
    String digits = Integer.toString(Math.abs(number));
    if (number < 0) {
      text.append('-');
    }
    for (int length = digits.length() + (number < 0 ? 1 : 0); length < width; length++) {
      text.append('0');
    }
    return text.append(digits);
  }

  @Override
  public String toString() {
    return format();
  }
}
