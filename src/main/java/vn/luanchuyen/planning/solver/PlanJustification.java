package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint matched: the cadres involved, the seat or unit, and the amount that was counted
 * (e.g. a department's deputies).
 *
 * @param cadres the cadre codes involved
 * @param seat the seat concerned, or null
 * @param unit the unit concerned, or null
 * @param amount the number behind the match (1 for a single breach)
 */
public record PlanJustification(List<String> cadres, String seat, String unit, int amount)
    implements ConstraintJustification {

  public PlanJustification {
    cadres = List.copyOf(cadres);
  }

  static PlanJustification of(Candidate c, Seat seat) {
    return new PlanJustification(
        List.of(c.code()),
        seat == null ? null : seat.code(),
        seat == null ? null : seat.unitCode(),
        1);
  }
}
