package vn.luanchuyen.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * Cases, their recorded steps and tallies, optimistic locking and the audit trail, on H2 and
 * PostgreSQL.
 */
@SpringBootTest
@Import(TrialSubjects.class)
@Tag("database")
class ApprovalsIntegrationTests {

  static final Actor AN = new Actor("an", Set.of("ORGANISATION_BOARD"));
  static final Actor BINH = new Actor("binh", Set.of("ADMIN"));
  static final Actor MEMBER = new Actor("cuong", Set.of("STANDING_COMMITTEE"));
  static final Decision DECISION =
      new Decision("125-QĐ/QU", LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1));
  static final StepInput FULL =
      new StepInput(
          "Đồng ý",
          "Phường Vạn Phúc; Phòng Nội vụ",
          "Đủ tiêu chuẩn",
          "Đã gặp ngày 01/07",
          "Xin về phường gần nhà");

  @Autowired Approvals approvals;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void clean() {
    DatabaseCleaner.clean(jdbc);
  }

  ApprovalCase open() {
    return approvals.open(
        "hadong-4-steps", TrialSubjects.TYPE, "42", "Phương án luân chuyển 2022 – bản 3", AN);
  }

  ApprovalCase toDecidingStep() {
    return toDecidingStepFrom(open());
  }

  ApprovalCase toDecidingStepFrom(ApprovalCase opened) {
    ApprovalCase c = opened;
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL, AN);
    c = approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, AN);
    CadreMeetings.meetEveryCadre(approvals, c.id(), AN);
    return approvals.complete(c.id(), c.version(), "tong-hop-tham-dinh", FULL, BINH);
  }

  @Test
  void aCaseIsCarriedThroughTheFourStepsToAnApprovalAndEveryActionIsRecorded() {
    ApprovalCase c = toDecidingStep();
    assertThat(c.currentStep()).isEqualTo(3);

    approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), AN);
    TallyResult confirmed =
        approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), BINH);
    ApprovalCase decided =
        approvals.decide(
            c.id(), c.version(), "APPROVED", StepInput.comment("Thông qua"), DECISION, AN);

    assertThat(confirmed.status()).isEqualTo(TallyResult.Status.CONFIRMED);
    assertThat(decided.status().name()).isEqualTo("APPROVED");
    assertThat(approvals.timeline(c.id()))
        .extracting(StepEntry::action)
        .containsExactly("OPEN", "COMPLETE", "COMPLETE", "COMPLETE", "APPROVED");
    StepEntry third = approvals.timeline(c.id()).get(3);
    assertThat(third.actor()).isEqualTo("binh");
    assertThat(third.appraisal()).isEqualTo("Đủ tiêu chuẩn");
    assertThat(third.cadreWishes()).isEqualTo("Xin về phường gần nhà");
    assertThat(
            jdbc.sql("select count(*) from audit_entry where record_type = 'approval-case'")
                .query(Integer.class)
                .single())
        .isEqualTo(5);
  }

  @Test
  void standingCommitteeMembersEnterTheTallyAndRecordTheDecisionButNoEarlierStep() {
    ApprovalCase c = open();
    assertThatThrownBy(() -> approvals.complete(c.id(), c.version(), "chu-truong", FULL, MEMBER))
        .isInstanceOf(ApprovalRefused.class);
    ApprovalCase deciding = toDecidingStepFrom(c);

    approvals.enterTally(deciding.id(), "CB001", 1, new Tally(15, 15, 9, 6, 0, 0), MEMBER);
    approvals.enterTally(deciding.id(), "CB001", 1, new Tally(15, 15, 9, 6, 0, 0), AN);
    ApprovalCase decided =
        approvals.decide(
            deciding.id(),
            deciding.version(),
            "APPROVED",
            StepInput.comment("Thông qua"),
            DECISION,
            MEMBER);

    assertThat(decided.status().name()).isEqualTo("APPROVED");
    assertThat(decided.decision()).isEqualTo(DECISION);
    assertThat(approvals.get(c.id()).decision()).isEqualTo(DECISION);
  }

  @Test
  void anApprovalWithoutTheDecisionsNumberAndDatesIsRefusedAndNothingIsKept() {
    ApprovalCase c = toDecidingStep();
    approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), AN);
    approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), BINH);

    assertThatThrownBy(
            () ->
                approvals.decide(
                    c.id(),
                    c.version(),
                    "APPROVED",
                    StepInput.comment("Thông qua"),
                    new Decision(" ", LocalDate.of(2022, 9, 1), LocalDate.of(2022, 8, 1)),
                    AN))
        .isInstanceOf(ApprovalRefused.class)
        .satisfies(refusedFor("decide.decision-incomplete"))
        .hasMessageContaining("số quyết định")
        .hasMessageContaining("ngày có hiệu lực không được trước ngày ký");
    assertThat(approvals.get(c.id()).status().name()).isEqualTo("OPEN");
    assertThat(approvals.get(c.id()).decision()).isNull();
  }

  @Test
  void aRejectionNeedsNoDecisionAndKeepsNone() {
    ApprovalCase c = toDecidingStep();
    ApprovalCase rejected =
        approvals.decide(
            c.id(), c.version(), "REJECTED", StepInput.comment("Chưa phù hợp"), DECISION, AN);
    assertThat(rejected.status().name()).isEqualTo("REJECTED");
    assertThat(rejected.decision()).isNull();
  }

  @Test
  void aFileAttachedAtAStepIsKeptWithItsHashAndWrittenToTheAuditTrail() {
    ApprovalCase c = open();
    byte[] content = "Văn bản thẩm định".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Attachment a =
        approvals.attach(c.id(), "C:\\Hồ sơ\\thẩm định.docx", "application/msword", content, AN);

    assertThat(a.fileName()).isEqualTo("thẩm định.docx");
    assertThat(a.stepId()).isEqualTo("chu-truong");
    assertThat(a.sizeBytes()).isEqualTo(content.length);
    assertThat(a.sha256()).hasSize(64);
    assertThat(approvals.attachmentContent(c.id(), a.id())).isEqualTo(content);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where record_type = 'approval-attachment'"
                        + " and after_value like ?")
                .param("%" + a.sha256() + "%")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aFileIsRefusedWhenEmptyTooLargeFromSomeoneWhoMayNotActOrOnAClosedCase() {
    ApprovalCase c = toDecidingStep();
    byte[] tooLarge = new byte[(int) Approvals.MAX_ATTACHMENT_BYTES + 1];

    assertThatThrownBy(() -> approvals.attach(c.id(), "a.pdf", null, new byte[0], AN))
        .satisfies(refusedFor("attach.empty"))
        .hasMessageContaining("rỗng");
    assertThatThrownBy(() -> approvals.attach(c.id(), "a.pdf", null, tooLarge, AN))
        .satisfies(refusedFor("attach.too-large"))
        .hasMessageContaining("lớn quá 20 MB");
    assertThatThrownBy(
            () ->
                approvals.attach(
                    c.id(), "a.pdf", null, new byte[] {1}, new Actor("xem", Set.of("UNIT_VIEWER"))))
        .satisfies(refusedFor("attach.not-allowed"))
        .hasMessageContaining("không được đính kèm");
    approvals.attach(c.id(), "bien-ban.pdf", null, new byte[] {1}, MEMBER);
    approvals.decide(c.id(), c.version(), "REJECTED", StepInput.comment("Không"), null, AN);
    assertThatThrownBy(() -> approvals.attach(c.id(), "b.pdf", null, new byte[] {1}, AN))
        .satisfies(refusedFor("attach.closed"))
        .hasMessageContaining("đã kết thúc");
    assertThat(approvals.attachments(c.id()))
        .extracting(Attachment::fileName)
        .containsExactly("bien-ban.pdf");
  }

  @Test
  void aFileWhoseNameHidesItsRealExtensionBehindABidiOverrideIsRefused() {
    ApprovalCase c = toDecidingStep();

    assertThatThrownBy(
            () -> approvals.attach(c.id(), "report\u202Egnp.exe", null, new byte[] {1}, AN))
        .satisfies(refusedFor("attach.hidden-controls"))
        .hasMessageContaining("đổi hướng chữ");
    assertThat(approvals.attachments(c.id())).isEmpty();
  }

  @Test
  void aSendBackIsRecordedWithItsReasonAndTheCaseGoesBack() {
    ApprovalCase c = open();
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL, AN);
    c = approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, AN);

    ApprovalCase back =
        approvals.sendBack(c.id(), c.version(), "chu-truong", "Cần bổ sung chủ trương", BINH);

    assertThat(back.currentStep()).isZero();
    StepEntry last = approvals.timeline(c.id()).get(3);
    assertThat(last.action()).isEqualTo("SEND_BACK");
    assertThat(last.stepId()).isEqualTo("tong-hop-tham-dinh");
    assertThat(last.toStep()).isEqualTo("chu-truong");
    assertThat(last.comment()).isEqualTo("Cần bổ sung chủ trương");
  }

  @Test
  void twoClerksActingOnOneCaseAtOnceOneWinsTheOtherGetsAConflict() {
    ApprovalCase c = open();
    approvals.complete(c.id(), c.version(), "chu-truong", FULL, AN);

    assertThatThrownBy(() -> approvals.sendBack(c.id(), c.version(), "chu-truong", "Lý do", BINH))
        .isInstanceOf(ConcurrentEditException.class);
    assertThatThrownBy(
            () -> approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, BINH))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(approvals.timeline(c.id())).hasSize(2);
  }

  @Test
  void theSameClerkCannotEnterATallyTwiceAndAMismatchCountsForNothing() {
    ApprovalCase c = toDecidingStep();
    approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), AN);

    assertThatThrownBy(
            () -> approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), AN))
        .hasMessageContaining("người khác");
    TallyResult mismatch =
        approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 11, 2, 1, 0), BINH);
    assertThat(mismatch.status()).isEqualTo(TallyResult.Status.MISMATCH);
    assertThat(mismatch.differences()).hasSize(2);
    assertThatThrownBy(
            () ->
                approvals.decide(
                    c.id(), c.version(), "APPROVED", StepInput.comment("Thông qua"), DECISION, AN))
        .hasMessageContaining("chưa được xác nhận");

    TallyResult fixed =
        approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), BINH);
    assertThat(fixed.status()).isEqualTo(TallyResult.Status.CONFIRMED);
    assertThat(approvals.tallies(c.id()))
        .singleElement()
        .extracting(TallyResult::passed)
        .isEqualTo(true);
  }

  @Test
  void aTallyIsRefusedBeforeTheDecidingStep() {
    ApprovalCase c = open();
    assertThatThrownBy(
            () -> approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), AN))
        .satisfies(refusedFor("tally.not-deciding"))
        .hasMessageContaining("bước quyết định");
  }

  static final Tally PASSED = new Tally(15, 14, 12, 1, 1, 0);
  static final Tally FAILED = new Tally(15, 14, 7, 5, 1, 1);

  /** Both clerks enter the same counts. */
  void confirm(ApprovalCase c, String cadre, int round, Tally t) {
    approvals.enterTally(c.id(), cadre, round, t, MEMBER);
    approvals.enterTally(c.id(), cadre, round, t, AN);
  }

  int rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }

  static java.util.function.Consumer<ApprovalRefused> coded(String... codes) {
    return e -> assertThat(e.reasons()).extracting(Reason::code).containsExactly(codes);
  }

  @Test
  void aTallyForACadreWhoIsNotInTheCaseIsRefusedNamingTheCadreAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();

    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB9999", 1, PASSED, MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("cadre.not-in-case"))
        .hasMessageContaining("Cán bộ CB9999 không có điều chuyển nào trong hồ sơ này");
    assertThat(rows("approval_tally_entry")).isZero();
  }

  @Test
  void aTallyOnACaseWhoseSubjectNoModuleDescribesIsRefused() {
    ApprovalCase c =
        toDecidingStepFrom(approvals.open("hadong-4-steps", "unknown-subject", "1", "Thử", AN));

    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB001", 1, PASSED, MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("cadre.subject-unknown"))
        .hasMessageContaining("CB001");
    assertThat(rows("approval_tally_entry")).isZero();
  }

  @Test
  void aCadresCodeTypedInSmallLettersIsRecordedAsTheCaseSpellsIt() {
    ApprovalCase c = toDecidingStep();

    assertThat(approvals.enterTally(c.id(), " cb002 ", 1, PASSED, MEMBER).candidate())
        .isEqualTo("CB002");
  }

  @Test
  void aTallyWithoutAQuorumIsRefusedAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();

    assertThatThrownBy(
            () -> approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 9, 9, 0, 0, 0), MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("tally.no-quorum"))
        .hasMessageContaining("9/15 có mặt, cần ít nhất 2/3 số thành viên");
    assertThat(rows("approval_tally_entry")).isZero();
  }

  @Test
  void aSecondEntryByTheClerkWhoEnteredTheFirstIsRefusedAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();
    approvals.enterTally(c.id(), "CB001", 1, PASSED, MEMBER);

    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB001", 1, PASSED, MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("tally.same-clerk"))
        .hasMessageContaining("cuong đã nhập kết quả này");
    assertThat(rows("approval_tally_entry")).isOne();
  }

  @Test
  void aSecondRoundIsRecordedBesideTheFirstAndDecidesTheCadre() {
    ApprovalCase c = toDecidingStep();
    confirm(c, "CB001", 1, FAILED);

    confirm(c, "CB001", 2, PASSED);

    assertThat(approvals.tallies(c.id()))
        .extracting(t -> t.candidate() + " " + t.round() + " " + t.status() + " " + t.passed())
        .containsExactly("CB001 1 CONFIRMED false", "CB001 2 CONFIRMED true");
    assertThat(rows("approval_tally_entry")).isEqualTo(4);
    assertThat(approvals.passedCandidates(c.id())).containsExactly("CB001");
    assertThat(
            approvals
                .decide(
                    c.id(), c.version(), "APPROVED", StepInput.comment("Thông qua"), DECISION, AN)
                .status())
        .isEqualTo(ApprovalCase.Status.APPROVED);
  }

  @Test
  void aRoundThatSkipsTheOneBeforeIsRefusedAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();
    confirm(c, "CB001", 1, FAILED);

    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB001", 3, PASSED, MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("tally.round-skipped"))
        .hasMessageContaining("Chưa có kết quả vòng 2 của cán bộ Nguyễn Văn An (CB001)");
    assertThat(rows("approval_tally_entry")).isEqualTo(2);
  }

  @Test
  void aRoundAfterOneThatPassedIsRefusedAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();
    confirm(c, "CB001", 1, PASSED);

    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB001", 2, FAILED, MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("tally.already-passed"))
        .hasMessageContaining("đã đạt ở vòng 1");
    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB001", 1, FAILED, BINH))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("tally.confirmed"));
    assertThat(rows("approval_tally_entry")).isEqualTo(2);
  }

  @Test
  void anApprovalWithAFailedBallotNotTakenOutIsRefusedNamingTheCadre() {
    ApprovalCase c = toDecidingStep();
    confirm(c, "CB001", 1, PASSED);
    confirm(c, "CB002", 1, FAILED);

    assertThatThrownBy(
            () ->
                approvals.decide(
                    c.id(), c.version(), "APPROVED", StepInput.comment("Thông qua"), DECISION, AN))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("decide.ballot-failed"))
        .hasMessageContaining("Trần Thị Bình (CB002) không đạt ở vòng 1");
    assertThat(approvals.get(c.id()).status().name()).isEqualTo("OPEN");
  }

  @Test
  void aMoveTakenOutOfTheCaseIsKeptWithItsReasonAuditedAndTheRestIsDecided() {
    ApprovalCase c = toDecidingStep();
    confirm(c, "CB001", 1, PASSED);
    confirm(c, "CB002", 1, FAILED);

    Withdrawal w =
        approvals.withdraw(c.id(), c.version(), "CB002", "Không đạt số phiếu ở vòng 1", AN);

    assertThat(w.candidate()).isEqualTo("CB002");
    assertThat(w.stepId()).isEqualTo("quyet-dinh");
    assertThat(approvals.withdrawals(c.id()))
        .extracting(x -> x.candidate() + ": " + x.reason() + " (" + x.withdrawnBy() + ")")
        .containsExactly("CB002: Không đạt số phiếu ở vòng 1 (an)");
    assertThat(approvals.cadres(c.id()).stillIn()).containsExactly("CB001", "CB003");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where record_type = 'approval-withdrawal'"
                        + " and record_id = ? and after_value like ?")
                .params(c.id() + "/CB002", "%Không đạt số phiếu%")
                .query(Integer.class)
                .single())
        .isOne();
    assertThatThrownBy(
            () ->
                approvals.decide(
                    c.id(), c.version(), "APPROVED", StepInput.comment("Thông qua"), DECISION, AN))
        .as("taking a move out changes the case: a decision on what was read before conflicts")
        .isInstanceOf(ConcurrentEditException.class);
    ApprovalCase now = approvals.get(c.id());
    assertThat(
            approvals
                .decide(
                    now.id(),
                    now.version(),
                    "APPROVED",
                    StepInput.comment("Thông qua"),
                    DECISION,
                    AN)
                .status())
        .isEqualTo(ApprovalCase.Status.APPROVED);
  }

  @Test
  void aTallyForACadreTakenOutOfTheCaseIsRefusedAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();
    confirm(c, "CB002", 1, FAILED);
    approvals.withdraw(c.id(), c.version(), "CB002", "Không đạt số phiếu", AN);

    assertThatThrownBy(() -> approvals.enterTally(c.id(), "CB002", 2, PASSED, MEMBER))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("cadre.withdrawn"))
        .hasMessageContaining("đã được rút khỏi hồ sơ (lý do: Không đạt số phiếu)");
    assertThat(rows("approval_tally_entry")).isEqualTo(2);
  }

  @Test
  void takingAMoveOutNeedsAReasonAndACadreInTheCaseAndNothingIsRecorded() {
    ApprovalCase c = toDecidingStep();

    assertThatThrownBy(() -> approvals.withdraw(c.id(), c.version(), "CB001", " ", AN))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("withdraw.no-reason"));
    assertThatThrownBy(() -> approvals.withdraw(c.id(), c.version(), "CB9999", "Lý do", AN))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("cadre.not-in-case"))
        .hasMessageContaining("CB9999");
    assertThatThrownBy(
            () ->
                approvals.withdraw(
                    c.id(), c.version(), "CB001", "Lý do", new Actor("xem", Set.of("UNIT_VIEWER"))))
        .hasMessageContaining("không có vai trò");
    assertThat(rows("approval_withdrawal")).isZero();
    assertThat(approvals.get(c.id()).version()).isEqualTo(c.version());
  }

  @Test
  void theLastMoveLeftInACaseIsNotTakenOutButTheCaseIsConcludedInstead() {
    ApprovalCase c = toDecidingStep();
    ApprovalCase after = approvals.get(c.id());
    approvals.withdraw(c.id(), after.version(), "CB001", "Lý do", AN);
    after = approvals.get(c.id());
    approvals.withdraw(c.id(), after.version(), "CB002", "Lý do", AN);
    long version = approvals.get(c.id()).version();

    assertThatThrownBy(() -> approvals.withdraw(c.id(), version, "CB003", "Lý do", AN))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("withdraw.last"))
        .hasMessageContaining("Lê Văn Cường (CB003) là người cuối cùng");
    assertThatThrownBy(() -> approvals.withdraw(c.id(), version, "CB001", "Lại", AN))
        .isInstanceOfSatisfying(ApprovalRefused.class, coded("withdraw.already"));
    assertThat(rows("approval_withdrawal")).isEqualTo(2);
  }

  /** A refusal with exactly these reason codes, in order. */
  static java.util.function.Consumer<Throwable> refusedFor(String... codes) {
    return e ->
        assertThat(((ApprovalRefused) e).reasons())
            .extracting(vn.luanchuyen.shared.Reason::code)
            .containsExactly(codes);
  }
}
