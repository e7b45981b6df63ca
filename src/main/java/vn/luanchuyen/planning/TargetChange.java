package vn.luanchuyen.planning;

/**
 * A policy target before and after the plan's moves.
 *
 * @param before the value on the move date without the plan, or null when not measurable
 * @param after the value with the plan's moves, or null
 */
public record TargetChange(
    String target, String name, double goal, String comparison, Double before, Double after) {}
