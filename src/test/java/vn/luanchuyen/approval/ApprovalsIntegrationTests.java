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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * Cases, their recorded steps and tallies, optimistic locking and the audit trail, on H2 and
 * PostgreSQL.
 */
@SpringBootTest
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
        "hadong-4-steps", "trial-subject", "42", "Phương án luân chuyển 2022 – bản 3", AN);
  }

  ApprovalCase toDecidingStep() {
    return toDecidingStepFrom(open());
  }

  ApprovalCase toDecidingStepFrom(ApprovalCase opened) {
    ApprovalCase c = opened;
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL, AN);
    c = approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL, AN);
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
    assertThat(decided.status()).isEqualTo("APPROVED");
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

    assertThat(decided.status()).isEqualTo("APPROVED");
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
        .hasMessageContaining("số quyết định")
        .hasMessageContaining("ngày có hiệu lực không được trước ngày ký");
    assertThat(approvals.get(c.id()).status()).isEqualTo("OPEN");
    assertThat(approvals.get(c.id()).decision()).isNull();
  }

  @Test
  void aRejectionNeedsNoDecisionAndKeepsNone() {
    ApprovalCase c = toDecidingStep();
    ApprovalCase rejected =
        approvals.decide(
            c.id(), c.version(), "REJECTED", StepInput.comment("Chưa phù hợp"), DECISION, AN);
    assertThat(rejected.status()).isEqualTo("REJECTED");
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
        .hasMessageContaining("rỗng");
    assertThatThrownBy(() -> approvals.attach(c.id(), "a.pdf", null, tooLarge, AN))
        .hasMessageContaining("lớn quá 20 MB");
    assertThatThrownBy(
            () ->
                approvals.attach(
                    c.id(), "a.pdf", null, new byte[] {1}, new Actor("xem", Set.of("UNIT_VIEWER"))))
        .hasMessageContaining("không được đính kèm");
    approvals.attach(c.id(), "bien-ban.pdf", null, new byte[] {1}, MEMBER);
    approvals.decide(c.id(), c.version(), "REJECTED", StepInput.comment("Không"), null, AN);
    assertThatThrownBy(() -> approvals.attach(c.id(), "b.pdf", null, new byte[] {1}, AN))
        .hasMessageContaining("đã kết thúc");
    assertThat(approvals.attachments(c.id()))
        .extracting(Attachment::fileName)
        .containsExactly("bien-ban.pdf");
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
        .hasMessageContaining("bước quyết định");
  }
}
