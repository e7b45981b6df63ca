package vn.luanchuyen.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The transitions a case may and may not take, in the Board's words: steps in order, sent back to
 * an earlier step, decided only at the deciding step after the vote, closed once decided.
 */
class ApprovalCaseTests {

  static final Procedure P = ProcedureLoader.shipped("hadong-4-steps");
  static final Actor BOARD = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor VIEWER = new Actor("xem", Set.of("UNIT_VIEWER"));

  /** A case whose subject no module describes: every tallied cadre counts. */
  static final CaseCadres NONE = new CaseCadres(false, Map.of(), Map.of());

  static final Decision DECISION =
      new Decision("125-QĐ/QU", LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 15));

  static final StepInput FULL =
      new StepInput("Đồng ý", "Phường Vạn Phúc", "Đủ tiêu chuẩn", "Đã gặp", "Xin về phường");

  static ApprovalCase at(int step) {
    return new ApprovalCase(
        1,
        P.id(),
        "plan-version",
        "42",
        "Phương án",
        step,
        ApprovalCase.Status.OPEN,
        "bantochuc",
        LocalDateTime.of(2022, 7, 1, 9, 0),
        null,
        0);
  }

  @Test
  void theCurrentStepWithItsRequirementsCanBeCompleted() {
    assertThat(at(1).complete(P, "trao-doi-de-xuat", BOARD, FULL).currentStep()).isEqualTo(2);
  }

  @Test
  void aStepOutOfOrderIsRefused() {
    assertThatThrownBy(() -> at(0).complete(P, "tong-hop-tham-dinh", BOARD, FULL))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("hồ sơ đang ở bước 1")
        .hasMessageContaining("không bỏ qua");
    assertThatThrownBy(() -> at(2).complete(P, "chu-truong", BOARD, FULL))
        .isInstanceOf(ApprovalRefused.class);
  }

  @Test
  void aMissingRequirementIsRefusedListingWhatIsMissing() {
    assertThatThrownBy(
            () -> at(2).complete(P, "tong-hop-tham-dinh", BOARD, StepInput.comment("Đồng ý")))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining(
            "thiếu các đơn vị đã trao đổi, văn bản thẩm định, nội dung gặp cán bộ, nguyện vọng"
                + " của cán bộ");
  }

  /** Three cadres in the case, as a module describing its subject names them. */
  static final CaseCadres THREE = described(TrialSubjects.CADRES);

  static CaseCadres described(List<SubjectDescription.Described> cadres) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    cadres.forEach(x -> names.put(x.href(), x.label()));
    return new CaseCadres(true, names, Map.of());
  }

  static final StepInput NO_FREE_TEXT_MEETING =
      new StepInput("Đồng ý", "Phường Vạn Phúc", "Đủ tiêu chuẩn", null, null);

  static boolean meetingStepCompletes(CaseCadres cadres, Set<String> met) {
    return at(2)
            .complete(P, "tong-hop-tham-dinh", BOARD, NO_FREE_TEXT_MEETING, cadres, met)
            .currentStep()
        == 3;
  }

  @Test
  void theMeetingStepCompletesOnceEveryCadreOfTheCaseWasMet() {
    assertThat(meetingStepCompletes(THREE, Set.of("CB001", "CB002", "CB003"))).isTrue();
  }

  @Test
  void theMeetingStepWithAllButOneCadreMetIsRefusedNamingThatCadre() {
    assertThatThrownBy(
            () ->
                at(2)
                    .complete(
                        P, "tong-hop-tham-dinh", BOARD, FULL, THREE, Set.of("CB001", "CB003")))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("Chưa ghi cuộc gặp với 1/3 cán bộ trong hồ sơ: Trần Thị Bình (CB002)")
        .hasMessageNotContaining("CB001")
        .hasMessageNotContaining("CB003")
        .satisfies(
            e ->
                assertThat(((ApprovalRefused) e).reasons())
                    .extracting(vn.luanchuyen.shared.Reason::code)
                    .containsExactly("step.cadre-meeting-missing"));
  }

  @Test
  void aCadreTakenOutOfTheCaseNeedNotBeMet() {
    CaseCadres withdrawn =
        new CaseCadres(
            true,
            THREE.names(),
            Map.of(
                "CB002",
                new Withdrawal(
                    1,
                    1,
                    "CB002",
                    "Trần Thị Bình",
                    "Không đạt",
                    "tong-hop-tham-dinh",
                    "an",
                    LocalDateTime.of(2022, 7, 2, 9, 0))));
    assertThat(meetingStepCompletes(withdrawn, Set.of("CB001", "CB003"))).isTrue();
  }

  @Test
  void aMeetingOnADayAfterTodayOrWithoutWishesIsRefusedNamingTheCadre() {
    java.time.LocalDate today = java.time.LocalDate.of(2022, 7, 1);
    assertThat(at(2).meetCadre(P, BOARD, THREE, "cb002", today, "Trao đổi", "Đồng ý", today))
        .isEqualTo("CB002");
    assertThatThrownBy(
            () ->
                at(2)
                    .meetCadre(P, BOARD, THREE, "CB002", today.plusDays(1), "Trao đổi", " ", today))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("Ngày gặp cán bộ Trần Thị Bình (CB002) (02/07/2022)")
        .hasMessageContaining("tâm tư, nguyện vọng của cán bộ Trần Thị Bình (CB002)");
  }

  @Test
  void aUserWithoutTheStepsRoleIsRefused() {
    assertThatThrownBy(() -> at(0).complete(P, "chu-truong", VIEWER, FULL))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("không có vai trò");
  }

  @Test
  void sendingBackNeedsAnEarlierStepAndAReason() {
    assertThat(at(2).sendBack(P, "chu-truong", BOARD, "Thiếu hồ sơ").currentStep()).isZero();
    assertThatThrownBy(() -> at(2).sendBack(P, "quyet-dinh", BOARD, "Lý do"))
        .hasMessageContaining("trước bước hiện tại");
    assertThatThrownBy(() -> at(2).sendBack(P, "chu-truong", BOARD, " "))
        .hasMessageContaining("lý do");
  }

  @Test
  void approvalNeedsAConfirmedPassedTallyForEveryCandidate() {
    ApprovalCase deciding = at(3);
    TallyResult passed =
        TallyResult.of(
            "CB1",
            1,
            List.of(
                TallyTests.entry(1, "an", new Tally(15, 14, 8, 6, 0, 0)),
                TallyTests.entry(2, "binh", new Tally(15, 14, 8, 6, 0, 0))),
            P);
    TallyResult halfOnly =
        TallyResult.of(
            "CB2",
            1,
            List.of(
                new TallyEntry(3, "CB2", 1, "an", new Tally(14, 14, 7, 7, 0, 0), TallyTests.AT),
                new TallyEntry(4, "CB2", 1, "binh", new Tally(14, 14, 7, 7, 0, 0), TallyTests.AT)),
            P);

    deciding.decide(P, "APPROVED", BOARD, FULL, DECISION, List.of(passed), NONE);
    assertThatThrownBy(() -> deciding.decide(P, "APPROVED", BOARD, FULL, DECISION, List.of(), NONE))
        .hasMessageContaining("chưa có kết quả kiểm phiếu");
    assertThatThrownBy(
            () ->
                deciding.decide(
                    P, "APPROVED", BOARD, FULL, DECISION, List.of(passed, halfOnly), NONE))
        .hasMessageContaining("CB2");
    deciding.decide(P, "REJECTED", BOARD, FULL, DECISION, List.of(halfOnly), NONE);
  }

  @Test
  void aDecisionBeforeTheDecidingStepIsRefused() {
    assertThatThrownBy(() -> at(2).decide(P, "REJECTED", BOARD, FULL, DECISION, List.of(), NONE))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("không bỏ qua");
  }

  static TallyResult confirmed(String cadre, int round, Tally t) {
    return TallyResult.of(
        cadre,
        round,
        List.of(
            new TallyEntry(1, cadre, round, "an", t, TallyTests.AT),
            new TallyEntry(2, cadre, round, "binh", t, TallyTests.AT)),
        P);
  }

  static final Tally PASSED = new Tally(15, 14, 12, 1, 1, 0);
  static final Tally FAILED = new Tally(15, 14, 7, 5, 1, 1);

  static CaseCadres twoCadres(Map<String, Withdrawal> withdrawn) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    names.put("C1", "Nguyễn Văn An");
    names.put("C2", "Trần Thị Bình");
    return new CaseCadres(true, names, withdrawn);
  }

  @Test
  void anApprovalWithAFailedBallotNotTakenOutIsRefusedNamingTheCadre() {
    List<TallyResult> tallies = List.of(confirmed("C1", 1, FAILED), confirmed("C2", 1, PASSED));

    assertThatThrownBy(
            () -> at(3).decide(P, "APPROVED", BOARD, FULL, DECISION, tallies, twoCadres(Map.of())))
        .isInstanceOfSatisfying(
            ApprovalRefused.class,
            e ->
                assertThat(e.reasons())
                    .extracting(r -> r.code())
                    .containsExactly("decide.ballot-failed"))
        .hasMessageContaining("Nguyễn Văn An (C1) không đạt ở vòng 1 (7/15 phiếu đồng ý")
        .hasMessageContaining("bỏ phiếu vòng 2 hoặc rút điều chuyển này");
  }

  @Test
  void aFailedMoveTakenOutOfTheCaseNoLongerHoldsUpTheApproval() {
    List<TallyResult> tallies = List.of(confirmed("C1", 1, FAILED), confirmed("C2", 1, PASSED));
    Withdrawal c1 =
        new Withdrawal(
            1, 1, "C1", "Nguyễn Văn An", "Không đạt số phiếu", "quyet-dinh", "an", TallyTests.AT);

    at(3).decide(P, "APPROVED", BOARD, FULL, DECISION, tallies, twoCadres(Map.of("C1", c1)));
  }

  @Test
  void aSecondRoundThatPassedResolvesTheFailedFirst() {
    List<TallyResult> tallies =
        List.of(confirmed("C1", 1, FAILED), confirmed("C1", 2, PASSED), confirmed("C2", 1, PASSED));

    at(3).decide(P, "APPROVED", BOARD, FULL, DECISION, tallies, twoCadres(Map.of()));
  }

  /** The codes of the refusal thrown by {@code action}, in order. */
  static List<String> refusalCodes(Runnable action) {
    try {
      action.run();
    } catch (ApprovalRefused e) {
      return e.reasons().stream().map(vn.luanchuyen.shared.Reason::code).toList();
    }
    throw new AssertionError("the transition was not refused");
  }

  static ApprovalCase closed(ApprovalCase.Status status) {
    return new ApprovalCase(
        1,
        P.id(),
        "plan-version",
        "42",
        "Phương án",
        3,
        status,
        "bantochuc",
        LocalDateTime.of(2022, 7, 1, 9, 0),
        null,
        0);
  }

  @Test
  void aCompletedStepMovesTheCaseToTheNextStepStillOpen() {
    ApprovalCase next = at(0).complete(P, "chu-truong", BOARD, FULL);

    assertThat(next.currentStep()).isEqualTo(1);
    assertThat(next.status()).isEqualTo(ApprovalCase.Status.OPEN);
  }

  @Test
  void stepsAreDoneInOrderNoneSkipped() {
    assertThat(refusalCodes(() -> at(0).complete(P, "tong-hop-tham-dinh", BOARD, FULL)))
        .containsExactly("step.out-of-order");
  }

  @Test
  void aSentBackCaseReturnsToTheChosenEarlierStep() {
    ApprovalCase back = at(3).sendBack(P, "trao-doi-de-xuat", BOARD, "Thiếu ý kiến đơn vị");

    assertThat(back.currentStep()).isEqualTo(1);
    assertThat(back.status()).isEqualTo(ApprovalCase.Status.OPEN);
  }

  @Test
  void aCaseIsNotSentBackToItsOwnStepOrForwardNorWithoutAReason() {
    assertThat(refusalCodes(() -> at(2).sendBack(P, "tong-hop-tham-dinh", BOARD, "Lý do")))
        .containsExactly("send-back.not-earlier");
    assertThat(refusalCodes(() -> at(2).sendBack(P, "quyet-dinh", BOARD, "Lý do")))
        .containsExactly("send-back.not-earlier");
    assertThat(refusalCodes(() -> at(2).sendBack(P, "chu-truong", BOARD, " ")))
        .containsExactly("send-back.no-reason");
  }

  @Test
  void theDecidingStepIsNotCompletedButEndsWithAConclusion() {
    assertThat(refusalCodes(() -> at(3).complete(P, "quyet-dinh", BOARD, FULL)))
        .containsExactly("step.deciding-needs-conclusion");
  }

  @Test
  void aCaseCannotBeDecidedBeforeItsDecidingStep() {
    assertThat(
            refusalCodes(() -> at(2).decide(P, "APPROVED", BOARD, FULL, DECISION, List.of(), NONE)))
        .containsExactly("step.out-of-order");
  }

  @Test
  void aCaseCannotBeApprovedBeforeTheVote() {
    assertThat(
            refusalCodes(() -> at(3).decide(P, "APPROVED", BOARD, FULL, DECISION, List.of(), NONE)))
        .containsExactly("decide.no-ballot");
  }

  @Test
  void anApprovedCaseIsClosedWithTheDecisionThatCarriesItOut() {
    ApprovalCase approved =
        at(3)
            .decide(
                P,
                "APPROVED",
                BOARD,
                FULL,
                DECISION,
                List.of(confirmed("C1", 1, PASSED), confirmed("C2", 1, PASSED)),
                twoCadres(Map.of()));

    assertThat(approved.status()).isEqualTo(ApprovalCase.Status.APPROVED);
    assertThat(approved.open()).isFalse();
    assertThat(approved.decision()).isEqualTo(DECISION);
    assertThat(approved.currentStep()).isEqualTo(3);
  }

  @Test
  void anApprovalWithoutItsDecisionIsRefusedNamingWhatTheDecisionLacks() {
    List<TallyResult> passed = List.of(confirmed("C1", 1, PASSED));
    ApprovalRefused refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApprovalRefused.class,
            () ->
                at(3)
                    .decide(
                        P,
                        "APPROVED",
                        BOARD,
                        FULL,
                        new Decision(" ", LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 1)),
                        passed,
                        NONE));

    assertThat(refused.reasons())
        .extracting(r -> r.code())
        .containsExactly("decide.decision-incomplete");
    assertThat(refused.reasons().get(0).args().get("missing"))
        .asList()
        .extracting(r -> ((vn.luanchuyen.shared.Reason) r).code())
        .containsExactly("decision.no-number", "decision.effective-before-signed");
    assertThat(refusalCodes(() -> at(3).decide(P, "APPROVED", BOARD, FULL, null, passed, NONE)))
        .containsExactly("decide.decision-incomplete");
  }

  @Test
  void aRejectedCaseIsClosedWithoutADecisionEvenBeforeAnyVote() {
    ApprovalCase rejected = at(3).decide(P, "REJECTED", BOARD, FULL, DECISION, List.of(), NONE);

    assertThat(rejected.status()).isEqualTo(ApprovalCase.Status.REJECTED);
    assertThat(rejected.decision()).isNull();
  }

  @Test
  void aConclusionOtherThanApprovedOrNotApprovedIsRefused() {
    assertThat(refusalCodes(() -> at(3).decide(P, "OPEN", BOARD, FULL, DECISION, List.of(), NONE)))
        .containsExactly("decide.bad-outcome");
  }

  @Test
  void aDecidedCaseTakesNoFurtherStep() {
    for (ApprovalCase.Status done :
        new ApprovalCase.Status[] {ApprovalCase.Status.APPROVED, ApprovalCase.Status.REJECTED}) {
      ApprovalCase c = closed(done);
      assertThat(refusalCodes(() -> c.sendBack(P, "chu-truong", BOARD, "Lý do")))
          .containsExactly("case.closed");
      assertThat(
              refusalCodes(() -> c.decide(P, "REJECTED", BOARD, FULL, DECISION, List.of(), NONE)))
          .containsExactly("case.closed");
      assertThat(refusalCodes(() -> c.withdraw(P, BOARD, twoCadres(Map.of()), "C1", "Lý do")))
          .containsExactly("case.closed");
      assertThat(refusalCodes(() -> c.attachAt(P, BOARD))).containsExactly("attach.closed");
      assertThat(
              refusalCodes(
                  () ->
                      c.enterTally(P, twoCadres(Map.of()), "C1", 1, PASSED, BOARD, x -> List.of())))
          .containsExactly("tally.not-deciding");
    }
  }

  @Test
  void talliesAreEnteredOnlyAtTheDecidingStepByWhoMayDecide() {
    assertThat(ApprovalCase.mayTally(P, BOARD)).isTrue();
    assertThat(ApprovalCase.mayTally(P, VIEWER)).isFalse();
    assertThat(
            refusalCodes(
                () ->
                    at(2)
                        .enterTally(
                            P, twoCadres(Map.of()), "C1", 1, PASSED, BOARD, x -> List.of())))
        .containsExactly("tally.not-deciding");
    assertThat(
            refusalCodes(
                () ->
                    at(3)
                        .enterTally(
                            P, twoCadres(Map.of()), "C1", 1, PASSED, VIEWER, x -> List.of())))
        .containsExactly("tally.not-allowed");
    assertThat(at(3).enterTally(P, twoCadres(Map.of()), "c1", 1, PASSED, BOARD, x -> List.of()))
        .isEqualTo("C1");
  }

  @Test
  void aUserWithoutTheStepsRoleIsRefusedByCode() {
    assertThat(refusalCodes(() -> at(0).complete(P, "chu-truong", VIEWER, FULL)))
        .containsExactly("step.no-role");
  }

  @Test
  void aRefusalReadsInEnglishWhenEnglishIsAsked() {
    ApprovalRefused refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApprovalRefused.class,
            () -> at(2).complete(P, "tong-hop-tham-dinh", BOARD, StepInput.comment("Đồng ý")));

    assertThat(ApprovalMessages.render(refused, java.util.Locale.ENGLISH))
        .isEqualTo(
            "Step \"Tổng hợp, thẩm định, lấy ý kiến và gặp cán bộ\" cannot be completed yet: missing the units consulted,"
                + " the written appraisal, the meeting with the cadre, the cadre's wishes");
    assertThat(refused.getMessage()).startsWith("Chưa đủ để hoàn thành bước");
  }
}
