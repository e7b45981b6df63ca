package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.planning.Penalty;

/**
 * A plan's score analysis without Timefold types: the penalties and, per constraint, its weighted
 * penalty and the justification of each match.
 *
 * @param penalty the plan's penalty: hard breaches, cadres who must move but are not placed,
 *     weighted soft penalty
 */
public record ScoreBreakdown(Penalty penalty, List<ConstraintPart> constraints) {

  public ScoreBreakdown {
    constraints = List.copyOf(constraints);
  }

  /** One constraint's part of the score. */
  public record ConstraintPart(
      String id,
      boolean hard,
      boolean medium,
      long penalty,
      int matchCount,
      List<PlanJustification> matches) {
    public ConstraintPart {
      matches = List.copyOf(matches);
    }
  }

  static ScoreBreakdown of(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
    List<ConstraintPart> parts = new ArrayList<>();
    for (ConstraintAnalysis<HardMediumSoftLongScore> ca : analysis.constraintMap().values()) {
      String id = ca.constraintRef().constraintName();
      boolean hard = ConstraintIds.HARD.contains(id);
      boolean medium = ConstraintIds.MEDIUM.contains(id);
      List<PlanJustification> matches = new ArrayList<>();
      if (ca.matches() != null) {
        for (MatchAnalysis<HardMediumSoftLongScore> m : ca.matches()) {
          if (m.justification() instanceof PlanJustification j) {
            matches.add(j);
          }
        }
      }
      long penalty =
          hard
              ? -ca.score().hardScore()
              : medium ? -ca.score().mediumScore() : -ca.score().softScore();
      parts.add(new ConstraintPart(id, hard, medium, penalty, ca.matchCount(), matches));
    }
    HardMediumSoftLongScore score = analysis.score();
    return new ScoreBreakdown(PlanSolver.penalty(score), parts);
  }

  public ConstraintPart part(String id) {
    return constraints.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }
}
