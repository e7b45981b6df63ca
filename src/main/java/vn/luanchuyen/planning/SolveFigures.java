package vn.luanchuyen.planning;

import java.util.List;

/**
 * How good the plan is against a hand-drawn baseline and a lower bound on its penalty. Penalties
 * are compared level by level: hard breaches, then cadres who must move but have no seat (medium),
 * then the weighted preferences (soft).
 *
 * @param baselineHard the greedy baseline's hard penalty
 * @param baselineMedium the greedy baseline's cadres who must move but stay
 * @param baselineSoft the greedy baseline's soft penalty
 * @param boundHard the least hard penalty any plan can have (flow relaxation)
 * @param boundMedium the least medium penalty any plan with that many hard breaches can have
 * @param boundSoft the least soft penalty any plan with those hard and medium penalties can have
 * @param gap (plan's soft penalty − bound) / bound; 0 when both are 0; null when the plan has more
 *     hard or medium penalty than the bound, or the bound is 0 and the plan is not
 * @param millisToFeasible milliseconds from the request to the first plan without hard breaches, -1
 *     if none
 * @param improvements each new best plan found, from the request on
 */
public record SolveFigures(
    long baselineHard,
    long baselineMedium,
    long baselineSoft,
    long boundHard,
    long boundMedium,
    long boundSoft,
    Double gap,
    long millisToFeasible,
    List<Progress> improvements) {

  public SolveFigures {
    improvements = List.copyOf(improvements);
  }

  /** The figures of a plan with the given baseline and bound; the gap as defined above. */
  public static SolveFigures of(
      Penalty baseline,
      Penalty bound,
      Penalty plan,
      long millisToFeasible,
      List<Progress> improvements) {
    return new SolveFigures(
        baseline.hard(),
        baseline.medium(),
        baseline.soft(),
        bound.hard(),
        bound.medium(),
        bound.soft(),
        plan.gapTo(bound),
        millisToFeasible,
        improvements);
  }

  /** The greedy baseline's penalty. */
  public Penalty baseline() {
    return new Penalty(baselineHard, baselineMedium, baselineSoft);
  }

  /** The least penalty any plan can have. */
  public Penalty bound() {
    return new Penalty(boundHard, boundMedium, boundSoft);
  }

  /** The best plan found within the given milliseconds, or null when none yet. */
  public Progress bestWithin(long millis) {
    Progress best = null;
    for (Progress p : improvements) {
      if (p.millis() <= millis) {
        best = p;
      }
    }
    return best;
  }

  /**
   * A new best plan during a solve: when (from the request), its hard, medium and soft penalties
   * (non-negative).
   */
  public record Progress(long millis, long hardPenalty, long mediumPenalty, long softPenalty) {

    public static Progress of(long millis, Penalty penalty) {
      return new Progress(millis, penalty.hard(), penalty.medium(), penalty.soft());
    }

    public Penalty penalty() {
      return new Penalty(hardPenalty, mediumPenalty, softPenalty);
    }
  }
}
