package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
public record SeatRun(int position, LocalDate since, boolean uncertain) {

  private static final Comparator<Assignment> BY_START =
      Comparator.comparing(Assignment::startDate, Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * The first day of the unbroken run of a cadre's stays in one seat that covers {@code day}, by
   * the rule screening counts tenure with: for readers outside screening, such as the quality
   * report's years in post. Empty when the seat is not held that day. A stay without a start, or
   * ending before it starts, joins no run.
   *
   * @param staysInSeat one cadre's stays in one seat, in any order
   * @param maxGapDays the policy's longest break that does not end a run
   */
  public static Optional<LocalDate> runStart(
      List<Assignment> staysInSeat, LocalDate day, int maxGapDays) {
    Assignment[] stays = staysInSeat.toArray(Assignment[]::new);
    java.util.Arrays.sort(stays, BY_START);
    int[] start = new int[stays.length];
    int[] end = new int[stays.length];
    boolean[] usable = new boolean[stays.length];
    for (int s = 0; s < stays.length; s++) {
      Assignment a = stays[s];
      start[s] = RegistrySnapshot.day(a.startDate(), RegistrySnapshot.NO_DAY);
      end[s] = RegistrySnapshot.day(a.endDate(), RegistrySnapshot.OPEN);
      usable[s] =
          a.startDate() != null && (a.endDate() == null || !a.endDate().isBefore(a.startDate()));
    }
    SeatRun run =
        find(0, start, end, usable, 0, stays.length, RegistrySnapshot.day(day, 0), maxGapDays);
    return run == null ? Optional.empty() : Optional.ofNullable(run.since());
  }

  /** Whole months in post from the run's first day to {@code day}, as screening counts tenure. */
  public static long tenureMonths(LocalDate since, LocalDate day) {
    return monthsBetween(since, day);
  }

  /**
   * The run of the seat's stays ({@code from..to}, sorted by start; their first and last days as
   * {@link RegistrySnapshot#day} numbers) that covers the day {@code asOf}, or null when the seat
   * is not held that day and no broken stay could change that.
   */
  static SeatRun find(
      int position,
      int[] start,
      int[] end,
      boolean[] usable,
      int from,
      int to,
      int asOf,
      int maxGapDays) {
    int runStart = 0;
    int runEnd = 0;
    boolean started = false;
    boolean open = false;
    boolean broken = false;
    for (int s = from; s < to; s++) {
      if (!usable[s]) {
        // an unknown start is NO_DAY, before every day
        broken |= start[s] <= asOf;
        continue;
      }
      if (start[s] > asOf) {
        continue;
      }
      boolean continues = started && (open || (long) start[s] - runEnd - 1 <= maxGapDays);
      if (!continues) {
        started = true;
        runStart = start[s];
        runEnd = end[s];
        open = end[s] == RegistrySnapshot.OPEN;
      } else if (end[s] == RegistrySnapshot.OPEN) {
        open = true;
      } else if (!open && end[s] > runEnd) {
        runEnd = end[s];
      }
    }
    boolean held = started && (open || runEnd >= asOf);
    if (held) {
      return new SeatRun(position, LocalDate.ofEpochDay(runStart), broken);
    }
    return broken ? new SeatRun(position, null, true) : null;
  }

  long tenureMonths(LocalDate asOf) {
    return tenureMonths(since, asOf);
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
