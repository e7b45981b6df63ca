package vn.luanchuyen.planning.solver;

/**
 * The parts of the objective that depend on one candidate's choice alone, weighted as the policy
 * says, and the weights of the others: what the greedy baseline minimises move by move, and what
 * {@link FlowRelaxation} prices on its arcs.
 */
final class LinearCosts {

  private final long nonLocal;
  private final long young;
  private final long fewest;
  private final long fit;
  final long deputies;
  final long spread;
  final long keepsALeader;
  final long balance;
  final long vacated;
  private final long stability;

  LinearCosts(RotationSchedule schedule) {
    nonLocal = weight(schedule, ConstraintIds.NON_LOCAL_WARD_LEADERS);
    young = weight(schedule, ConstraintIds.YOUNG_TO_GRASSROOTS);
    fewest = weight(schedule, ConstraintIds.FEWEST_MOVES);
    fit = weight(schedule, ConstraintIds.PLANNING_FIT);
    deputies = weight(schedule, ConstraintIds.DEPUTIES_TOWARD_TWO);
    spread = weight(schedule, ConstraintIds.DEPUTIES_SPREAD);
    keepsALeader = weight(schedule, ConstraintIds.UNIT_KEEPS_A_LEADER);
    balance = weight(schedule, ConstraintIds.WOMEN_AND_YOUNG_BALANCE);
    vacated = weight(schedule, ConstraintIds.VACATED_SEAT_FILLED);
    stability = weight(schedule, ConstraintIds.KEEPS_PREVIOUS_PLAN);
  }

  private static long weight(RotationSchedule schedule, String id) {
    var w = schedule.getWeights().getConstraintWeight(id);
    return w == null ? 1 : w.softScore();
  }

  /** Medium penalty of staying: 1 for a cadre who must move. */
  long stayMedium(Candidate c) {
    return c.mustMove() ? 1 : 0;
  }

  /** Hard breaches of a single move (it may be locked against the rules). */
  static long moveHard(MoveRules rules, Candidate c, Seat s) {
    int breaches = 0;
    if (!rules.lawful(c, s)) {
      breaches++;
    }
    if (rules.localBarred(c, s)) {
      breaches++;
    }
    if (rules.returning(c, s)) {
      breaches++;
    }
    if (rules.staysInUnit(c, s)) {
      breaches++;
    }
    return breaches;
  }

  long staySoft(Candidate c) {
    return (c.localWardLeaderBelowTarget() ? nonLocal : 0)
        + (c.kind() == CandidateKind.YOUNG_TO_GRASSROOTS ? young : 0)
        + (c.departsFromPreviousPlan(null) ? stability : 0);
  }

  /** Soft penalty of moving to an acceptable seat (the hard rules hold for offered seats). */
  long moveSoft(Candidate c, Seat s) {
    return (c.kind() == CandidateKind.ELIGIBLE ? fewest : 0)
        + (c.plannedFor(s) ? 0 : fit)
        + (c.kind() == CandidateKind.YOUNG_TO_GRASSROOTS && !s.grassroots() ? young : 0)
        + (c.departsFromPreviousPlan(s) ? stability : 0);
  }
}
