package vn.luanchuyen.planning;

/**
 * What one move brings to its plan, for one rule or preference: how much the plan would lose if the
 * cadre stayed, every other choice as it is.
 *
 * @param constraint the constraint's id
 * @param name the constraint's name for a board member
 * @param hard whether it is a mandatory rule
 * @param medium whether it counts cadres who must move without a seat
 * @param change how much the rule's penalty grows without the move (negative: it shrinks; for a
 *     preference, in the policy's weighted points)
 */
public record MoveGain(String constraint, String name, boolean hard, boolean medium, long change) {

  /** Whether the move helps the plan on this rule (the penalty would grow without it). */
  public boolean helps() {
    return change > 0;
  }

  /** The size of the change, without its sign. */
  public long amount() {
    return Math.abs(change);
  }
}
