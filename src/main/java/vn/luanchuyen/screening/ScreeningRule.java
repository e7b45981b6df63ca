package vn.luanchuyen.screening;

/**
 * One rule of screening (head tenure, deputy tenure, remaining time, young cadres at the
 * grassroots, eligibility, the forms of a move). A rule reads one cadre and notes every verdict it
 * reaches, never stopping at the first; it builds a verdict's reason only when the verdict is to be
 * explained ({@link Verdicts#note}). Rules are made for one screening (a policy and an as-of date)
 * and only read, so one rule serves every thread.
 */
interface ScreeningRule {

  /** Notes the rule's verdicts on the cadre. */
  void apply(Screened cadre, Verdicts out);
}
