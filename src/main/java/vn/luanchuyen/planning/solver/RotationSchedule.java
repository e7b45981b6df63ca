package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The planning problem: candidates, the seats they may take, and the policy's rules. */
@PlanningSolution
public class RotationSchedule {

  @ProblemFactCollectionProperty private List<Seat> seats;
  @ProblemFactCollectionProperty private List<Department> departments;
  @ProblemFactCollectionProperty private List<DeputyArea> deputyAreas;
  @ProblemFactCollectionProperty private List<LeadershipUnit> leadershipUnits;
  @ProblemFactProperty private MoveRules rules;
  @PlanningEntityCollectionProperty private List<Candidate> candidates;
  private ConstraintWeightOverrides<HardMediumSoftLongScore> weights;
  @PlanningScore private HardMediumSoftLongScore score;

  RotationSchedule() {}

  public RotationSchedule(
      List<Seat> seats,
      List<Department> departments,
      List<LeadershipUnit> leadershipUnits,
      MoveRules rules,
      List<Candidate> candidates,
      ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
    this.seats = seats;
    this.departments = departments;
    this.deputyAreas = DeputyArea.of(departments);
    this.leadershipUnits = leadershipUnits;
    this.rules = rules;
    this.candidates = candidates;
    this.weights = weights;
  }

  public List<Seat> seats() {
    return seats;
  }

  public List<Department> departments() {
    return departments;
  }

  public List<DeputyArea> deputyAreas() {
    return deputyAreas;
  }

  public List<LeadershipUnit> leadershipUnits() {
    return leadershipUnits;
  }

  public MoveRules rules() {
    return rules;
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  public ConstraintWeightOverrides<HardMediumSoftLongScore> getWeights() {
    return weights;
  }

  public void setWeights(ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
    this.weights = weights;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
