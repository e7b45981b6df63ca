package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one renderer writes every module's reasons from the bundles, in Vietnamese or English. */
class MessageRendererTests {

  static final MessageRenderer RENDERER = MessageRenderer.PLAIN;

  @Test
  void aReasonOfAnyModuleIsFoundInItsBundleWhicheverModuleRendersIt() {
    Reason approval = new Reason("open.no-title", "approval.refused.open.no-title", Map.of());
    Reason planning =
        new Reason("submit.case-open", "plans.refused.submit.case-open", Map.of("case", 12L));

    assertThat(RENDERER.render(List.of(approval, planning), MessageRenderer.VIETNAMESE))
        .isEqualTo("Cần tên hồ sơ; Đã có hồ sơ số 12 đang xử lý cho đối tượng này");
    assertThat(RENDERER.render(planning, Locale.ENGLISH))
        .isEqualTo("Case 12 is already in progress for this subject");
  }

  @Test
  void vietnameseIsTheDefaultForAnyOtherLanguage() {
    Reason r = new Reason("open.no-title", "approval.refused.open.no-title", Map.of());

    assertThat(RENDERER.render(r, Locale.FRENCH)).isEqualTo("Cần tên hồ sơ");
    assertThat(RENDERER.render(r, null)).isEqualTo("Cần tên hồ sơ");
  }

  @Test
  void daysMonthsAndMonthCountsAreWrittenTheVietnameseWay() {
    Reason meeting =
        new Reason(
            "meeting.future-day",
            "approval.refused.meeting.future-day",
            Map.of("cadre", "Trần Thị Bình (CB002)", "day", LocalDate.of(2022, 7, 2)));

    assertThat(RENDERER.render(meeting, MessageRenderer.VIETNAMESE)).contains("(02/07/2022)");
    assertThat(MessageRenderer.duration(111, MessageRenderer.VIETNAMESE))
        .isEqualTo("9 năm 3 tháng");
    assertThat(MessageRenderer.duration(13, Locale.ENGLISH)).isEqualTo("1 year 1 month");
    assertThat(
            RENDERER.render(
                "x.missing-key-for-month", Map.of("m", YearMonth.of(2025, 4)), Locale.ENGLISH))
        .isEqualTo("[x.missing-key-for-month]");
  }

  @Test
  void aListKeepsItsOrderASetIsSortedAndReasonsAreSeparatedBySemicolons() {
    Reason requirement = new Reason("c", "approval.refused.requirement.comment", Map.of());
    Reason appraisal = new Reason("a", "approval.refused.requirement.appraisal", Map.of());
    Reason missing =
        new Reason(
            "step.missing",
            "approval.refused.step.missing",
            Map.of("step", "Xin chủ trương", "missing", List.of(requirement, appraisal)));
    Reason notMet =
        new Reason(
            "step.cadre-meeting-missing",
            "approval.refused.step.cadre-meeting-missing",
            Map.of(
                "cadres",
                new LinkedHashSet<>(List.of("Lê C (C3)", "An B (C1)")),
                "missing",
                2,
                "total",
                3));

    assertThat(RENDERER.render(missing, MessageRenderer.VIETNAMESE))
        .isEqualTo(
            "Chưa đủ để hoàn thành bước \"Xin chủ trương\": thiếu ý kiến, văn bản thẩm định");
    assertThat(RENDERER.render(notMet, MessageRenderer.VIETNAMESE))
        .contains(": An B (C1), Lê C (C3);");
  }

  @Test
  void anArgumentTheReasonLacksStaysVisible() {
    Reason r = new Reason("open.not-allowed", "approval.refused.open.not-allowed", Map.of());

    assertThat(RENDERER.render(r, MessageRenderer.VIETNAMESE))
        .isEqualTo("Người dùng {user} không được mở hồ sơ");
  }

  enum Sex {
    FEMALE
  }

  @Test
  void anEnumIsWrittenByItsLabel() {
    assertThat(MessageRenderer.label(Sex.FEMALE, MessageRenderer.VIETNAMESE)).isEqualTo("Nữ");
    assertThat(
            RENDERER.render(
                "approval.refused.open.not-allowed", Map.of("user", Sex.FEMALE), Locale.ENGLISH))
        .isEqualTo("User Female may not open a case");
  }

  @Test
  void positionalMessagesAreFormattedWithTheirArguments() {
    assertThat(
            MessageRenderer.format(
                "approval.decision.line",
                MessageRenderer.VIETNAMESE,
                "125-QĐ/QU",
                "01/09/2022",
                "15/09/2022"))
        .isEqualTo("Quyết định số 125-QĐ/QU, ký ngày 01/09/2022, có hiệu lực từ ngày 15/09/2022.");
  }
}
