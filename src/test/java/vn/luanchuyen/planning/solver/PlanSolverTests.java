package vn.luanchuyen.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.planning.solver.PlanFixture.aCandidate;
import static vn.luanchuyen.planning.solver.PlanFixture.aSeat;
import static vn.luanchuyen.planning.solver.PlanFixture.schedule;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Timefold on its own: construction and search from scratch, every score checked (full assert). */
class PlanSolverTests {

  @Test
  void aFullAssertSolveFromScratchPlacesWhoItCanAndNamesWhoItCannot() {
    Seat free = aSeat("V").build();
    Seat alsoFree = aSeat("W").build();
    Candidate head = aCandidate("A").mustMove().offered(free, alsoFree).build();
    Candidate stuck = aCandidate("B").mustMove().build();
    Candidate other = aCandidate("C").offered(free).build();
    RotationSchedule problem =
        schedule(
            List.of(free, alsoFree, head.currentSeat(), stuck.currentSeat(), other.currentSeat()),
            List.of(),
            List.of(),
            List.of(head, stuck, other));
    FlowRelaxation.Result bound = FlowRelaxation.of(problem, 10, Long.MAX_VALUE);

    PlanSolver.Outcome outcome =
        new PlanSolver()
            .solve(problem, new PlanSolver.Settings(null, 2_000L, true, false, null), i -> {});

    ScoreBreakdown score = outcome.breakdown();
    assertThat(score.penalty().hard()).isZero();
    assertThat(score.penalty().medium()).isEqualTo(bound.bound().medium()).isEqualTo(1);
    assertThat(score.penalty().soft()).isGreaterThanOrEqualTo(bound.bound().soft());
    assertThat(score.part(ConstraintIds.MUST_MOVE_PLACED).matches())
        .singleElement()
        .satisfies(j -> assertThat(j.cadres()).containsExactly("B"));
  }
}
