package vn.luanchuyen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A policy as the policy page, the API and the command show it. */
class PolicyDescriptionTests {

  static PolicyDescription describe(String id) {
    return PolicyDescription.of(PolicyLoader.fromClasspath(id));
  }

  static List<PolicyDescription.RenderedLine> lines(String id, Locale locale) {
    return describe(id).render(locale).stream().flatMap(s -> s.lines().stream()).toList();
  }

  @Test
  void everySourceOfEveryShippedPolicyIsShownBesideItsValue() {
    for (String id : Policies.asShipped().shippedIds()) {
      assertThat(describe(id).unplacedSources()).as(id).isEmpty();
    }
  }

  @Test
  void everyShippedPolicyReadsInWordsInBothLanguagesWithNoKeyOrPlaceholderLeft() {
    for (String id : Policies.asShipped().shippedIds()) {
      for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
        for (PolicyDescription.Rendered section : describe(id).render(locale)) {
          assertThat(section.title()).doesNotContain("[", "{");
          for (PolicyDescription.RenderedLine line : section.lines()) {
            assertThat(line.label() + " " + line.value())
                .as(id + " " + locale + " " + line.key())
                .doesNotContain("[policy.", "{", "}")
                .doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
          }
        }
      }
    }
  }

  @Test
  void theCommuneLeadersTargetIsFlaggedUnverifiedWithItsBasisAndDates() {
    PolicyDescription.RenderedLine line =
        lines("province-2025", Locale.forLanguageTag("vi")).stream()
            .filter(l -> l.key().equals("targets.non-local-commune-leaders"))
            .findFirst()
            .orElseThrow();

    assertThat(line.verified()).isFalse();
    assertThat(line.basis()).contains("210-KL/TW");
    assertThat(line.value()).isEqualTo("Ít nhất 100%, chậm nhất ngày 31/12/2026");
    assertThat(line.from()).hasToString("2025-11-12");
    assertThat(line.note()).contains("chưa xác minh");
  }

  @Test
  void aVerifiedTargetIsNotFlagged() {
    assertThat(lines("province-2025", Locale.forLanguageTag("vi")))
        .filteredOn(l -> l.key().equals("targets.non-local-provincial-leaders"))
        .singleElement()
        .satisfies(l -> assertThat(l.verified()).isTrue());
  }

  @Test
  void theRemainingTimeExceptionNamesItsPostsAndMonths() {
    assertThat(lines("province-2025", Locale.forLanguageTag("vi")))
        .filteredOn(l -> l.key().equals("thresholds.remainingTimeException"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.value()).startsWith("60 tháng cho các chức danh: ");
              assertThat(l.value()).contains("Chủ nhiệm Ủy ban kiểm tra", "Bí thư");
            });
  }

  @Test
  void disciplineWaitingPeriodsReadAsFormsAndMonths() {
    assertThat(lines("province-2025", Locale.forLanguageTag("vi")))
        .filteredOn(l -> l.key().equals("succession.disciplineWaitingMonths"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.value())
                    .isEqualTo("khiển trách: 24 tháng; cảnh cáo: 36 tháng; cách chức: 60 tháng"));
  }

  @Test
  void aPolicyWithoutShareNumbersSaysSoAndTheFoundingOneGivesItsShares() {
    assertThat(lines("province-2025", Locale.forLanguageTag("vi")))
        .filteredOn(l -> l.key().equals("succession.womenShareGoal"))
        .singleElement()
        .satisfies(l -> assertThat(l.value()).isEqualTo("Không đặt tỷ lệ cụ thể"));
    assertThat(lines("hadong-2022", Locale.forLanguageTag("vi")))
        .filteredOn(l -> l.key().equals("succession.womenShareGoal"))
        .singleElement()
        .satisfies(l -> assertThat(l.value()).isEqualTo("25%"));
  }
}
