package vn.luanchuyen.screening;

import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.policy.Retirement;

/**
 * The cadre a screening is at: what every rule reads (the snapshot index, retirement, remaining
 * working time and the seats held on the as-of date) and what an earlier rule tells a later one (a
 * head or deputy who must move). One per thread, reused cadre after cadre.
 */
final class Screened {
  int index;
  Retirement retirement;

  /** Months of working time left at the as-of month; negative past retirement; null unknown. */
  Integer remaining;

  /** The seats held on the as-of date, each with the start of its unbroken run. */
  final List<SeatRun> seats = new ArrayList<>(4);

  /** The codes of unknown seats that may be held on the as-of date. */
  List<String> unknownSeats = List.of();

  /** Set by {@link HeadTenure}: a head who has held one post for two terms must move. */
  boolean twoTermHead;

  /** Set by {@link DeputyTenure}: a deputy who has held one post long enough must move. */
  boolean mustMoveDeputy;

  /** Starts on the next cadre. */
  void reset(int index, Retirement retirement, Integer remaining) {
    this.index = index;
    this.retirement = retirement;
    this.remaining = remaining;
    seats.clear();
    unknownSeats = List.of();
    twoTermHead = false;
    mustMoveDeputy = false;
  }

  boolean pastRetirementHoldingSeat() {
    return remaining != null && remaining < 0 && !seats.isEmpty();
  }
}
