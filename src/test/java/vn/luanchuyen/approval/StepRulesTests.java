package vn.luanchuyen.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepRulesTests {

  static final Procedure P = ProcedureLoader.shipped("hadong-4-steps");
  static final Actor BOARD = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor VIEWER = new Actor("xem", Set.of("UNIT_VIEWER"));

  /** A case whose subject no module describes: every tallied cadre counts. */
  static final CaseCadres NONE = new CaseCadres(false, Map.of(), Map.of());

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
        "OPEN",
        "bantochuc",
        LocalDateTime.of(2022, 7, 1, 9, 0),
        null,
        0);
  }

  @Test
  void theCurrentStepWithItsRequirementsCanBeCompleted() {
    assertThat(StepRules.checkComplete(P, at(1), "trao-doi-de-xuat", BOARD, FULL).id())
        .isEqualTo("trao-doi-de-xuat");
  }

  @Test
  void aStepOutOfOrderIsRefused() {
    assertThatThrownBy(() -> StepRules.checkComplete(P, at(0), "tong-hop-tham-dinh", BOARD, FULL))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("hồ sơ đang ở bước 1")
        .hasMessageContaining("không bỏ qua");
    assertThatThrownBy(() -> StepRules.checkComplete(P, at(2), "chu-truong", BOARD, FULL))
        .isInstanceOf(ApprovalRefused.class);
  }

  @Test
  void aMissingRequirementIsRefusedListingWhatIsMissing() {
    assertThatThrownBy(
            () ->
                StepRules.checkComplete(
                    P, at(2), "tong-hop-tham-dinh", BOARD, StepInput.comment("Đồng ý")))
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
    return StepRules.checkComplete(
            P, at(2), "tong-hop-tham-dinh", BOARD, NO_FREE_TEXT_MEETING, cadres, met)
        .id()
        .equals("tong-hop-tham-dinh");
  }

  @Test
  void theMeetingStepCompletesOnceEveryCadreOfTheCaseWasMet() {
    assertThat(meetingStepCompletes(THREE, Set.of("CB001", "CB002", "CB003"))).isTrue();
  }

  @Test
  void theMeetingStepWithAllButOneCadreMetIsRefusedNamingThatCadre() {
    assertThatThrownBy(
            () ->
                StepRules.checkComplete(
                    P, at(2), "tong-hop-tham-dinh", BOARD, FULL, THREE, Set.of("CB001", "CB003")))
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
    assertThat(
            StepRules.checkCadreMeeting(
                P, at(2), BOARD, THREE, "cb002", today, "Trao đổi", "Đồng ý", today))
        .isEqualTo("CB002");
    assertThatThrownBy(
            () ->
                StepRules.checkCadreMeeting(
                    P, at(2), BOARD, THREE, "CB002", today.plusDays(1), "Trao đổi", " ", today))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("Ngày gặp cán bộ Trần Thị Bình (CB002) (02/07/2022)")
        .hasMessageContaining("tâm tư, nguyện vọng của cán bộ Trần Thị Bình (CB002)");
  }

  @Test
  void aUserWithoutTheStepsRoleIsRefused() {
    assertThatThrownBy(() -> StepRules.checkComplete(P, at(0), "chu-truong", VIEWER, FULL))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("không có vai trò");
  }

  @Test
  void sendingBackNeedsAnEarlierStepAndAReason() {
    assertThat(StepRules.checkSendBack(P, at(2), "chu-truong", BOARD, "Thiếu hồ sơ")).isZero();
    assertThatThrownBy(() -> StepRules.checkSendBack(P, at(2), "quyet-dinh", BOARD, "Lý do"))
        .hasMessageContaining("trước bước hiện tại");
    assertThatThrownBy(() -> StepRules.checkSendBack(P, at(2), "chu-truong", BOARD, " "))
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

    StepRules.checkDecide(P, deciding, "APPROVED", BOARD, FULL, List.of(passed), NONE);
    assertThatThrownBy(
            () -> StepRules.checkDecide(P, deciding, "APPROVED", BOARD, FULL, List.of(), NONE))
        .hasMessageContaining("chưa có kết quả kiểm phiếu");
    assertThatThrownBy(
            () ->
                StepRules.checkDecide(
                    P, deciding, "APPROVED", BOARD, FULL, List.of(passed, halfOnly), NONE))
        .hasMessageContaining("CB2");
    StepRules.checkDecide(P, deciding, "REJECTED", BOARD, FULL, List.of(halfOnly), NONE);
  }

  @Test
  void aDecisionBeforeTheDecidingStepIsRefused() {
    assertThatThrownBy(
            () -> StepRules.checkDecide(P, at(2), "REJECTED", BOARD, FULL, List.of(), NONE))
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
            () ->
                StepRules.checkDecide(
                    P, at(3), "APPROVED", BOARD, FULL, tallies, twoCadres(Map.of())))
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

    StepRules.checkDecide(P, at(3), "APPROVED", BOARD, FULL, tallies, twoCadres(Map.of("C1", c1)));
  }

  @Test
  void aSecondRoundThatPassedResolvesTheFailedFirst() {
    List<TallyResult> tallies =
        List.of(confirmed("C1", 1, FAILED), confirmed("C1", 2, PASSED), confirmed("C2", 1, PASSED));

    StepRules.checkDecide(P, at(3), "APPROVED", BOARD, FULL, tallies, twoCadres(Map.of()));
  }
}
