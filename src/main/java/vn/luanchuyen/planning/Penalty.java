package vn.luanchuyen.planning;

/**
 * How far a plan is from perfect, level by level: hard breaches of the rules first, then cadres who
 * must move but have no seat (medium), then the weighted preferences and targets (soft). A plan is
 * better than another when its penalty compares lower: fewer hard breaches whatever the rest, then
 * fewer unplaced cadres, then less soft penalty. Every figure is non-negative for a plan; a lower
 * bound's soft part may be negative while the relaxation is still far from converged.
 */
public record Penalty(long hard, long medium, long soft) implements Comparable<Penalty> {

  /** No penalty at all. */
  public static final Penalty NONE = new Penalty(0, 0, 0);

  /** Worse than any plan: the starting point of a search for the best. */
  public static final Penalty WORST = new Penalty(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  /** Both penalties added level by level. */
  public Penalty plus(Penalty other) {
    return new Penalty(hard + other.hard, medium + other.medium, soft + other.soft);
  }

  /** Whether a plan with this penalty breaks no hard rule. */
  public boolean feasible() {
    return hard == 0;
  }

  /** Whether this penalty is lower (better) than the other. */
  public boolean betterThan(Penalty other) {
    return compareTo(other) < 0;
  }

  /**
   * The relative gap of a plan with this penalty to a lower bound: (soft − bound's soft) / |bound's
   * soft|; 0 when both are 0; null when the plan has more hard or medium penalty than the bound
   * (the soft parts are then not comparable), or when the bound's soft part is 0 and the plan's is
   * not.
   */
  public Double gapTo(Penalty bound) {
    if (hard != bound.hard || medium != bound.medium) {
      return null;
    }
    if (bound.soft == 0) {
      return soft == 0 ? 0.0 : null;
    }
    return (double) (soft - bound.soft) / Math.abs(bound.soft);
  }

  @Override
  public int compareTo(Penalty other) {
    int c = Long.compare(hard, other.hard);
    if (c != 0) {
      return c;
    }
    c = Long.compare(medium, other.medium);
    return c != 0 ? c : Long.compare(soft, other.soft);
  }
}
