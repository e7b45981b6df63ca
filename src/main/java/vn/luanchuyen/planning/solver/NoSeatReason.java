package vn.luanchuyen.planning.solver;

/**
 * Why a cadre who must move is left in place: the plan names the reason (message key {@code
 * constraint.mustMoveCadreIsPlaced.reason.<NAME>} in {@code i18n/planning}), and for {@link
 * #NO_LAWFUL_SEAT} and {@link #SEATS_TAKEN} why each form of a move failed ({@link
 * Candidate#formFailures()}).
 */
public enum NoSeatReason {
  /** No seat of the area that some legal form allows and no other rule of a move bars. */
  NO_LAWFUL_SEAT,
  /** The user forbade every acceptable seat. */
  FORBIDDEN,
  /** The user kept the cadre in place. */
  LOCKED,
  /** Acceptable seats exist but each went to another cadre or is held by one who stays. */
  SEATS_TAKEN
}
