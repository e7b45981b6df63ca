package vn.luanchuyen.demo;

import java.time.LocalDate;
import vn.luanchuyen.shared.PartialDate;

/**
 * Shared date instances. The generator works in epoch days and turns them into dates here, so a
 * million cadres share a few tens of thousands of {@link LocalDate} and {@link PartialDate} objects
 * instead of holding one each.
 */
final class Days {

  private static final int FIRST = (int) LocalDate.of(1955, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2035, 12, 31).toEpochDay();
  private static final LocalDate[] DATES = new LocalDate[LAST - FIRST + 1];
  private static final PartialDate[] BIRTH_DAYS = new PartialDate[LAST - FIRST + 1];

  static {
    for (int i = 0; i < DATES.length; i++) {
      DATES[i] = LocalDate.ofEpochDay(FIRST + (long) i);
    }
  }

  private Days() {}

  static int of(LocalDate date) {
    return (int) date.toEpochDay();
  }

  static int of(int year, int month, int day) {
    return (int) LocalDate.of(year, month, day).toEpochDay();
  }

  static LocalDate date(int epochDay) {
    int i = epochDay - FIRST;
    return i >= 0 && i < DATES.length ? DATES[i] : LocalDate.ofEpochDay(epochDay);
  }

  /** The shared instance of a date. */
  static LocalDate date(LocalDate date) {
    return date(of(date));
  }

  /** A day-precision birth date, shared between cadres born on the same day. */
  static PartialDate birthDay(int epochDay) {
    int i = epochDay - FIRST;
    if (i < 0 || i >= BIRTH_DAYS.length) {
      return PartialDate.ofDay(LocalDate.ofEpochDay(epochDay));
    }
    PartialDate cached = BIRTH_DAYS[i];
    if (cached == null) {
      cached = PartialDate.ofDay(DATES[i]);
      BIRTH_DAYS[i] = cached;
    }
    return cached;
  }
}
