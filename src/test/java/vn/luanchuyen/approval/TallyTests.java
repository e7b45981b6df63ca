package vn.luanchuyen.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.shared.Reason;

class TallyTests {

  static final Procedure P = ProcedureLoader.shipped("hadong-4-steps");
  static final LocalDateTime AT = LocalDateTime.of(2022, 7, 1, 9, 0);

  @Test
  void countsThatDoNotAddUpAreRefusedNamingTheNumbers() {
    assertThatThrownBy(() -> new Tally(15, 14, 10, 2, 1, 0))
        .isInstanceOf(ApprovalRefused.class)
        .hasMessageContaining("10 + 2 + 1 + 0 = 13")
        .hasMessageContaining("khác số có mặt (14)");
    assertThatThrownBy(() -> new Tally(15, 16, 16, 0, 0, 0))
        .hasMessageContaining("Số có mặt (16) lớn hơn số thành viên (15)");
    assertThatThrownBy(() -> new Tally(15, 13, 14, -1, 0, 0)).hasMessageContaining("không được âm");
  }

  @Test
  void everyProblemOfTheCountsIsReportedWithItsCode() {
    assertThatThrownBy(() -> new Tally(10, 12, 14, -1, 0, 0))
        .isInstanceOfSatisfying(
            ApprovalRefused.class,
            e ->
                assertThat(e.reasons())
                    .extracting(Reason::code)
                    .containsExactly(
                        "tally.negative", "tally.present-above-members", "tally.sum-differs"));
  }

  @Test
  void countsThatAddUpExactlyAreAccepted() {
    assertThat(new Tally(15, 14, 12, 1, 1, 0).present()).isEqualTo(14);
  }

  @Test
  void quorumIsMetAtExactlyTwoThirdsOfTheMembersButNotOneShort() {
    assertThat(new Tally(15, 10, 10, 0, 0, 0).quorumMet(P)).isTrue();
    assertThat(new Tally(15, 9, 9, 0, 0, 0).quorumMet(P)).isFalse();
    assertThat(new Tally(15, 9, 9, 0, 0, 0).passed(P)).isFalse();
  }

  @Test
  void agreeVotesOfExactlyHalfTheMembersDoNotPassButHalfPlusOneDo() {
    assertThat(new Tally(14, 14, 7, 7, 0, 0).passed(P)).isFalse();
    assertThat(new Tally(14, 14, 8, 6, 0, 0).passed(P)).isTrue();
  }

  @Test
  void theThresholdIsCountedOnTheMembersNotOnThosePresent() {
    // 8 of 11 present agree (73% of those present) but 8 of 17 members is not more than half
    assertThat(new Tally(17, 12, 8, 3, 0, 1).quorumMet(P)).isTrue();
    assertThat(new Tally(17, 12, 8, 3, 0, 1).passed(P)).isFalse();
    assertThat(new Tally(17, 12, 9, 2, 0, 1).passed(P)).isTrue();
  }

  @Test
  void twoMatchingEntriesByDifferentClerksAreConfirmed() {
    Tally t = new Tally(15, 14, 12, 1, 1, 0);
    TallyResult r =
        TallyResult.of(
            "CB1",
            1,
            List.of(entry(1, "an", t), entry(2, "binh", new Tally(15, 14, 12, 1, 1, 0))),
            P);

    assertThat(r.status()).isEqualTo(TallyResult.Status.CONFIRMED);
    assertThat(r.tally()).isEqualTo(t);
    assertThat(r.passed()).isTrue();
  }

  @Test
  void aMismatchListsTheDifferingFieldsAndNothingCounts() {
    TallyResult r =
        TallyResult.of(
            "CB1",
            1,
            List.of(
                entry(1, "an", new Tally(15, 14, 12, 1, 1, 0)),
                entry(2, "binh", new Tally(15, 14, 11, 2, 1, 0))),
            P);

    assertThat(r.status()).isEqualTo(TallyResult.Status.MISMATCH);
    assertThat(r.tally()).isNull();
    assertThat(r.passed()).isFalse();
    assertThat(r.differences()).containsExactly(Tally.Count.AGREE, Tally.Count.DISAGREE);
  }

  @Test
  void aMismatchSaysWhichCountsDisagreeButNeverTheOtherClerksNumbers() {
    TallyResult r =
        TallyResult.of(
            "CB1",
            1,
            List.of(
                entry(1, "an", new Tally(15, 14, 12, 1, 1, 0)),
                entry(2, "binh", new Tally(15, 13, 11, 1, 1, 0))),
            P);

    String shown =
        r.differences().stream()
            .map(d -> ApprovalMessages.label(d, ApprovalMessages.VIETNAMESE))
            .toList()
            .toString();
    assertThat(shown).isEqualTo("[số có mặt, số phiếu đồng ý]");
    assertThat(r.toString()).doesNotContain("12").doesNotContain("≠");
  }

  @Test
  void aReEntryAfterAMismatchIsComparedWithTheOtherClerksEntry() {
    TallyResult r =
        TallyResult.of(
            "CB1",
            1,
            List.of(
                entry(1, "an", new Tally(15, 14, 12, 1, 1, 0)),
                entry(2, "binh", new Tally(15, 14, 11, 2, 1, 0)),
                entry(3, "binh", new Tally(15, 14, 12, 1, 1, 0))),
            P);

    assertThat(r.status()).isEqualTo(TallyResult.Status.CONFIRMED);
    assertThat(r.clerks()).containsExactlyInAnyOrder("an", "binh");
  }

  @Test
  void oneClerksEntryAloneWaitsForTheSecond() {
    TallyResult r =
        TallyResult.of("CB1", 1, List.of(entry(1, "an", new Tally(15, 14, 12, 1, 1, 0))), P);

    assertThat(r.status()).isEqualTo(TallyResult.Status.WAITING);
    assertThat(r.passed()).isFalse();
  }

  static TallyEntry entry(long id, String clerk, Tally t) {
    return new TallyEntry(id, "CB1", 1, clerk, t, AT);
  }
}
