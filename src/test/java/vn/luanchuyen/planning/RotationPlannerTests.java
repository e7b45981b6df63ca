package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;

/** Whole solves on a small district, in full-assert mode, bounded by steps, never by time. */
class RotationPlannerTests {

  static final Policy POLICY = PolicyLoader.fromClasspath("hadong-2022");

  static PlanRequest request() {
    return new PlanRequest(SmallDistrict.AS_OF, Set.of(), null, 300L, List.of(), List.of(), true);
  }

  static PlannedMove moveOf(RotationPlan plan, String cadre) {
    return plan.moves().stream().filter(m -> m.cadre().equals(cadre)).findFirst().orElseThrow();
  }

  @Test
  void aFullAssertSolveMovesEveryoneWhoMustMoveAndExplainsEachMove() {
    RotationPlan plan =
        new RotationPlanner()
            .propose(SmallDistrict.standard().snapshot(), POLICY, request(), p -> {});

    assertThat(plan.feasible()).isTrue();
    assertThat(plan.broken()).isEmpty();
    PlannedMove head = moveOf(plan, "C1");
    assertThat(head.moves()).isTrue();
    assertThat(head.toUnit()).isNotEqualTo(head.fromUnit());
    assertThat(head.toSeat()).isNotEqualTo("W1-CT");
    assertThat(head.grounds()).extracting(Explanation::code).contains("head-tenure-reached");
    assertThat(head.satisfied())
        .extracting(Explanation::text)
        .contains("Rời chức vụ và đơn vị hiện tại như quy định bắt buộc luân chuyển");
    assertThat(moveOf(plan, "C2").moves()).isTrue();
    PlannedMove young = moveOf(plan, "C3");
    assertThat(young.toSeat()).isEqualTo("W1-PCT");
    assertThat(young.satisfied())
        .extracting(Explanation::code)
        .contains("youngCadreGainsGrassrootsExperience");
  }

  @Test
  void aMustMoveHeadNotInPlanningIsTransferredNotLeftInPlace() {
    SmallDistrict d = SmallDistrict.standard();
    d.notPlanned("C1");
    // no other department head's seat: only a ward chair's seat is equivalent
    d.positions.removeIf(p -> p.code().equals("P2-TP"));

    RotationPlan plan = new RotationPlanner().propose(d.snapshot(), POLICY, request(), p -> {});

    assertThat(plan.feasible()).isTrue();
    PlannedMove head = moveOf(plan, "C1");
    assertThat(head.toSeat()).isEqualTo("W2-CT");
    assertThat(head.form()).isEqualTo(AssignmentForm.DIEU_DONG);
    assertThat(head.formReason().text())
        .startsWith("Điều động: chức danh tương đương ở đơn vị khác")
        .contains("luân chuyển: không trong quy hoạch");
    PlannedMove chair = moveOf(plan, "C2");
    assertThat(chair.form()).isEqualTo(AssignmentForm.LUAN_CHUYEN);
    assertThat(plan.unplaced()).isEmpty();
  }

  @Test
  void aMustMoveHeadNotInPlanningTakesAPostOfEqualRankInTheSameSectorAsAPositionChange() {
    SmallDistrict d = SmallDistrict.standard();
    d.notPlanned("C1");

    RotationPlan plan = new RotationPlanner().propose(d.snapshot(), POLICY, request(), p -> {});

    PlannedMove head = moveOf(plan, "C1");
    assertThat(head.moves()).isTrue();
    assertThat(head.form()).isIn(AssignmentForm.CHUYEN_DOI, AssignmentForm.DIEU_DONG);
    if (head.toSeat().equals("P2-TP")) {
      assertThat(head.form()).isEqualTo(AssignmentForm.CHUYEN_DOI);
    }
    assertThat(plan.movesOnly())
        .allSatisfy(m -> assertThat(m.form()).as("form of %s", m.cadre()).isNotNull());
  }

  @Test
  void aHeadWithinTheRetirementFloorIsExemptAndTheOthersStillMove() {
    SmallDistrict d = SmallDistrict.standard();
    d.retiring("C2", java.time.YearMonth.of(2023, 11));

    RotationPlan plan = new RotationPlanner().propose(d.snapshot(), POLICY, request(), p -> {});

    assertThat(plan.moves())
        .filteredOn(m -> m.cadre().equals("C2"))
        .allSatisfy(m -> assertThat(m.kind()).isNotEqualTo("MUST_MOVE"));
    assertThat(plan.unplaced()).isEmpty();
    assertThat(moveOf(plan, "C1").moves()).isTrue();
  }

  @Test
  void aHeadEighteenMonthsFromRetirementStillMustMove() {
    SmallDistrict d = SmallDistrict.standard();
    d.retiring("C2", java.time.YearMonth.of(2023, 12));

    RotationPlan plan = new RotationPlanner().propose(d.snapshot(), POLICY, request(), p -> {});

    assertThat(moveOf(plan, "C2").kind()).isEqualTo("MUST_MOVE");
  }

  @Test
  void keepingACadreInPlaceAndSolvingAgainChangesOnlyWhatItMust() {
    RotationPlan first =
        new RotationPlanner()
            .propose(SmallDistrict.standard().snapshot(), POLICY, request(), p -> {});
    PlannedMove young = moveOf(first, "C3");
    assertThat(young.moves()).isTrue();

    PlanRequest again =
        request().withLocks(List.of(new PlanRequest.Lock("C3", null)), List.of()).after(first);
    RotationPlan second =
        new RotationPlanner().propose(SmallDistrict.standard().snapshot(), POLICY, again, p -> {});

    assertThat(moveOf(second, "C3").moves()).isFalse();
    assertThat(moveOf(second, "C3").locked()).isTrue();
    for (PlannedMove m : first.movesOnly()) {
      if (!m.cadre().equals("C3")) {
        assertThat(moveOf(second, m.cadre()).toSeat()).as(m.cadre()).isEqualTo(m.toSeat());
      }
    }
  }

  @Test
  void aCadreBarredFromMovingAtAllStays() {
    PlanRequest barred =
        request().withLocks(List.of(), List.of(new PlanRequest.Forbidden("C1", null)));

    RotationPlan plan =
        new RotationPlanner().propose(SmallDistrict.standard().snapshot(), POLICY, barred, p -> {});

    assertThat(moveOf(plan, "C1").moves()).isFalse();
    assertThat(plan.unplaced())
        .anySatisfy(u -> assertThat(u.text()).contains("giữ nguyên vị trí theo lựa chọn"));
  }

  @Test
  void theSeatsACadreMayBeAssignedToSayTheFormOfEachMoveOrWhatItBreaks() {
    SmallDistrict d = SmallDistrict.standard();
    d.notPlanned("C1");

    List<SeatOption> options = new RotationPlanner().options(d.snapshot(), POLICY, request(), "C1");

    assertThat(options).extracting(SeatOption::seat).contains("P2-TP", "W1-CT", "W2-CT");
    SeatOption sameSector =
        options.stream().filter(o -> o.seat().equals("P2-TP")).findFirst().orElseThrow();
    assertThat(sameSector.form()).isEqualTo(AssignmentForm.CHUYEN_DOI);
    assertThat(sameSector.lawful()).isTrue();
    SeatOption homeWard =
        options.stream().filter(o -> o.seat().equals("W1-CT")).findFirst().orElseThrow();
    assertThat(homeWard.lawful()).isFalse();
    assertThat(homeWard.problems()).anySatisfy(p -> assertThat(p).contains("người địa phương"));
    assertThat(options.get(0).lawful()).isTrue();
    assertThat(new RotationPlanner().options(d.snapshot(), POLICY, request(), "CB9999")).isEmpty();
  }

  @Test
  void anOptionalMoveSaysWhatItBringsToThePlan() {
    SmallDistrict d = SmallDistrict.standard();
    RotationPlan plan = new RotationPlanner().propose(d.snapshot(), POLICY, request(), p -> {});
    assertThat(moveOf(plan, "C3").toSeat()).isEqualTo("W1-PCT");

    List<MoveGain> gains = new RotationPlanner().gain(d.snapshot(), POLICY, request(), plan, "C3");

    assertThat(gains)
        .filteredOn(g -> g.constraint().equals("youngCadreGainsGrassrootsExperience"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.helps()).isTrue();
              assertThat(g.amount()).isEqualTo(30);
              assertThat(g.name()).isEqualTo("Cán bộ trẻ trong quy hoạch được rèn luyện ở cơ sở");
            });
    assertThat(new RotationPlanner().gain(d.snapshot(), POLICY, request(), plan, "CB9999"))
        .isEmpty();
  }

  @Test
  void thePlanReportsItsScoreByConstraintTheBaselineAndTheBound() {
    RotationPlan plan =
        new RotationPlanner()
            .propose(SmallDistrict.standard().snapshot(), POLICY, request(), p -> {});

    assertThat(plan.constraints()).hasSize(17);
    assertThat(plan.constraints())
        .filteredOn(ConstraintScore::hard)
        .allSatisfy(c -> assertThat(c.penalty()).isZero());
    long total =
        plan.constraints().stream()
            .filter(c -> !c.hard() && !c.medium())
            .mapToLong(ConstraintScore::penalty)
            .sum();
    assertThat(total).isEqualTo(plan.softPenalty());
    SolveFigures f = plan.figures();
    assertThat(f.boundHard()).isZero();
    assertThat(f.boundMedium()).isEqualTo(plan.mediumPenalty());
    assertThat(f.boundSoft()).isLessThanOrEqualTo(plan.softPenalty());
    assertThat(
            java.util.Arrays.compare(
                new long[] {f.baselineHard(), f.baselineMedium(), f.baselineSoft()},
                new long[] {plan.hardPenalty(), plan.mediumPenalty(), plan.softPenalty()}))
        .isNotNegative();
    assertThat(f.gap()).isNotNull().isBetween(0.0, 1.0);
    assertThat(f.millisToFeasible()).isNotNegative();
    assertThat(plan.targets())
        .extracting(TargetChange::target)
        .containsExactly("non-local-ward-leaders", "deputies-per-department");
    TargetChange nonLocal = plan.targets().get(0);
    assertThat(nonLocal.before()).isEqualTo(0.0);
    assertThat(nonLocal.after()).isEqualTo(1.0);
  }

  @Test
  void aCadreWhoMustMoveButHasNoSeatLeavesThePlanAcceptableAndIsNamedWithTheReason() {
    SmallDistrict d = SmallDistrict.standard();
    d.positions.removeIf(p -> !p.unitCode().equals("P1"));
    d.assignments.removeIf(a -> !a.positionCode().startsWith("P1"));

    RotationPlan plan = new RotationPlanner().propose(d.snapshot(), POLICY, request(), p -> {});

    assertThat(plan.feasible()).isTrue();
    assertThat(plan.mediumPenalty()).isPositive();
    assertThat(plan.unplaced())
        .anySatisfy(
            u -> {
              assertThat(u.constraint()).isEqualTo("mustMoveCadreIsPlaced");
              assertThat(u.text())
                  .startsWith("Cán bộ phải luân chuyển chưa có vị trí phù hợp: Nguyễn Văn An (C1)")
                  .contains(
                      "điều động: không có chức danh tương đương nào trong phạm vi của hình thức này");
            });
    assertThat(moveOf(plan, "C1").broken())
        .extracting(Explanation::code)
        .contains("mustMoveCadreIsPlaced");
  }

  @Test
  void anInfeasibleInstanceReturnsTheBestPlanNamingTheBrokenRuleAndTheCadres() {
    PlanRequest clash =
        request()
            .withLocks(
                List.of(new PlanRequest.Lock("C1", "P2-TP"), new PlanRequest.Lock("C2", "P2-TP")),
                List.of());

    RotationPlan plan =
        new RotationPlanner().propose(SmallDistrict.standard().snapshot(), POLICY, clash, p -> {});

    assertThat(plan.feasible()).isFalse();
    assertThat(plan.figures().boundHard()).isPositive();
    assertThat(plan.broken())
        .anySatisfy(
            b -> {
              assertThat(b.constraint()).isEqualTo("oneCadrePerSeat");
              assertThat(b.cadres()).containsExactlyInAnyOrder("C1", "C2");
            });
  }

  @Test
  void lockedChoicesAreKeptAndForbiddenMovesAreNotProposed() {
    PlanRequest locked =
        request()
            .withLocks(
                List.of(new PlanRequest.Lock("C2", "P2-TP")),
                List.of(new PlanRequest.Forbidden("C3", "W1-PCT")));

    RotationPlan plan =
        new RotationPlanner().propose(SmallDistrict.standard().snapshot(), POLICY, locked, p -> {});

    PlannedMove chair = moveOf(plan, "C2");
    assertThat(chair.toSeat()).isEqualTo("P2-TP");
    assertThat(chair.locked()).isTrue();
    assertThat(moveOf(plan, "C3").toSeat()).isNotEqualTo("W1-PCT");
  }

  @Test
  void aMoveEditedByHandShowsAtOnceWhichRulesItBreaks() {
    PlanRequest edited =
        request().withLocks(List.of(new PlanRequest.Lock("C1", "W1-CT")), List.of());

    RotationPlan plan =
        new RotationPlanner().evaluate(SmallDistrict.standard().snapshot(), POLICY, edited);

    assertThat(moveOf(plan, "C1").broken())
        .extracting(Explanation::code)
        .contains("noLocalCadreAsWardSecretaryOrChair");
    assertThat(plan.broken())
        .extracting(BrokenRule::constraint)
        .contains("noLocalCadreAsWardSecretaryOrChair");
    assertThat(plan.unplaced())
        .singleElement()
        .satisfies(u -> assertThat(u.cadres()).containsExactly("C2"));
  }
}
