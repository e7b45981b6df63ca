package vn.luanchuyen.planning.solver;

/**
 * The parts of the objective that depend on one candidate's choice alone, weighted as the policy
 * says: what the greedy baseline minimises move by move, and what the assignment bound minimises
 * over all candidates at once. The other preferences (deputies per department, a unit keeping a
 * leader, the women and young balance, vacated seats filled) are sums of non-negative penalties, so
 * leaving them out keeps the bound below every plan's penalty.
 */
final class LinearCosts {

  private final long nonLocal;
  private final long young;
  private final long fewest;
  private final long fit;

  LinearCosts(RotationSchedule schedule) {
    nonLocal = weight(schedule, ConstraintIds.NON_LOCAL_WARD_LEADERS);
    young = weight(schedule, ConstraintIds.YOUNG_TO_GRASSROOTS);
    fewest = weight(schedule, ConstraintIds.FEWEST_MOVES);
    fit = weight(schedule, ConstraintIds.PLANNING_FIT);
  }

  private static long weight(RotationSchedule schedule, String id) {
    var w = schedule.getWeights().getConstraintWeight(id);
    return w == null ? 1 : w.softScore();
  }

  /** Hard penalty of staying: 1 for a cadre who must move. */
  long stayHard(Candidate c) {
    return c.mustMove() ? 1 : 0;
  }

  long staySoft(Candidate c) {
    return (c.localWardLeaderBelowTarget() ? nonLocal : 0)
        + (c.kind() == CandidateKind.YOUNG_TO_GRASSROOTS ? young : 0);
  }

  /** Soft penalty of moving to an acceptable seat (the hard rules hold for offered seats). */
  long moveSoft(Candidate c, Seat s) {
    return (c.kind() == CandidateKind.ELIGIBLE ? fewest : 0)
        + (c.plannedFor(s) ? 0 : fit)
        + (c.kind() == CandidateKind.YOUNG_TO_GRASSROOTS && !s.grassroots() ? young : 0);
  }
}
