package vn.luanchuyen.screening;

/** What one rule says about one cadre. */
public enum Outcome {
  /** The rule requires the cadre to be moved. */
  MUST_MOVE,
  /** The cadre meets the rule's condition for being rotated. */
  ELIGIBLE,
  /** The rule rules the cadre out of rotation. */
  NOT_ELIGIBLE,
  /** The rule does not bind the cadre now (below its threshold, or outside its phase). */
  EXEMPT,
  /** The rule could not decide because registry data is missing or inconsistent. */
  UNDECIDED
}
