package vn.luanchuyen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.Table;
import vn.luanchuyen.shared.Table.Percent;

/**
 * Every screening list, the data problems and the targets as one Excel workbook, each sheet titled
 * with what it lists, the policy's name and the as-of day; shares are shown as percentages.
 */
public final class ScreeningExport {

  private static final List<String> CADRE_HEADERS =
      List.of(
          "Mã cán bộ",
          "Họ và tên",
          "Chức vụ",
          "Tháng nghỉ hưu",
          "Thời gian công tác còn lại (tháng)",
          "Lý do");

  private ScreeningExport() {}

  /** The sheets of the workbook, for a {@link vn.luanchuyen.shared.TableWriter} to write. */
  public static List<Table> tables(Policy policy, ScreeningReport report, ScreeningLists lists) {
    List<Table> tables = new ArrayList<>();
    tables.add(cadres(policy, report, "Cấp trưởng phải luân chuyển", lists.headsMustMove()));
    tables.add(cadres(policy, report, "Cấp phó phải luân chuyển", lists.deputiesMustMove()));
    tables.add(cadres(policy, report, "Miễn do sắp nghỉ hưu", lists.retiring()));
    tables.add(cadres(policy, report, "Đủ điều kiện luân chuyển", lists.eligible()));
    tables.add(cadres(policy, report, "Cán bộ trẻ cần về cơ sở", lists.youngToWards()));
    tables.add(cadres(policy, report, "Không đủ điều kiện", lists.notEligible()));
    List<List<Object>> problems = new ArrayList<>();
    for (DataQualityFinding f : lists.dataProblems()) {
      problems.add(
          List.of(
              nullToEmpty(f.cadreCode()),
              nullToEmpty(f.subject()),
              ScreeningMessages.render(f.reason())));
    }
    tables.add(
        new Table(
            "Dữ liệu cần bổ sung",
            title(policy, report, "Dữ liệu cần bổ sung"),
            List.of("Mã cán bộ", "Mã đối tượng", "Nội dung"),
            problems));
    List<List<Object>> targets = new ArrayList<>();
    for (TargetResult t : report.targets()) {
      boolean share = t.kind() == Policy.TargetKind.NON_LOCAL_SHARE;
      List<Object> row = new ArrayList<>();
      row.add(t.name());
      row.add(share && t.value() != null ? new Percent(t.value()) : t.value());
      row.add(share ? new Percent(t.goal()) : t.goal());
      row.add(t.met() ? "Đạt" : "Chưa đạt");
      row.add(t.numerator());
      row.add(t.denominator());
      row.add(t.deadline());
      targets.add(row);
    }
    tables.add(
        new Table(
            "Chỉ tiêu",
            title(policy, report, "Chỉ tiêu"),
            List.of("Chỉ tiêu", "Giá trị", "Mục tiêu", "Kết quả", "Tử số", "Mẫu số", "Thời hạn"),
            targets));
    return tables;
  }

  /** The line above a sheet: what it lists, under which policy, as of which day. */
  private static String title(Policy policy, ScreeningReport report, String sheet) {
    return ScreeningMessages.render(
        new Reason(
            "export-title",
            "screening.export.title",
            Map.of("sheet", sheet, "policy", policy.name(), "asOf", report.asOf())));
  }

  private static Table cadres(
      Policy policy, ScreeningReport report, String sheet, List<ScreeningLists.Entry> entries) {
    List<List<Object>> rows = new ArrayList<>();
    for (ScreeningLists.Entry e : entries) {
      List<Object> row = new ArrayList<>();
      row.add(e.code());
      row.add(e.fullName());
      row.add(String.join("; ", e.seats()));
      row.add(e.retirementMonth());
      row.add(e.remainingMonths());
      row.add(e.reasons().stream().map(Verdict::sentence).collect(Collectors.joining("\n")));
      rows.add(row);
    }
    return new Table(sheet, title(policy, report, sheet), CADRE_HEADERS, rows);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
