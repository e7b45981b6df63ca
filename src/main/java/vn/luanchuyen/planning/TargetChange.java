package vn.luanchuyen.planning;

/**
 * A policy target before and after the plan's moves.
 *
 * @param before the value on the move date without the plan, or null when not measurable
 * @param after the value with the plan's moves, or null
 * @param share whether the target is a share (shown as a percentage: 0.382 as 38,2%)
 */
public record TargetChange(
    String target,
    String name,
    double goal,
    String comparison,
    Double before,
    Double after,
    boolean share) {

  /** A target that is a plain number (an average, a count). */
  public TargetChange(
      String target, String name, double goal, String comparison, Double before, Double after) {
    this(target, name, goal, comparison, before, after, false);
  }
}
