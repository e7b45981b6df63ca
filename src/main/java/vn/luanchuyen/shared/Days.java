package vn.luanchuyen.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as a user reads them: dd/MM/yyyy. */
public final class Days {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Days() {}

  /** The day as dd/MM/yyyy, or an empty text for none. */
  public static String show(LocalDate day) {
    return day == null ? "" : SHOWN.format(day);
  }
}
