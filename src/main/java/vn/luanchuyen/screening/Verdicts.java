package vn.luanchuyen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.policy.RuleId;

/**
 * Where one cadre's verdicts go: every outcome as a bit ({@link ScreenedCadres}) and, when
 * explaining, the verdicts with their reasons. A rule calls {@link #note} with its outcome and
 * builds the reason's facts only when that returns true.
 */
final class Verdicts {
  final List<Verdict> verdicts;
  long outcomes;
  private RuleId rule;
  private Outcome outcome;

  Verdicts(boolean explaining) {
    this.verdicts = explaining ? new ArrayList<>(6) : null;
  }

  /** Records the outcome; true when the verdict is to be explained with {@link #explain}. */
  boolean note(RuleId rule, Outcome outcome) {
    outcomes |= ScreenedCadres.bit(rule, outcome);
    this.rule = rule;
    this.outcome = outcome;
    return verdicts != null;
  }

  /** The verdict of the outcome noted last, with its reason. */
  void explain(String code, String messageKey, Map<String, Object> facts) {
    verdicts.add(Verdict.of(rule, outcome, code, messageKey, facts));
  }

  /** Notes a verdict built beforehand (one that needs no facts of the cadre). */
  void add(Verdict verdict) {
    if (note(verdict.rule(), verdict.outcome())) {
      verdicts.add(verdict);
    }
  }
}
