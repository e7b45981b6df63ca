package vn.luanchuyen.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.planning.solver.PlanFixture.aCandidate;
import static vn.luanchuyen.planning.solver.PlanFixture.aSeat;
import static vn.luanchuyen.planning.solver.PlanFixture.schedule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relaxation's bound is below every plan, checked against all plans of a small district, and
 * the plan it proposes is scored as Timefold scores it.
 */
class FlowRelaxationTests {

  final Seat deputyA = aSeat("SA").deputyOf("D1").heldBy("A").build();
  final Seat deputyB = aSeat("SB").deputyOf("D1").heldBy("B").build();
  final Seat wardChair = aSeat("SC").inUnit("U3").role("PHO_TRUONG_PHONG", 3).heldBy("C").build();
  final Seat vacantDeputy = aSeat("V1").deputyOf("D2").build();
  final Seat wardSeat = aSeat("V2").inUnit("W4").ward("HD-W4").role("PHO_TRUONG_PHONG", 3).build();
  final Seat otherSeat = aSeat("V3").inUnit("U3").role("PHO_TRUONG_PHONG", 3).build();
  final Seat heldByE = aSeat("SE").inUnit("U5").role("PHO_TRUONG_PHONG", 3).heldBy("E").build();

  RotationSchedule district() {
    List<Candidate> candidates =
        List.of(
            aCandidate("A")
                .mustMove()
                .woman()
                .holding(deputyA)
                .offered(vacantDeputy, wardChair, wardSeat)
                .build(),
            aCandidate("B")
                .young()
                .holding(deputyB)
                .plannedFor("PHO_TRUONG_PHONG")
                .offered(vacantDeputy, otherSeat)
                .build(),
            aCandidate("C").mustMove().holding(wardChair).offered(deputyA, wardSeat).build(),
            aCandidate("D").youngForGrassroots().offered(wardSeat, deputyB).build(),
            aCandidate("E").woman().holding(heldByE).offered(deputyB, otherSeat).build());
    List<Seat> seats =
        List.of(
            deputyA,
            deputyB,
            wardChair,
            vacantDeputy,
            wardSeat,
            otherSeat,
            heldByE,
            candidates.get(3).currentSeat());
    return schedule(
        seats,
        List.of(new Department("D1", "HD", 0, 2), new Department("D2", "HD", 1, 2)),
        List.of(new LeadershipUnit("U3", 1)),
        candidates);
  }

  @Test
  void theBoundIsBelowEveryPlanAndTheProposedPlanIsTheBest() {
    RotationSchedule district = district();
    FlowRelaxation.Result relaxed = FlowRelaxation.of(district, 50, Long.MAX_VALUE);
    long[] bound = {relaxed.hard(), relaxed.medium(), relaxed.soft()};

    SolutionManager<RotationSchedule, HardMediumSoftLongScore> scores =
        SolutionManager.create(
            SolverFactory.create(PlanSolver.config(PlanSolver.Settings.forTime(Duration.ZERO))));
    long[] best = null;
    for (List<Seat> plan : everyPlan(district.candidates())) {
      for (int i = 0; i < plan.size(); i++) {
        district.candidates().get(i).setSeat(plan.get(i));
      }
      long[] penalty = penalty(scores.update(district));
      assertThat(Arrays.compare(penalty, bound)).isNotNegative();
      if (best == null || Arrays.compare(penalty, best) < 0) {
        best = penalty;
      }
    }

    relaxed.applyTo(district);
    assertThat(penalty(scores.update(district))).containsExactly(relaxed.planPenalty());
    assertThat(relaxed.planPenalty()).containsExactly(best);
    assertThat(bound).containsExactly(best);
  }

  @Test
  void theMultipliersRaiseTheBoundToAPlanThatSendsAWomanWhereAnotherLeaves() {
    Seat inB = aSeat("VB").inUnit("UB").build();
    Seat inC = aSeat("VC").inUnit("UC").build();
    Seat elsewhere = aSeat("VD").inUnit("UD").build();
    Seat heldInC = aSeat("SG").inUnit("UC").heldBy("G").build();
    Candidate a = aCandidate("A").mustMove().woman().offered(inB, inC).build();
    Candidate g = aCandidate("G").mustMove().woman().holding(heldInC).offered(elsewhere).build();
    RotationSchedule s =
        schedule(
            List.of(inB, inC, elsewhere, heldInC, a.currentSeat()),
            List.of(),
            List.of(),
            List.of(a, g));

    FlowRelaxation.Result first = FlowRelaxation.of(s, 1, Long.MAX_VALUE);
    FlowRelaxation.Result relaxed = FlowRelaxation.of(s, 50, Long.MAX_VALUE);

    assertThat(first.soft()).isLessThan(relaxed.soft());
    assertThat(relaxed.plan().get(a)).isEqualTo(inC);
    assertThat(relaxed.soft()).isEqualTo(relaxed.planPenalty()[2]);
  }

  @Test
  void twoCadresLockedToOneSeatMakeTheBoundCountAHardBreach() {
    Seat seat = aSeat("X").build();
    Candidate a = aCandidate("A").movedTo(seat).build();
    Candidate b = aCandidate("B").movedTo(seat).build();
    a.lockTo(seat);
    b.lockTo(seat);

    FlowRelaxation.Result relaxed =
        FlowRelaxation.of(
            schedule(
                List.of(seat, a.currentSeat(), b.currentSeat()),
                List.of(),
                List.of(),
                List.of(a, b)),
            10,
            Long.MAX_VALUE);

    assertThat(relaxed.hard()).isEqualTo(1);
    assertThat(relaxed.planPenalty()[0]).isEqualTo(1);
  }

  @Test
  void aCadreWhoMustMoveWithoutAnySeatCountsAsMediumNotHard() {
    Candidate stuck = aCandidate("A").mustMove().build();

    FlowRelaxation.Result relaxed =
        FlowRelaxation.of(
            schedule(List.of(stuck.currentSeat()), List.of(), List.of(), List.of(stuck)),
            10,
            Long.MAX_VALUE);

    assertThat(relaxed.hard()).isZero();
    assertThat(relaxed.medium()).isEqualTo(1);
    assertThat(relaxed.plan().get(stuck)).isNull();
  }

  private static long[] penalty(HardMediumSoftLongScore score) {
    return new long[] {-score.hardScore(), -score.mediumScore(), -score.softScore()};
  }

  /** Every choice of each candidate: stay, or one offered seat. */
  private static List<List<Seat>> everyPlan(List<Candidate> candidates) {
    List<List<Seat>> plans = new ArrayList<>();
    plans.add(new ArrayList<>());
    for (Candidate c : candidates) {
      List<List<Seat>> longer = new ArrayList<>();
      for (List<Seat> plan : plans) {
        List<Seat> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(c.getAcceptableSeats());
        for (Seat s : choices) {
          List<Seat> next = new ArrayList<>(plan);
          next.add(s);
          longer.add(next);
        }
      }
      plans = longer;
    }
    return plans;
  }
}
