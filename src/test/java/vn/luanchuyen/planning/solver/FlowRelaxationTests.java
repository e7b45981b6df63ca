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
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.planning.Penalty;

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
    Penalty bound = relaxed.bound();

    SolutionManager<RotationSchedule, HardMediumSoftLongScore> scores =
        SolutionManager.create(
            SolverFactory.create(PlanSolver.config(PlanSolver.Settings.forTime(Duration.ZERO))));
    Penalty best = null;
    for (List<Seat> plan : everyPlan(district.candidates())) {
      for (int i = 0; i < plan.size(); i++) {
        district.candidates().get(i).setSeat(plan.get(i));
      }
      Penalty penalty = penalty(scores.update(district));
      assertThat(penalty).isGreaterThanOrEqualTo(bound);
      if (best == null || penalty.betterThan(best)) {
        best = penalty;
      }
    }

    relaxed.applyTo(district);
    assertThat(penalty(scores.update(district))).isEqualTo(relaxed.planPenalty());
    assertThat(relaxed.planPenalty()).isEqualTo(best);
    assertThat(bound).isEqualTo(best);
  }

  /**
   * A district under the founding policy's forms: a head not in planning (position change or
   * transfer only), a deputy in planning short of two terms (transfer only), an eligible cadre
   * (rotation elsewhere, position change in the unit), a young cadre (rotation), each offered
   * lawful and unlawful seats alike.
   */
  RotationSchedule districtWithForms() {
    MoveRules rules = PlanFixture.rulesOf("hadong-2022");
    Seat headP1 = aSeat("H1").inUnit("P1").heldBy("A").build();
    Seat headP2 = aSeat("H2").inUnit("P2").build();
    Seat partyHead = aSeat("H3").inUnit("BTC").block(vn.luanchuyen.organisation.Block.DANG).build();
    Seat wardChair =
        aSeat("WC").inUnit("W1").ward("HD-W1").role("CHU_TICH_UBND", 4).nonLocalTarget().build();
    Seat deputyP1 = aSeat("D1").deputyOf("P1").heldBy("B").build();
    Seat deputyP2 = aSeat("D2").deputyOf("P2").build();
    Seat wardVice =
        aSeat("WV").inUnit("W1").ward("HD-W1").role("PHO_CHU_TICH_UBND", 3).heldBy("C").build();
    Seat wardVice2 = aSeat("WV2").inUnit("W1").ward("HD-W1").role("PHO_BI_THU", 3).build();
    List<Candidate> candidates =
        List.of(
            aCandidate("A")
                .headWhoMustMove()
                .holding(headP1)
                .offered(headP2, partyHead, wardChair, deputyP2)
                .build(),
            aCandidate("B")
                .mustMove()
                .plannedFor("PHO_TRUONG_PHONG")
                .monthsLeft(100)
                .holding(deputyP1)
                .offered(deputyP2, wardVice2)
                .build(),
            aCandidate("C")
                .plannedFor("PHO_BI_THU")
                .holding(wardVice)
                .offered(wardVice2, deputyP1)
                .build(),
            aCandidate("D")
                .youngForGrassroots()
                .plannedFor("PHO_CHU_TICH_UBND")
                .holding(aSeat("DD").deputyOf("P2").heldBy("D").build())
                .offered(wardVice, deputyP1)
                .build());
    List<Seat> seats =
        List.of(
            headP1,
            headP2,
            partyHead,
            wardChair,
            deputyP1,
            deputyP2,
            wardVice,
            wardVice2,
            candidates.get(3).currentSeat());
    return PlanFixture.schedule(
        rules,
        seats,
        List.of(new Department("P1", "HD", 0, 2), new Department("P2", "HD", 0, 2)),
        List.of(),
        candidates);
  }

  @Test
  void withTheFormsOfAMoveTheBoundIsStillBelowEveryPlan() {
    RotationSchedule district = districtWithForms();
    FlowRelaxation.Result relaxed = FlowRelaxation.of(district, 50, Long.MAX_VALUE);
    Penalty bound = relaxed.bound();

    SolutionManager<RotationSchedule, HardMediumSoftLongScore> scores =
        SolutionManager.create(
            SolverFactory.create(PlanSolver.config(PlanSolver.Settings.forTime(Duration.ZERO))));
    Penalty best = null;
    int unlawful = 0;
    for (List<Seat> plan : everyPlan(district.candidates())) {
      for (int i = 0; i < plan.size(); i++) {
        district.candidates().get(i).setSeat(plan.get(i));
      }
      Penalty penalty = penalty(scores.update(district));
      assertThat(penalty).isGreaterThanOrEqualTo(bound);
      if (!penalty.feasible()) {
        unlawful++;
      }
      if (best == null || penalty.betterThan(best)) {
        best = penalty;
      }
    }

    assertThat(unlawful).as("plans breaking a hard rule").isPositive();
    relaxed.applyTo(district);
    assertThat(penalty(scores.update(district))).isEqualTo(relaxed.planPenalty());
    assertThat(relaxed.planPenalty()).isEqualTo(best);
    assertThat(best.feasible()).isTrue();
    MoveRules rules = district.rules();
    for (Candidate c : district.candidates()) {
      if (c.getSeat() != null) {
        assertThat(rules.formOf(c, c.getSeat())).as("form of %s", c.code()).isNotNull();
      }
    }
    Candidate head = district.candidates().get(0);
    assertThat(head.getSeat()).isNotNull();
    assertThat(rules.formOf(head, head.getSeat()))
        .isIn(
            vn.luanchuyen.cadre.AssignmentForm.CHUYEN_DOI,
            vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG);
  }

  @Test
  void whenSolvingAgainTheBoundStillHoldsAndThePlanBeforeIsKeptWhereNothingRequiresAChange() {
    RotationSchedule district = districtWithForms();
    FlowRelaxation.Result first = FlowRelaxation.of(district, 50, Long.MAX_VALUE);
    for (Candidate c : district.candidates()) {
      c.remember(first.plan().get(c));
    }
    RotationSchedule again = district;
    FlowRelaxation.Result relaxed = FlowRelaxation.of(again, 50, Long.MAX_VALUE);
    Penalty bound = relaxed.bound();

    SolutionManager<RotationSchedule, HardMediumSoftLongScore> scores =
        SolutionManager.create(
            SolverFactory.create(PlanSolver.config(PlanSolver.Settings.forTime(Duration.ZERO))));
    for (List<Seat> plan : everyPlan(again.candidates())) {
      for (int i = 0; i < plan.size(); i++) {
        again.candidates().get(i).setSeat(plan.get(i));
      }
      assertThat(penalty(scores.update(again))).isGreaterThanOrEqualTo(bound);
    }
    for (Candidate c : again.candidates()) {
      assertThat(relaxed.plan().get(c)).as("choice of %s", c.code()).isEqualTo(first.plan().get(c));
    }
  }

  @Test
  void theBestPlanNeverLowersTheAverageToEvenOutTheDepartments() {
    Seat third = aSeat("D1C").deputyOf("D1").heldBy("E").build();
    Seat wardSeat = aSeat("WS").inUnit("W1").ward("HD-W1").role("PHO_TRUONG_PHONG", 3).build();
    Candidate e =
        aCandidate("E").holding(third).plannedFor("PHO_TRUONG_PHONG").offered(wardSeat).build();
    // D1: two fixed deputies and E; D2: one. Four deputies in two departments: an average of 2.
    RotationSchedule s =
        schedule(
            List.of(third, wardSeat),
            List.of(new Department("D1", "HD", 2, 2), new Department("D2", "HD", 1, 2)),
            List.of(),
            List.of(e));

    SolutionManager<RotationSchedule, HardMediumSoftLongScore> scores =
        SolutionManager.create(
            SolverFactory.create(PlanSolver.config(PlanSolver.Settings.forTime(Duration.ZERO))));
    e.setSeat(null);
    Penalty stays = penalty(scores.update(s));
    long spreadIfStays = PlanSolver.analyse(s).part(ConstraintIds.DEPUTIES_SPREAD).penalty();
    e.setSeat(wardSeat);
    Penalty leaves = penalty(scores.update(s));
    long spreadIfLeaves = PlanSolver.analyse(s).part(ConstraintIds.DEPUTIES_SPREAD).penalty();

    assertThat(spreadIfLeaves).as("evening out alone would move E").isLessThan(spreadIfStays);
    assertThat(stays).as("staying keeps the average").isLessThan(leaves);
    FlowRelaxation.Result relaxed = FlowRelaxation.of(s, 50, Long.MAX_VALUE);
    assertThat(relaxed.plan().get(e)).isNull();
    assertThat(relaxed.planPenalty()).isEqualTo(stays);
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

    assertThat(first.bound().soft()).isLessThan(relaxed.bound().soft());
    assertThat(relaxed.plan().get(a)).isEqualTo(inC);
    assertThat(relaxed.bound().soft()).isEqualTo(relaxed.planPenalty().soft());
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

    assertThat(relaxed.bound().hard()).isEqualTo(1);
    assertThat(relaxed.planPenalty().hard()).isEqualTo(1);
  }

  @Test
  void aCadreWhoMustMoveWithoutAnySeatCountsAsMediumNotHard() {
    Candidate stuck = aCandidate("A").mustMove().build();

    FlowRelaxation.Result relaxed =
        FlowRelaxation.of(
            schedule(List.of(stuck.currentSeat()), List.of(), List.of(), List.of(stuck)),
            10,
            Long.MAX_VALUE);

    assertThat(relaxed.bound().hard()).isZero();
    assertThat(relaxed.bound().medium()).isEqualTo(1);
    assertThat(relaxed.plan().get(stuck)).isNull();
  }

  private static Penalty penalty(HardMediumSoftLongScore score) {
    return PlanSolver.penalty(score);
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
