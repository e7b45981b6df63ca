package vn.luanchuyen.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Before and after values read by an auditor as fields, in the Board's words. */
class AuditValuesTests {
  private final AuditValues values =
      new AuditValues(
          bundles(),
          List.of(
              (field, value) ->
                  Optional.ofNullable("policy".equals(field) ? "Kế hoạch 2022" : null)),
          Locale.forLanguageTag("vi"));

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "i18n/approval", "i18n/security");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void anAssignmentIsReadAsNamedFieldsNeverAsARecordDump() {
    assertThat(
            values.lines(
                "Assignment[id=12, cadreCode=CB0012, positionCode=P-VP-CT, startDate=2022-09-01,"
                    + " endDate=null, form=LUAN_CHUYEN, decisionNumber=125-QĐ/QU, version=0]"))
        .extracting(l -> l.field() + ": " + l.value())
        .containsExactly(
            "Số: 12",
            "Mã cán bộ: CB0012",
            "Mã chức danh: P-VP-CT",
            "Từ ngày: 01/09/2022",
            "Đến ngày: (trống)",
            "Hình thức: Luân chuyển",
            "Số quyết định: 125-QĐ/QU",
            "Lần sửa: 0");
  }

  @Test
  void aNestedRecordAndAListAreWrittenOnTheirFieldsLine() {
    assertThat(
            values.lines(
                "AppUser[username=bantochuc, roles=[ORGANISATION_BOARD], unitScope=[],"
                    + " enabled=true, birthDate=PartialDate[year=1975, month=5, day=null]]"))
        .extracting(l -> l.field() + ": " + l.value())
        .contains("Đang hoạt động: Có", "Ngày sinh: Năm: 1975; Tháng: 5; Ngày: (trống)")
        .noneMatch(line -> line.contains("ORGANISATION_BOARD") || line.contains("["));
  }

  @Test
  void anIdIsNamedByTheModuleThatOwnsIt() {
    assertThat(values.lines("{\"policy\":\"hadong-2022\",\"number\":2}"))
        .extracting(l -> l.field() + ": " + l.value())
        .containsExactly("Chính sách: Kế hoạch 2022", "Bản số: 2");
  }

  @Test
  void aTallyEnteredByAClerkNamesTheClerkAndEachCount() {
    assertThat(values.lines("thuongvu: Tally[members=15, present=14, agree=12]"))
        .extracting(l -> l.field() + ": " + l.value())
        .containsExactly(
            "Người nhập: thuongvu", "Số thành viên: 15", "Số có mặt: 14", "Số phiếu đồng ý: 12");
  }

  @Test
  void aJsonSummaryIsReadAsFieldsAndASentenceStaysASentence() {
    assertThat(
            values.lines(
                "{\"subjectType\":\"plan-version\",\"title\":\"Hồ sơ đợt 1\",\"status\":\"OPEN\"}"))
        .extracting(l -> l.field() + ": " + l.value())
        .containsExactly(
            "Loại đối tượng: Phiên bản phương án",
            "Tiêu đề: Hồ sơ đợt 1",
            "Trạng thái: Đang xử lý");
    assertThat(values.lines("hồ sơ (trang web)"))
        .singleElement()
        .satisfies(l -> assertThat(l.field()).isNull())
        .satisfies(l -> assertThat(l.value()).isEqualTo("hồ sơ (trang web)"));
  }
}
