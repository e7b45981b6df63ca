package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's score analysis without Timefold types: the penalties and, per constraint, its weighted
 * penalty and the justification of each match.
 *
 * @param hardPenalty hard breaches (non-negative)
 * @param softPenalty weighted soft penalty (non-negative)
 */
public record ScoreBreakdown(long hardPenalty, long softPenalty, List<ConstraintPart> constraints) {

  public ScoreBreakdown {
    constraints = List.copyOf(constraints);
  }

  /** One constraint's part of the score. */
  public record ConstraintPart(
      String id, boolean hard, long penalty, int matchCount, List<PlanJustification> matches) {
    public ConstraintPart {
      matches = List.copyOf(matches);
    }
  }

  static ScoreBreakdown of(ScoreAnalysis<HardSoftLongScore> analysis) {
    List<ConstraintPart> parts = new ArrayList<>();
    for (ConstraintAnalysis<HardSoftLongScore> ca : analysis.constraintMap().values()) {
      String id = ca.constraintRef().constraintName();
      boolean hard = ConstraintIds.HARD.contains(id);
      List<PlanJustification> matches = new ArrayList<>();
      if (ca.matches() != null) {
        for (MatchAnalysis<HardSoftLongScore> m : ca.matches()) {
          if (m.justification() instanceof PlanJustification j) {
            matches.add(j);
          }
        }
      }
      long penalty = hard ? -ca.score().hardScore() : -ca.score().softScore();
      parts.add(new ConstraintPart(id, hard, penalty, ca.matchCount(), matches));
    }
    HardSoftLongScore score = analysis.score();
    return new ScoreBreakdown(-score.hardScore(), -score.softScore(), parts);
  }

  public ConstraintPart part(String id) {
    return constraints.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }
}
