package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.luanchuyen.cadre.Assignment;

/**
 * A seat a cadre holds on the as-of date and the start of the unbroken run of stays in it. Stays in
 * one seat form one run when the next starts no more than the policy's gap after the previous ends
 * (days without the seat, the end and start days excluded); overlapping stays merge.
 *
 * @param position the seat's index in the snapshot
 * @param since the first day of the run, or null when uncertain and not known to be held
 * @param uncertain whether a stay in this seat has no start or ends before it starts
 */
record SeatRun(int position, LocalDate since, boolean uncertain) {

  /**
   * The run of the seat's stays ({@code from..to} in {@code stays}, sorted by start) that covers
   * {@code asOf}, or null when the seat is not held that day and no broken stay could change that.
   */
  static SeatRun find(
      int position,
      Assignment[] stays,
      boolean[] usable,
      int from,
      int to,
      LocalDate asOf,
      int maxGapDays) {
    LocalDate runStart = null;
    LocalDate runEnd = null;
    boolean open = false;
    boolean broken = false;
    for (int s = from; s < to; s++) {
      Assignment a = stays[s];
      if (!usable[s]) {
        broken |= a.startDate() == null || !a.startDate().isAfter(asOf);
        continue;
      }
      if (a.startDate().isAfter(asOf)) {
        continue;
      }
      boolean continues =
          runStart != null
              && (open || ChronoUnit.DAYS.between(runEnd, a.startDate()) - 1 <= maxGapDays);
      if (!continues) {
        runStart = a.startDate();
        runEnd = a.endDate();
        open = a.endDate() == null;
      } else if (a.endDate() == null) {
        open = true;
      } else if (!open && a.endDate().isAfter(runEnd)) {
        runEnd = a.endDate();
      }
    }
    boolean held = runStart != null && (open || !runEnd.isBefore(asOf));
    if (held) {
      return new SeatRun(position, runStart, broken);
    }
    return broken ? new SeatRun(position, null, true) : null;
  }

  long tenureMonths(LocalDate asOf) {
    return monthsBetween(since, asOf);
  }

  /**
   * Whole months from one day to another, as {@code Period.between(from, to).toTotalMonths()}
   * counts them (a month is complete on the same day of the month), without building a period.
   */
  static long monthsBetween(LocalDate from, LocalDate to) {
    long months =
        (12L * to.getYear() + to.getMonthValue()) - (12L * from.getYear() + from.getMonthValue());
    int days = to.getDayOfMonth() - from.getDayOfMonth();
    if (months > 0 && days < 0) {
      months--;
    } else if (months < 0 && days > 0) {
      months++;
    }
    return months;
  }
}
