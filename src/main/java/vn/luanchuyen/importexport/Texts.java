package vn.luanchuyen.importexport;

import java.time.LocalDate;
import java.time.YearMonth;

/** How dates and numbers are shown to Vietnamese users in messages and cells. */
final class Texts {

  private Texts() {}

  static String date(LocalDate date) {
    return String.format(
        "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** A date, or "nay" (now) for an open end. */
  static String end(LocalDate date) {
    return date == null ? "nay" : date(date);
  }

  static String month(YearMonth month) {
    return String.format("%02d/%04d", month.getMonthValue(), month.getYear());
  }

  /** A whole number with the Vietnamese thousands separator, e.g. 2.000. */
  static String number(long n) {
    return String.format("%,d", n).replace(',', '.');
  }
}
