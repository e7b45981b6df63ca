package vn.luanchuyen.planning;

/**
 * A constraint's part of a plan's score.
 *
 * @param constraint the constraint id
 * @param name its name for a board member
 * @param hard whether breaking it makes the plan unacceptable
 * @param medium whether it weighs between the hard rules and the preferences (a cadre who must move
 *     left without a seat)
 * @param penalty the weighted penalty (0 when kept)
 * @param matches how many times it is broken
 */
public record ConstraintScore(
    String constraint, String name, boolean hard, boolean medium, long penalty, int matches) {}
