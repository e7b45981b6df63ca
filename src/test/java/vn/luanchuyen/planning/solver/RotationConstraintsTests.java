package vn.luanchuyen.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.planning.solver.PlanFixture.RULES;
import static vn.luanchuyen.planning.solver.PlanFixture.aCandidate;
import static vn.luanchuyen.planning.solver.PlanFixture.aSeat;
import static vn.luanchuyen.planning.solver.PlanFixture.schedule;
import static vn.luanchuyen.planning.solver.PlanFixture.scoreOf;
import static vn.luanchuyen.planning.solver.PlanFixture.weightOf;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every constraint: a match, a near miss, its weight and its justification. */
class RotationConstraintsTests {

  static final ConstraintVerifier<RotationConstraints, RotationSchedule> VERIFY =
      ConstraintVerifier.build(new RotationConstraints(), RotationSchedule.class, Candidate.class);

  static final Seat VACANT = aSeat("V").build();
  static final Seat OTHER_VACANT = aSeat("W").build();

  @Nested
  class OneCadrePerSeat {
    Candidate a = aCandidate("A").movedTo(VACANT).build();
    Candidate b = aCandidate("B").movedTo(VACANT).build();

    @Test
    void twoCadresGivenOneSeatBreakIt() {
      VERIFY.verifyThat(RotationConstraints::oneCadrePerSeat).given(a, b).penalizesBy(1);
    }

    @Test
    void twoCadresGivenTwoSeatsKeepIt() {
      Candidate elsewhere = aCandidate("B").movedTo(OTHER_VACANT).build();
      VERIFY.verifyThat(RotationConstraints::oneCadrePerSeat).given(a, elsewhere).penalizesBy(0);
    }

    @Test
    void eachBreachCostsOneHardPoint() {
      assertThat(
              scoreOf(
                  ConstraintIds.ONE_CADRE_PER_SEAT,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(a, b))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationNamesBothCadresAndTheSeat() {
      VERIFY
          .verifyThat(RotationConstraints::oneCadrePerSeat)
          .given(a, b)
          .justifiesWith(new PlanJustification(List.of("A", "B"), "V", "U-V", 2));
    }
  }

  @Nested
  class SeatIsTakenOnlyWhenItsHolderMoves {
    Seat held = aSeat("X").heldBy("H").build();
    Candidate mover = aCandidate("A").movedTo(held).build();

    @Test
    void takingTheSeatOfAHolderWhoStaysBreaksIt() {
      Candidate holder = aCandidate("H").holding(held).build();
      VERIFY
          .verifyThat(RotationConstraints::seatIsTakenOnlyWhenItsHolderMoves)
          .given(mover, holder)
          .penalizesBy(1);
    }

    @Test
    void takingTheSeatOfAHolderWhoMovesKeepsIt() {
      Candidate holder = aCandidate("H").holding(held).movedTo(VACANT).build();
      VERIFY
          .verifyThat(RotationConstraints::seatIsTakenOnlyWhenItsHolderMoves)
          .given(mover, holder)
          .penalizesBy(0);
    }

    @Test
    void eachBreachCostsOneHardPoint() {
      Candidate holder = aCandidate("H").holding(held).build();
      assertThat(
              scoreOf(
                  ConstraintIds.SEAT_TAKEN_ONLY_WHEN_HOLDER_MOVES,
                  schedule(List.of(held), List.of(), List.of(), List.of(mover, holder))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationNamesTheMoverAndTheHolder() {
      Candidate holder = aCandidate("H").holding(held).build();
      VERIFY
          .verifyThat(RotationConstraints::seatIsTakenOnlyWhenItsHolderMoves)
          .given(mover, holder)
          .justifiesWith(new PlanJustification(List.of("A", "H"), "X", "U-X", 1));
    }
  }

  @Nested
  class MustMoveCadreLeavesPostAndUnit {
    Seat current = aSeat("X").inUnit("U").heldBy("A").build();
    Seat sameUnit = aSeat("Y").inUnit("U").build();

    @Test
    void aMoveWithinTheSameUnitBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreLeavesPostAndUnit)
          .given(aCandidate("A").mustMove().holding(current).movedTo(sameUnit).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void aMoveToAnotherUnitKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreLeavesPostAndUnit)
          .given(aCandidate("A").mustMove().holding(current).movedTo(VACANT).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void aCadreWhoStaysIsLeftToThePlacementRule() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreLeavesPostAndUnit)
          .given(aCandidate("A").mustMove().holding(current).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void anEligibleCadreMayMoveWithinTheUnit() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreLeavesPostAndUnit)
          .given(aCandidate("A").holding(current).movedTo(sameUnit).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void eachBreachCostsOneHardPoint() {
      Candidate within = aCandidate("A").mustMove().holding(current).movedTo(sameUnit).build();
      assertThat(
              scoreOf(
                  ConstraintIds.MUST_MOVE_LEAVES,
                  schedule(List.of(current, sameUnit), List.of(), List.of(), List.of(within))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationNamesTheCadreAndTheSeatInTheSameUnit() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreLeavesPostAndUnit)
          .given(aCandidate("A").mustMove().holding(current).movedTo(sameUnit).build(), RULES)
          .justifiesWith(new PlanJustification(List.of("A"), "Y", "U", 1));
    }
  }

  @Nested
  class MustMoveCadreIsPlaced {
    @Test
    void aCadreWhoMustMoveAndStaysBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreIsPlaced)
          .given(aCandidate("A").mustMove().build())
          .penalizesBy(1);
    }

    @Test
    void aCadreWhoMustMoveAndMovesKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreIsPlaced)
          .given(aCandidate("A").mustMove().movedTo(VACANT).build())
          .penalizesBy(0);
    }

    @Test
    void aCadreWhoNeedNotMoveMayStay() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreIsPlaced)
          .given(aCandidate("A").build())
          .penalizesBy(0);
    }

    @Test
    void eachUnplacedCadreCostsOneMediumPointAndNoHardOne() {
      Candidate stays = aCandidate("A").mustMove().build();
      RotationSchedule s = schedule(List.of(), List.of(), List.of(), List.of(stays));
      assertThat(scoreOf(ConstraintIds.MUST_MOVE_PLACED, s))
          .isEqualTo(HardMediumSoftLongScore.ofMedium(-1));
      assertThat(PlanSolver.analyse(s).penalty().hard()).isZero();
    }

    @Test
    void justificationNamesTheCadreAndTheSeatKept() {
      VERIFY
          .verifyThat(RotationConstraints::mustMoveCadreIsPlaced)
          .given(aCandidate("A").mustMove().build())
          .justifiesWith(new PlanJustification(List.of("A"), "S-A", "U-S-A", 1));
    }
  }

  @Nested
  class MoveTakesALawfulForm {
    Seat lower = aSeat("L").role("PHO_TRUONG_PHONG", 3).build();
    Seat higher = aSeat("H").role("PHO_CHU_TICH_QUAN", 5).build();

    @Test
    void aMoveToALowerGradeBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").movedTo(lower).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void aPromotionWithoutPlanningBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").movedTo(higher).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void aPromotionOfACadreInPlanningForTheRoleKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").plannedFor("PHO_CHU_TICH_QUAN").movedTo(higher).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void aMoveToTheSameGradeKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").movedTo(VACANT).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void eachBreachCostsOneHardPoint() {
      Candidate a = aCandidate("A").movedTo(lower).build();
      assertThat(
              scoreOf(
                  ConstraintIds.LAWFUL_FORM,
                  schedule(List.of(lower), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationNamesTheCadreAndTheNewSeat() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").movedTo(lower).build(), RULES)
          .justifiesWith(new PlanJustification(List.of("A"), "L", "U-L", 1));
    }

    @Test
    void lessThanTenYearsLeftBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").monthsLeft(119).movedTo(VACANT).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void exactlyTenYearsLeftKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").monthsLeft(120).movedTo(VACANT).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void aHeadWhoMustMoveNeedsOnlyOneTerm() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").headWhoMustMove().monthsLeft(60).movedTo(VACANT).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void aHeadWhoMustMoveWithLessThanOneTermBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").headWhoMustMove().monthsLeft(59).movedTo(VACANT).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void anUnknownRetirementBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").monthsLeft(null).movedTo(VACANT).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void tooLittleTimeCostsOneHardPoint() {
      Candidate a = aCandidate("A").monthsLeft(12).movedTo(VACANT).build();
      assertThat(
              scoreOf(
                  ConstraintIds.LAWFUL_FORM,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationOfTooLittleTimeNamesTheCadreAndTheSeat() {
      VERIFY
          .verifyThat(RotationConstraints::moveTakesALawfulForm)
          .given(aCandidate("A").monthsLeft(12).movedTo(VACANT).build(), RULES)
          .justifiesWith(new PlanJustification(List.of("A"), "V", "U-V", 1));
    }
  }

  @Nested
  class NoLocalCadreAsWardSecretaryOrChair {
    Seat secretary = aSeat("BT").role("BI_THU", 4).ward("HD-VP").nonLocalTarget().build();

    @Test
    void aLocalCadreMadeWardSecretaryBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::noLocalCadreAsWardSecretaryOrChair)
          .given(aCandidate("A").localTo("HD-VP").movedTo(secretary).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void aCadreFromAnotherWardKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::noLocalCadreAsWardSecretaryOrChair)
          .given(aCandidate("A").localTo("HD-YN").movedTo(secretary).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void aPolicyWithoutTheRequirementAllowsIt() {
      MoveRules lenient = PlanFixture.rules(false);
      VERIFY
          .verifyThat(RotationConstraints::noLocalCadreAsWardSecretaryOrChair)
          .given(aCandidate("A").localTo("HD-VP").movedTo(secretary).build(), lenient)
          .penalizesBy(0);
    }

    @Test
    void eachBreachCostsOneHardPoint() {
      Candidate a = aCandidate("A").localTo("HD-VP").movedTo(secretary).build();
      assertThat(
              scoreOf(
                  ConstraintIds.NO_LOCAL_WARD_LEADER,
                  schedule(List.of(secretary), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationNamesTheCadreAndTheWardSeat() {
      VERIFY
          .verifyThat(RotationConstraints::noLocalCadreAsWardSecretaryOrChair)
          .given(aCandidate("A").localTo("HD-VP").movedTo(secretary).build(), RULES)
          .justifiesWith(new PlanJustification(List.of("A"), "BT", "U-BT", 1));
    }
  }

  @Nested
  class NoReturnToARecentUnit {
    @Test
    void goingBackToAUnitLeftRecentlyBreaksIt() {
      VERIFY
          .verifyThat(RotationConstraints::noReturnToARecentUnit)
          .given(aCandidate("A").recentlyLeft("U-V").movedTo(VACANT).build(), RULES)
          .penalizesBy(1);
    }

    @Test
    void goingToAnotherUnitKeepsIt() {
      VERIFY
          .verifyThat(RotationConstraints::noReturnToARecentUnit)
          .given(aCandidate("A").recentlyLeft("U-W").movedTo(VACANT).build(), RULES)
          .penalizesBy(0);
    }

    @Test
    void eachBreachCostsOneHardPoint() {
      Candidate a = aCandidate("A").recentlyLeft("U-V").movedTo(VACANT).build();
      assertThat(
              scoreOf(
                  ConstraintIds.NO_RETURN,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofHard(-1));
    }

    @Test
    void justificationNamesTheCadreAndTheUnit() {
      VERIFY
          .verifyThat(RotationConstraints::noReturnToARecentUnit)
          .given(aCandidate("A").recentlyLeft("U-V").movedTo(VACANT).build(), RULES)
          .justifiesWith(new PlanJustification(List.of("A"), "V", "U-V", 1));
    }
  }

  @Nested
  class NonLocalWardLeaders {
    @Test
    void aLocalWardLeaderWhoStaysBelowTargetIsPenalised() {
      VERIFY
          .verifyThat(RotationConstraints::nonLocalWardLeaders)
          .given(aCandidate("A").localWardLeaderBelowTarget().build())
          .penalizesBy(1);
    }

    @Test
    void aLocalWardLeaderWhoMovesIsNot() {
      VERIFY
          .verifyThat(RotationConstraints::nonLocalWardLeaders)
          .given(aCandidate("A").localWardLeaderBelowTarget().movedTo(VACANT).build())
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate a = aCandidate("A").localWardLeaderBelowTarget().build();
      assertThat(
              scoreOf(
                  ConstraintIds.NON_LOCAL_WARD_LEADERS,
                  schedule(List.of(), List.of(), List.of(), List.of(a))))
          .isEqualTo(
              HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.NON_LOCAL_WARD_LEADERS)));
    }

    @Test
    void justificationNamesTheLeaderAndTheSeat() {
      VERIFY
          .verifyThat(RotationConstraints::nonLocalWardLeaders)
          .given(aCandidate("A").localWardLeaderBelowTarget().build())
          .justifiesWith(new PlanJustification(List.of("A"), "S-A", "U-S-A", 1));
    }
  }

  @Nested
  class DepartmentDeputiesTowardTwo {
    Department department = new Department("D", "HD", 1, 2);
    DeputyArea area = new DeputyArea("HD", 1, 2);
    Seat deputySeat = aSeat("PTP").deputyOf("D").build();

    @Test
    void aDepartmentWithOneDeputyIsPenalisedByOne() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(department, area)
          .penalizesBy(1);
    }

    @Test
    void aDeputyMovedInBringsItToTwo() {
      Candidate deputy =
          aCandidate("A")
              .holding(aSeat("X").role("PHO_TRUONG_PHONG", 3).heldBy("A").build())
              .movedTo(deputySeat)
              .build();
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(department, area, deputy)
          .penalizesBy(0);
    }

    @Test
    void aDeputyWhoStaysCountsAndAThirdIsTooMany() {
      Candidate stays =
          aCandidate("S").holding(aSeat("PTP2").deputyOf("D").heldBy("S").build()).build();
      Candidate arrives = aCandidate("A").movedTo(deputySeat).build();
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(department, area, stays, arrives)
          .penalizesBy(1);
    }

    @Test
    void weighsAsThePolicySays() {
      RotationSchedule s = schedule(List.of(), List.of(department), List.of(), List.of());
      assertThat(scoreOf(ConstraintIds.DEPUTIES_TOWARD_TWO, s))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.DEPUTIES_TOWARD_TWO)));
    }

    @Test
    void justificationGivesHowFarTheTotalIsFromTheGoal() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(department, area)
          .justifiesWith(new PlanJustification(List.of(), null, null, 1));
    }

    @Test
    void threeDeputiesInOneDepartmentAndOneInAnotherMeetTheAverage() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(
              new Department("D1", "HD", 3, 2),
              new Department("D2", "HD", 1, 2),
              new DeputyArea("HD", 2, 4))
          .penalizesBy(0);
    }

    @Test
    void aDeputyMovedBetweenDepartmentsLeavesTheAverageAsItWas() {
      Candidate moves =
          aCandidate("A")
              .holding(aSeat("PTP1").deputyOf("D1").heldBy("A").build())
              .movedTo(aSeat("PTP2").deputyOf("D2").build())
              .build();
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(
              new Department("D1", "HD", 1, 2),
              new Department("D2", "HD", 0, 2),
              new DeputyArea("HD", 2, 4),
              moves)
          .penalizesBy(2);
    }

    @Test
    void eachAreaIsMeasuredOnItsOwn() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesTowardTwo)
          .given(
              new Department("D1", "HD", 3, 2),
              new Department("D2", "TX", 1, 2),
              new DeputyArea("HD", 1, 2),
              new DeputyArea("TX", 1, 2))
          .penalizesBy(2);
    }
  }

  @Nested
  class DepartmentDeputiesEvenlySpread {
    @Test
    void eachDepartmentIsPenalisedByItsDistanceFromTheGoal() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesEvenlySpread)
          .given(new Department("D1", "HD", 3, 2), new Department("D2", "HD", 1, 2))
          .penalizesBy(2);
    }

    @Test
    void aDepartmentAtTheGoalIsNot() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesEvenlySpread)
          .given(new Department("D1", "HD", 2, 2))
          .penalizesBy(0);
    }

    @Test
    void weighsLessThanTheAverage() {
      assertThat(weightOf(ConstraintIds.DEPUTIES_SPREAD))
          .isLessThan(weightOf(ConstraintIds.DEPUTIES_TOWARD_TWO));
    }

    @Test
    void justificationNamesTheDepartmentAndItsDeputies() {
      VERIFY
          .verifyThat(RotationConstraints::departmentDeputiesEvenlySpread)
          .given(new Department("D", "HD", 1, 2))
          .justifiesWith(new PlanJustification(List.of(), null, "D", 1));
    }
  }

  @Nested
  class PlanningFit {
    @Test
    void aMoveToARoleNotInPlanningIsPenalised() {
      VERIFY
          .verifyThat(RotationConstraints::planningFit)
          .given(aCandidate("A").movedTo(VACANT).build())
          .penalizesBy(1);
    }

    @Test
    void aMoveToAPlannedRoleIsNot() {
      VERIFY
          .verifyThat(RotationConstraints::planningFit)
          .given(aCandidate("A").plannedFor("TRUONG_PHONG").movedTo(VACANT).build())
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      assertThat(
              scoreOf(
                  ConstraintIds.PLANNING_FIT,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.PLANNING_FIT)));
    }

    @Test
    void justificationNamesTheCadreAndTheSeat() {
      VERIFY
          .verifyThat(RotationConstraints::planningFit)
          .given(aCandidate("A").movedTo(VACANT).build())
          .justifiesWith(new PlanJustification(List.of("A"), "V", "U-V", 1));
    }
  }

  @Nested
  class YoungCadreGainsGrassrootsExperience {
    Seat ward = aSeat("PBT").role("PHO_BI_THU", 3).ward("HD-VP").build();

    @Test
    void aYoungCadreWhoStaysIsPenalised() {
      VERIFY
          .verifyThat(RotationConstraints::youngCadreGainsGrassrootsExperience)
          .given(aCandidate("A").youngForGrassroots().build())
          .penalizesBy(1);
    }

    @Test
    void aYoungCadreMovedWithinTheDistrictIsPenalised() {
      VERIFY
          .verifyThat(RotationConstraints::youngCadreGainsGrassrootsExperience)
          .given(aCandidate("A").youngForGrassroots().movedTo(VACANT).build())
          .penalizesBy(1);
    }

    @Test
    void aYoungCadreSentToAWardIsNot() {
      VERIFY
          .verifyThat(RotationConstraints::youngCadreGainsGrassrootsExperience)
          .given(aCandidate("A").youngForGrassroots().movedTo(ward).build())
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate a = aCandidate("A").youngForGrassroots().build();
      assertThat(
              scoreOf(
                  ConstraintIds.YOUNG_TO_GRASSROOTS,
                  schedule(List.of(), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.YOUNG_TO_GRASSROOTS)));
    }

    @Test
    void justificationNamesTheYoungCadre() {
      VERIFY
          .verifyThat(RotationConstraints::youngCadreGainsGrassrootsExperience)
          .given(aCandidate("A").youngForGrassroots().build())
          .justifiesWith(new PlanJustification(List.of("A"), null, null, 1));
    }
  }

  @Nested
  class FewestMovesBeyondRequired {
    @Test
    void movingAnEligibleCadreIsPenalised() {
      VERIFY
          .verifyThat(RotationConstraints::fewestMovesBeyondRequired)
          .given(aCandidate("A").movedTo(VACANT).build())
          .penalizesBy(1);
    }

    @Test
    void movingACadreWhoMustMoveIsNot() {
      VERIFY
          .verifyThat(RotationConstraints::fewestMovesBeyondRequired)
          .given(aCandidate("A").mustMove().movedTo(VACANT).build())
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      assertThat(
              scoreOf(
                  ConstraintIds.FEWEST_MOVES,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.FEWEST_MOVES)));
    }

    @Test
    void justificationNamesTheCadre() {
      VERIFY
          .verifyThat(RotationConstraints::fewestMovesBeyondRequired)
          .given(aCandidate("A").movedTo(VACANT).build())
          .justifiesWith(new PlanJustification(List.of("A"), "V", "U-V", 1));
    }
  }

  @Nested
  class UnitKeepsALeader {
    LeadershipUnit unit = new LeadershipUnit("U", 2);
    Candidate first =
        aCandidate("A").holding(aSeat("X").inUnit("U").heldBy("A").build()).movedTo(VACANT).build();

    @Test
    void movingEveryLeaderOfAUnitIsPenalised() {
      Candidate second =
          aCandidate("B")
              .holding(aSeat("Y").inUnit("U").heldBy("B").build())
              .movedTo(OTHER_VACANT)
              .build();
      VERIFY
          .verifyThat(RotationConstraints::unitKeepsALeader)
          .given(unit, first, second)
          .penalizesBy(1);
    }

    @Test
    void keepingOneLeaderIsNot() {
      Candidate second =
          aCandidate("B").holding(aSeat("Y").inUnit("U").heldBy("B").build()).build();
      VERIFY
          .verifyThat(RotationConstraints::unitKeepsALeader)
          .given(unit, first, second)
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      LeadershipUnit single = new LeadershipUnit("U", 1);
      assertThat(
              scoreOf(
                  ConstraintIds.UNIT_KEEPS_A_LEADER,
                  schedule(List.of(VACANT), List.of(), List.of(single), List.of(first))))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.UNIT_KEEPS_A_LEADER)));
    }

    @Test
    void justificationNamesTheUnitAndHowManyLeave() {
      Candidate second =
          aCandidate("B")
              .holding(aSeat("Y").inUnit("U").heldBy("B").build())
              .movedTo(OTHER_VACANT)
              .build();
      VERIFY
          .verifyThat(RotationConstraints::unitKeepsALeader)
          .given(unit, first, second)
          .justifiesWith(new PlanJustification(List.of(), null, "U", 2));
    }
  }

  @Nested
  class WomenAndYoungBalance {
    Seat inA = aSeat("XA").inUnit("A").heldBy("W").build();
    Seat inB = aSeat("XB").inUnit("B").heldBy("M").build();

    @Test
    void aWomanLeavingWithoutReplacementIsPenalised() {
      Candidate woman = aCandidate("W").woman().holding(inA).movedTo(VACANT).build();
      VERIFY.verifyThat(RotationConstraints::womenAndYoungBalance).given(woman).penalizesBy(1);
    }

    @Test
    void aYoungWomanLeavingCountsTwice() {
      Candidate woman = aCandidate("W").woman().young().holding(inA).movedTo(VACANT).build();
      VERIFY.verifyThat(RotationConstraints::womenAndYoungBalance).given(woman).penalizesBy(2);
    }

    @Test
    void twoWomenSwappingUnitsAreNot() {
      Candidate w1 = aCandidate("W").woman().holding(inA).movedTo(inB).build();
      Candidate w2 = aCandidate("M").woman().holding(inB).movedTo(inA).build();
      VERIFY.verifyThat(RotationConstraints::womenAndYoungBalance).given(w1, w2).penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate woman = aCandidate("W").woman().holding(inA).movedTo(VACANT).build();
      assertThat(
              scoreOf(
                  ConstraintIds.WOMEN_AND_YOUNG_BALANCE,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(woman))))
          .isEqualTo(
              HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.WOMEN_AND_YOUNG_BALANCE)));
    }

    @Test
    void justificationNamesTheUnitThatLoses() {
      Candidate woman = aCandidate("W").woman().holding(inA).movedTo(VACANT).build();
      VERIFY
          .verifyThat(RotationConstraints::womenAndYoungBalance)
          .given(woman)
          .justifiesWith(new PlanJustification(List.of(), null, "A", 1));
    }
  }

  @Nested
  class VacatedSeatIsFilled {
    Seat x = aSeat("X").heldBy("A").build();
    Seat y = aSeat("Y").heldBy("B").build();

    @Test
    void aSeatLeftEmptyByAMoveIsPenalised() {
      VERIFY
          .verifyThat(RotationConstraints::vacatedSeatIsFilled)
          .given(aCandidate("A").holding(x).movedTo(VACANT).build())
          .penalizesBy(1);
    }

    @Test
    void twoCadresSwappingSeatsLeaveNoneEmpty() {
      VERIFY
          .verifyThat(RotationConstraints::vacatedSeatIsFilled)
          .given(
              aCandidate("A").holding(x).movedTo(y).build(),
              aCandidate("B").holding(y).movedTo(x).build())
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate a = aCandidate("A").holding(x).movedTo(VACANT).build();
      assertThat(
              scoreOf(
                  ConstraintIds.VACATED_SEAT_FILLED,
                  schedule(List.of(x, VACANT), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.VACATED_SEAT_FILLED)));
    }

    @Test
    void justificationNamesTheCadreAndTheSeatLeft() {
      VERIFY
          .verifyThat(RotationConstraints::vacatedSeatIsFilled)
          .given(aCandidate("A").holding(x).movedTo(VACANT).build())
          .justifiesWith(new PlanJustification(List.of("A"), "X", "U-X", 1));
    }
  }

  @Test
  void theWholeProviderAddsUpEveryWeightedPenalty() {
    Candidate mustMoveStays = aCandidate("A").mustMove().build();
    Candidate eligibleMoves = aCandidate("B").plannedFor("TRUONG_PHONG").movedTo(VACANT).build();
    RotationSchedule s =
        schedule(List.of(VACANT), List.of(), List.of(), List.of(mustMoveStays, eligibleMoves));
    long soft = weightOf(ConstraintIds.FEWEST_MOVES) + weightOf(ConstraintIds.VACATED_SEAT_FILLED);
    VERIFY.verifyThat().givenSolution(s).scores(HardMediumSoftLongScore.of(0, -1, -soft));
  }

  @Nested
  class KeepsThePreviousPlan {
    @Test
    void aCadreSentElsewhereThanInThePlanBeforeIsPenalised() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      a.remember(OTHER_VACANT);
      VERIFY.verifyThat(RotationConstraints::keepsThePreviousPlan).given(a).penalizesBy(1);
    }

    @Test
    void aCadreWhoStayedBeforeAndMovesNowIsPenalised() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      a.remember(null);
      VERIFY.verifyThat(RotationConstraints::keepsThePreviousPlan).given(a).penalizesBy(1);
    }

    @Test
    void theSameChoiceAsBeforeIsNot() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      a.remember(VACANT);
      VERIFY.verifyThat(RotationConstraints::keepsThePreviousPlan).given(a).penalizesBy(0);
    }

    @Test
    void aFirstSolveHasNothingToKeep() {
      VERIFY
          .verifyThat(RotationConstraints::keepsThePreviousPlan)
          .given(aCandidate("A").movedTo(VACANT).build())
          .penalizesBy(0);
    }

    @Test
    void weighsAsThePolicySays() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      a.remember(null);
      assertThat(
              scoreOf(
                  ConstraintIds.KEEPS_PREVIOUS_PLAN,
                  schedule(List.of(VACANT), List.of(), List.of(), List.of(a))))
          .isEqualTo(HardMediumSoftLongScore.ofSoft(-weightOf(ConstraintIds.KEEPS_PREVIOUS_PLAN)));
    }

    @Test
    void justificationNamesTheCadreAndTheNewChoice() {
      Candidate a = aCandidate("A").movedTo(VACANT).build();
      a.remember(null);
      VERIFY
          .verifyThat(RotationConstraints::keepsThePreviousPlan)
          .given(a)
          .justifiesWith(new PlanJustification(List.of("A"), "V", "U-V", 1));
    }
  }
}
