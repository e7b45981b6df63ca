package vn.luanchuyen.demo;

import java.util.Arrays;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;

/**
 * A seat of the simulated district with what the simulation needs besides the {@link Position}: its
 * tier in the career ladder, who may hold it, whether it stays vacant, and the days it is already
 * taken (so no two cadres ever hold it on the same day).
 *
 * <p>Tiers: 5 district heads, 4 ward Party secretaries and People's Committee chairs, 3 district
 * deputies and ward deputies, 2 heads of ward Front and mass organisations, 1 their deputies.
 */
final class Seat {

  static final int OPEN = Integer.MAX_VALUE;
  static final int TAKEN = Integer.MAX_VALUE;

  final int index;
  final Position position;
  final DistrictLayout.Node node;
  final int tier;
  final SeatKind kind;
  final boolean keptVacant;

  private int[] from = new int[4];
  private int[] to = new int[4];
  private int size;

  Seat(
      int index,
      Position position,
      DistrictLayout.Node node,
      int tier,
      SeatKind kind,
      boolean keptVacant) {
    this.index = index;
    this.position = position;
    this.node = node;
    this.tier = tier;
    this.kind = kind;
    this.keptVacant = keptVacant;
  }

  boolean isHead() {
    return position.rank() == PositionRank.HEAD;
  }

  boolean isWardLevel() {
    return node.ward() >= 0;
  }

  String roleKey() {
    return position.roleKey();
  }

  /** Marks the days {@code first..last} (inclusive; {@link #OPEN} for still held) as taken. */
  void occupy(int first, int last) {
    if (size == from.length) {
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
    }
    from[size] = first;
    to[size] = last;
    size++;
  }

  /**
   * The earliest day {@code s >= earliest} such that the seat is free on every day of {@code
   * s..last}, or {@link #TAKEN} if it is taken on {@code last} itself.
   */
  int freeSince(int last, int earliest) {
    int start = earliest;
    for (int i = 0; i < size; i++) {
      if (from[i] <= last && last <= to[i]) {
        return TAKEN;
      }
      if (to[i] < last && to[i] + 1 > start) {
        start = to[i] + 1;
      }
    }
    return start;
  }
}
