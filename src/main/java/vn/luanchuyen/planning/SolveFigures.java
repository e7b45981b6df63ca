package vn.luanchuyen.planning;

import java.util.List;

/**
 * How good the plan is against a hand-drawn baseline and a lower bound on its penalty.
 *
 * @param baselineHard the greedy baseline's hard penalty
 * @param baselineSoft the greedy baseline's soft penalty
 * @param boundHard the least hard penalty any plan can have (assignment relaxation)
 * @param boundSoft the least soft penalty any plan can have
 * @param gap (plan's soft penalty − bound) / plan's soft penalty; 0 when both are 0; null when the
 *     plan has more hard breaches than the bound
 * @param millisToFeasible milliseconds to the first plan without hard breaches, -1 if none
 * @param improvements each new best plan found: milliseconds, hard and soft penalty
 */
public record SolveFigures(
    long baselineHard,
    long baselineSoft,
    long boundHard,
    long boundSoft,
    Double gap,
    long millisToFeasible,
    List<Progress> improvements) {

  public SolveFigures {
    improvements = List.copyOf(improvements);
  }

  /** A new best plan during a solve: when, and its hard and soft penalties (non-negative). */
  public record Progress(long millis, long hardPenalty, long softPenalty) {}
}
