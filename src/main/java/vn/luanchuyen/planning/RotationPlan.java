package vn.luanchuyen.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposed rotation plan: every candidate's move (or stay) with its reasons, the score by
 * constraint, the hard rules broken with the cadres involved, the targets before and after, and the
 * figures against a baseline and a bound.
 *
 * @param hardPenalty the number of hard breaches (0: the plan is acceptable)
 * @param mediumPenalty the number of cadres who must move but are left in place (see {@code
 *     unplaced})
 * @param softPenalty the weighted penalty of the preferences not met
 * @param broken the hard rules broken, with the cadres involved
 * @param unplaced each cadre who must move but has no seat in the plan, with the reason
 */
public record RotationPlan(
    String policy,
    LocalDate asOf,
    long hardPenalty,
    long mediumPenalty,
    long softPenalty,
    List<PlannedMove> moves,
    List<ConstraintScore> constraints,
    List<BrokenRule> broken,
    List<BrokenRule> unplaced,
    List<TargetChange> targets,
    SolveFigures figures) {

  public RotationPlan {
    moves = List.copyOf(moves);
    constraints = List.copyOf(constraints);
    broken = List.copyOf(broken);
    unplaced = List.copyOf(unplaced);
    targets = List.copyOf(targets);
  }

  /** The plan's penalty: hard breaches, cadres who must move but stay, soft penalty. */
  public Penalty penalty() {
    return new Penalty(hardPenalty, mediumPenalty, softPenalty);
  }

  public boolean feasible() {
    return hardPenalty == 0;
  }

  /** The candidates who move. */
  public List<PlannedMove> movesOnly() {
    return moves.stream().filter(PlannedMove::moves).toList();
  }

  /** The moves that take the given form. */
  public List<PlannedMove> movesOf(vn.luanchuyen.cadre.AssignmentForm form) {
    return moves.stream().filter(m -> m.moves() && m.form() == form).toList();
  }
}
