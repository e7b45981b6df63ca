package vn.luanchuyen.planning.solver;

/** Why a cadre is a candidate of the plan. */
public enum CandidateKind {
  /** A screening rule requires the cadre to move. */
  MUST_MOVE,
  /** A young cadre in planning who has not led at the grassroots: to be sent to a ward. */
  YOUNG_TO_GRASSROOTS,
  /** Eligible for rotation; moves only where it helps the plan. */
  ELIGIBLE
}
