package vn.luanchuyen.planning.solver;

/**
 * Why a cadre who must move is left in place: the plan names the reason (message key {@code
 * constraint.mustMoveCadreIsPlaced.reason.<NAME>} in {@code i18n/planning}).
 */
public enum NoSeatReason {
  /** Too little working time left for every equivalent seat (the policy's rule and exception). */
  WORKING_TIME,
  /** No seat of an equivalent grade in the area, outside the cadre's own unit. */
  NO_EQUIVALENT_SEAT,
  /** Every equivalent seat is in a ward where the cadre is local, or in a unit left recently. */
  LOCAL_OR_RETURN,
  /** The user forbade every acceptable seat. */
  FORBIDDEN,
  /** The user kept the cadre in place. */
  LOCKED,
  /** Acceptable seats exist but each went to another cadre or is held by one who stays. */
  SEATS_TAKEN
}
