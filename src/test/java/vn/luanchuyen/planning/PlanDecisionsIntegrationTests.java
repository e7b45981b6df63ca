package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.CadreMeetings;
import vn.luanchuyen.approval.Decision;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.SeatChange;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.planning.internal.FaultInjection;
import vn.luanchuyen.reporting.PlanProgress;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.SavedPlans;

/**
 * A saved plan carried through the founding 4-step procedure and, once the Standing Committee's
 * vote passes, applied to the registry in the deciding transaction — or refused whole when the
 * registry moved past it or the writing fails half-way. On H2 and PostgreSQL.
 */
@SpringBootTest
@Tag("database")
class PlanDecisionsIntegrationTests {

  static final Actor CLERK = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor SECOND_CLERK = new Actor("admin", Set.of("ADMIN"));
  static final Actor MEMBER = new Actor("thuongvu", Set.of("STANDING_COMMITTEE"));
  static final StepInput FULL =
      new StepInput("Thống nhất", "Phòng Nội vụ; UBND phường", "Đủ tiêu chuẩn", "Đã gặp", "Đồng ý");
  static final LocalDate EFFECTIVE = LocalDate.of(2022, 9, 1);
  static final Decision DECISION = new Decision("125-QĐ/QU", LocalDate.of(2022, 8, 20), EFFECTIVE);

  @Autowired PlanDecisions decisions;
  @Autowired PlanVersions versions;
  @Autowired PlanProgress progress;
  @Autowired Approvals approvals;
  @Autowired CadreRegistry registry;
  @Autowired RegistryImport importer;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registry() {
    DatabaseCleaner.clean(jdbc);
    assertThat(importer.importContent(SmallDistrict.standard().content()).problems()).isEmpty();
  }

  /**
   * A saved draft: C1 leaves the head of P1 for the vacant chair of W1, C2 leaves the chair of W2
   * for the vacant head of P2, and C3 takes the chair C2 leaves (a vacancy chain).
   */
  long savedPlan() {
    return savedPlan("Đợt 1");
  }

  long savedPlan(String name) {
    return SavedPlans.draft(
        jdbc,
        name,
        "hadong-2022",
        SmallDistrict.AS_OF,
        "C1",
        "P1-TP",
        "W1-CT",
        "C2",
        "W2-CT",
        "P2-TP",
        "C3",
        "P2-PTP1",
        "W2-CT");
  }

  /**
   * The same moves, each in its own form: C1 rotated (luân chuyển), C2 transferred (điều động), C3
   * given another post (chuyển đổi vị trí công tác).
   */
  long savedMixedPlan() {
    return SavedPlans.aDraft(jdbc, "Đợt hỗn hợp", "hadong-2022", SmallDistrict.AS_OF)
        .move("C1", "P1-TP", "W1-CT", AssignmentForm.LUAN_CHUYEN)
        .move("C2", "W2-CT", "P2-TP", AssignmentForm.DIEU_DONG)
        .move("C3", "P2-PTP1", "W2-CT", AssignmentForm.CHUYEN_DOI)
        .save();
  }

  /** The case opened for the plan, at its deciding step with the vote passed and confirmed. */
  ApprovalCase readyToDecide(long plan, String cadre) {
    ApprovalCase c = decisions.submit(plan, cadre, CLERK);
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL, CLERK);
    c = approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, CLERK);
    CadreMeetings.meetEveryCadre(approvals, c.id(), CLERK);
    c = approvals.complete(c.id(), c.version(), "tong-hop-tham-dinh", FULL, CLERK);
    for (SeatChange move : decisions.changesOf(c)) {
      approvals.enterTally(c.id(), move.cadre(), 1, new Tally(15, 14, 12, 1, 1, 0), MEMBER);
      approvals.enterTally(c.id(), move.cadre(), 1, new Tally(15, 14, 12, 1, 1, 0), SECOND_CLERK);
    }
    return approvals.get(c.id());
  }

  ApprovalCase decide(ApprovalCase c) {
    return approvals.decide(
        c.id(), c.version(), "APPROVED", StepInput.comment("Thông qua"), DECISION, MEMBER);
  }

  List<Assignment> everyStay() {
    return new ArrayList<>(registry.assignments());
  }

  Assignment current(String cadre) {
    return registry.assignmentsOf(cadre).stream()
        .filter(a -> a.endDate() == null)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anApprovedPlanEndsEachOldStayTheDayBeforeAndStartsTheNewOneOnTheEffectiveDay() {
    long plan = savedPlan();
    ApprovalCase c = readyToDecide(plan, null);

    ApprovalCase decided = decide(c);

    assertThat(decided.status().name()).isEqualTo("APPROVED");
    Assignment left =
        registry.assignmentsOf("C1").stream()
            .filter(a -> a.positionCode().equals("P1-TP"))
            .findFirst()
            .orElseThrow();
    assertThat(left.endDate()).isEqualTo(LocalDate.of(2022, 8, 31));
    Assignment started = current("C1");
    assertThat(started.positionCode()).isEqualTo("W1-CT");
    assertThat(started.startDate()).isEqualTo(EFFECTIVE);
    assertThat(started.form()).isEqualTo(AssignmentForm.LUAN_CHUYEN);
    assertThat(started.decisionNumber()).isEqualTo("125-QĐ/QU");
    assertThat(current("C2").positionCode()).isEqualTo("P2-TP");
    assertThat(current("C3").positionCode())
        .as("the chair C2 left is taken in the same decision")
        .isEqualTo("W2-CT");
    assertThat(current("C4").positionCode())
        .as("a cadre outside the plan stays")
        .isEqualTo("P1-PTP1");
    assertThat(
            jdbc.sql("select status from planning_plan where id = ?")
                .param(plan)
                .query(String.class)
                .single())
        .isEqualTo("DECIDED");
    assertThat(
            jdbc.sql("select count(*) from audit_entry where record_type = 'cadre-assignment'")
                .query(Integer.class)
                .single())
        .as("three stays ended and three begun, each in the audit trail")
        .isEqualTo(6);
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void decisionOfAMixedPlanRecordsEachForm() {
    long plan = savedMixedPlan();

    decide(readyToDecide(plan, null));

    assertThat(List.of(current("C1"), current("C2"), current("C3")))
        .extracting(a -> a.cadreCode() + " " + a.positionCode() + " " + a.form())
        .containsExactly("C1 W1-CT LUAN_CHUYEN", "C2 P2-TP DIEU_DONG", "C3 W2-CT CHUYEN_DOI");
    assertThat(decisions.changesOf(approvals.casesFor(PlanDecisions.PLAN, "" + plan).get(0)))
        .as("the changes a decided case made keep their forms")
        .extracting(SeatChange::form)
        .containsExactly(
            AssignmentForm.LUAN_CHUYEN, AssignmentForm.DIEU_DONG, AssignmentForm.CHUYEN_DOI);
  }

  @Test
  void theProgressReportCountsTheMovesOfAMixedDecisionPerFormInTheirYear() {
    decide(readyToDecide(savedMixedPlan(), null));

    PlanProgress.YearMoves in2022 =
        progress.progress(LocalDate.of(2022, 12, 31)).moves().stream()
            .filter(m -> m.year() == 2022)
            .findFirst()
            .orElseThrow();

    assertThat(in2022.decidedBy(AssignmentForm.LUAN_CHUYEN)).isEqualTo(1);
    assertThat(in2022.decidedBy(AssignmentForm.DIEU_DONG)).isEqualTo(1);
    assertThat(in2022.decidedBy(AssignmentForm.CHUYEN_DOI)).isEqualTo(1);
    assertThat(in2022.decidedTotal()).isEqualTo(3);
  }

  @Test
  void aReversalUndoesEachMoveInItsForm() {
    long plan = savedMixedPlan();
    decide(readyToDecide(plan, null));

    SavedPlan reversal = decisions.draftReversal(plan, LocalDate.of(2023, 1, 1));

    assertThat(versionsOf(reversal.id()))
        .containsExactly(
            "C1 W1-CT→P1-TP LUAN_CHUYEN",
            "C2 P2-TP→W2-CT DIEU_DONG",
            "C3 W2-CT→P2-PTP1 CHUYEN_DOI");
  }

  List<String> versionsOf(long id) {
    return versions.moves(id).stream()
        .map(m -> m.cadre() + " " + m.fromSeat() + "→" + m.toSeat() + " " + m.form())
        .toList();
  }

  @Test
  void aDecisionIsUndoneOnlyByALaterDecisionOnItsReversal() {
    long plan = savedPlan();
    decide(readyToDecide(plan, null));

    SavedPlan reversal = decisions.draftReversal(plan, LocalDate.of(2023, 1, 1));
    assertThat(reversal.status().name()).isEqualTo("DRAFT");
    assertThat(reversal.name()).startsWith("Thu hồi: Đợt 1");
    ApprovalCase c = readyToDecide(reversal.id(), null);
    approvals.decide(
        c.id(),
        c.version(),
        "APPROVED",
        StepInput.comment("Thu hồi"),
        new Decision("140-QĐ/QU", LocalDate.of(2022, 12, 20), LocalDate.of(2023, 1, 1)),
        MEMBER);

    assertThat(current("C1").positionCode()).isEqualTo("P1-TP");
    assertThat(current("C3").positionCode()).isEqualTo("P2-PTP1");
    assertThat(registry.assignmentsOf("C1"))
        .as("the first decision stays on record, ended by the second")
        .extracting(a -> a.positionCode() + " " + a.startDate() + " " + a.endDate())
        .containsExactly(
            "P1-TP 2010-01-01 2022-08-31", "W1-CT 2022-09-01 2022-12-31", "P1-TP 2023-01-01 null");
    assertThatThrownBy(() -> decisions.draftReversal(savedPlan("Đợt 2"), LocalDate.of(2023, 1, 1)))
        .isInstanceOfSatisfying(
            ApprovalRefused.class,
            e ->
                assertThat(e.reasons())
                    .extracting(r -> r.code())
                    .containsExactly("reverse.nothing-decided"));
  }

  @Test
  void aDecisionOnAStalePlanIsRefusedWithWhatChangedAndChangesNothing() {
    long plan = savedPlan();
    ApprovalCase c = readyToDecide(plan, null);
    // meanwhile C4 was elected chair of W1, the seat the plan gives to C1
    List<Assignment> c4 = new ArrayList<>(registry.assignmentsOf("C4"));
    c4.replaceAll(
        a ->
            new Assignment(
                null,
                a.cadreCode(),
                a.positionCode(),
                a.startDate(),
                LocalDate.of(2022, 7, 14),
                a.form(),
                a.decisionNumber(),
                0));
    c4.add(
        new Assignment(
            null, "C4", "W1-CT", LocalDate.of(2022, 7, 15), null, AssignmentForm.BAU, "7/NQ", 0));
    registry.replaceAssignmentsOf(List.of("C4"), c4);
    List<Assignment> before = everyStay();

    assertThatThrownBy(() -> decide(c))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("W1-CT đang do cán bộ C4 đảm nhiệm từ 15/07/2022");
    assertThat(decisions.staleness(plan, null, EFFECTIVE))
        .singleElement()
        .asString()
        .contains("C4");

    ApprovalCase still = approvals.get(c.id());
    assertThat(still.status().name()).isEqualTo("OPEN");
    assertThat(still.decision()).isNull();
    assertThat(approvals.timeline(c.id())).extracting("action").doesNotContain("APPROVED");
    assertThat(everyStay()).isEqualTo(before);
  }

  @Test
  void aFailureHalfWayThroughApplyingTheDecisionChangesNothing() {
    long plan = savedPlan();
    ApprovalCase c = readyToDecide(plan, null);
    List<Assignment> before = everyStay();
    long auditRows = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

    System.setProperty(FaultInjection.FAIL_AFTER, "4");
    try {
      assertThatThrownBy(() -> decide(c)).hasMessageContaining("fault injected after 4");
    } finally {
      System.clearProperty(FaultInjection.FAIL_AFTER);
    }

    assertThat(everyStay()).isEqualTo(before);
    assertThat(approvals.get(c.id()).status().name()).isEqualTo("OPEN");
    assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
        .isEqualTo(auditRows);
    assertThat(
            jdbc.sql("select status from planning_plan where id = ?")
                .param(plan)
                .query(String.class)
                .single())
        .isEqualTo("DRAFT");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void oneMoveIsDecidedAloneAndTheRestOfThePlanStaysToBeDecided() {
    long plan = savedPlan();
    ApprovalCase c = readyToDecide(plan, "C1");

    decide(c);

    assertThat(current("C1").positionCode()).isEqualTo("W1-CT");
    assertThat(current("C2").positionCode()).isEqualTo("W2-CT");
    assertThat(
            jdbc.sql("select status from planning_plan where id = ?")
                .param(plan)
                .query(String.class)
                .single())
        .isEqualTo("DRAFT");
    ApprovalCase rest = decisions.submit(plan, null, CLERK);
    assertThat(rest.title()).contains("2 điều chuyển");
  }

  @Test
  void noCadreMovesWithoutAPassedSecretBallotOfTheirOwn() {
    long plan = savedPlan();
    ApprovalCase c = decisions.submit(plan, null, CLERK);
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL, CLERK);
    c = approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, CLERK);
    CadreMeetings.meetEveryCadre(approvals, c.id(), CLERK);
    ApprovalCase deciding =
        approvals.complete(c.id(), c.version(), "tong-hop-tham-dinh", FULL, CLERK);
    for (String cadre : List.of("C1", "C2")) {
      approvals.enterTally(deciding.id(), cadre, 1, new Tally(15, 14, 12, 1, 1, 0), MEMBER);
      approvals.enterTally(deciding.id(), cadre, 1, new Tally(15, 14, 12, 1, 1, 0), SECOND_CLERK);
    }
    List<Assignment> before = everyStay();

    assertThatThrownBy(() -> decide(deciding))
        .isInstanceOfSatisfying(
            ApprovalRefused.class,
            e ->
                assertThat(e.reasons()).extracting(r -> r.code()).containsExactly("decide.unvoted"))
        .hasMessageContaining("Chưa có kết quả bỏ phiếu kín đạt")
        .hasMessageContaining("1 cán bộ trong phương án: C3");
    assertThat(everyStay()).isEqualTo(before);
    assertThat(approvals.get(deciding.id()).status().name()).isEqualTo("OPEN");
  }

  @Test
  void aPlanCannotBeSubmittedTwiceWhileItsCaseIsOpen() {
    long plan = savedPlan();
    ApprovalCase first = decisions.submit(plan, null, CLERK);

    assertThatThrownBy(() -> decisions.submit(plan, null, CLERK))
        .isInstanceOfSatisfying(
            ApprovalRefused.class,
            e ->
                assertThat(e.reasons())
                    .extracting(r -> r.code())
                    .containsExactly("submit.case-open"))
        .hasMessageContaining("số " + first.id());
  }

  @Test
  void aRejectedPlanChangesNoStayAndIsMarkedNotApproved() {
    long plan = savedPlan();
    ApprovalCase c = readyToDecide(plan, null);
    List<Assignment> before = everyStay();

    approvals.decide(
        c.id(), c.version(), "REJECTED", StepInput.comment("Chưa phù hợp"), null, MEMBER);

    assertThat(everyStay()).isEqualTo(before);
    assertThat(
            jdbc.sql("select status from planning_plan where id = ?")
                .param(plan)
                .query(String.class)
                .single())
        .isEqualTo("REJECTED");
  }

  @Test
  void aTallyForACadreOfTheRegistryWithoutAMoveInThePlanIsRefusedAndNothingIsRecorded() {
    ApprovalCase c = readyToDecide(savedPlan(), null);
    int entries =
        jdbc.sql("select count(*) from approval_tally_entry").query(Integer.class).single();

    assertThatThrownBy(
            () -> approvals.enterTally(c.id(), "C4", 1, new Tally(15, 14, 12, 1, 1, 0), MEMBER))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("Cán bộ C4 không có điều chuyển nào trong hồ sơ này");
    assertThat(jdbc.sql("select count(*) from approval_tally_entry").query(Integer.class).single())
        .isEqualTo(entries);
  }

  @Test
  void aMoveTakenOutAfterAFailedBallotIsNotAppliedAndTheRestOfThePlanIsDecided() {
    long plan = savedPlan();
    ApprovalCase c = decisions.submit(plan, null, CLERK);
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL, CLERK);
    c = approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, CLERK);
    CadreMeetings.meetEveryCadre(approvals, c.id(), CLERK);
    ApprovalCase deciding =
        approvals.complete(c.id(), c.version(), "tong-hop-tham-dinh", FULL, CLERK);
    for (Actor clerk : List.of(MEMBER, SECOND_CLERK)) {
      approvals.enterTally(deciding.id(), "C1", 1, new Tally(15, 14, 7, 5, 1, 1), clerk);
      approvals.enterTally(deciding.id(), "C2", 1, new Tally(15, 14, 12, 1, 1, 0), clerk);
      approvals.enterTally(deciding.id(), "C3", 1, new Tally(15, 14, 12, 1, 1, 0), clerk);
    }
    assertThatThrownBy(() -> decide(deciding))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("(C1) không đạt ở vòng 1");

    approvals.withdraw(
        deciding.id(), deciding.version(), "C1", "Không đạt quá nửa số phiếu (7/15)", CLERK);
    decide(approvals.get(deciding.id()));

    assertThat(current("C1").positionCode())
        .as("the move taken out is not applied")
        .isEqualTo("P1-TP");
    assertThat(current("C2").positionCode()).isEqualTo("P2-TP");
    assertThat(current("C3").positionCode()).isEqualTo("W2-CT");
    assertThat(decisions.changesOf(approvals.get(deciding.id())))
        .extracting(SeatChange::cadre)
        .containsExactly("C2", "C3");
    assertThat(
            jdbc.sql("select status from planning_plan where id = ?")
                .param(plan)
                .query(String.class)
                .single())
        .as("C1's move stays to be decided")
        .isEqualTo("DRAFT");
    assertThat(decisions.submit(plan, "C1", CLERK).title()).contains("C1");
  }
}
