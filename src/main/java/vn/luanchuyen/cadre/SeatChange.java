package vn.luanchuyen.cadre;

/**
 * One cadre's change of seat under a decision: the stay in {@code fromSeat} ends the day before the
 * decision takes effect and a stay in {@code toSeat} begins on that day.
 *
 * @param fromSeat the seat the cadre leaves, or null when the cadre held none
 * @param toSeat the seat the cadre takes, or null when the cadre only leaves
 */
public record SeatChange(String cadre, String fromSeat, String toSeat, AssignmentForm form) {}
