package vn.luanchuyen.screening;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.luanchuyen.importexport.TableWorkbook;
import vn.luanchuyen.importexport.TableWorkbook.Table;

/** Every screening list, the data problems and the targets as one Excel workbook. */
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

  public static void write(ScreeningReport report, ScreeningLists lists, OutputStream out) {
    List<Table> tables = new ArrayList<>();
    tables.add(cadres("Cấp trưởng phải luân chuyển", lists.headsMustMove()));
    tables.add(cadres("Cấp phó phải luân chuyển", lists.deputiesMustMove()));
    tables.add(cadres("Miễn do sắp nghỉ hưu", lists.retiring()));
    tables.add(cadres("Đủ điều kiện luân chuyển", lists.eligible()));
    tables.add(cadres("Cán bộ trẻ cần về cơ sở", lists.youngToWards()));
    tables.add(cadres("Không đủ điều kiện", lists.notEligible()));
    List<List<Object>> problems = new ArrayList<>();
    for (DataQualityFinding f : lists.dataProblems()) {
      problems.add(
          List.of(
              nullToEmpty(f.cadreCode()),
              nullToEmpty(f.subject()),
              ScreeningMessages.render(f.reason())));
    }
    tables.add(
        new Table("Dữ liệu cần bổ sung", List.of("Mã cán bộ", "Nội dung", "Vấn đề"), problems));
    List<List<Object>> targets = new ArrayList<>();
    for (TargetResult t : report.targets()) {
      List<Object> row = new ArrayList<>();
      row.add(t.name());
      row.add(t.value());
      row.add(t.goal());
      row.add(t.met() ? "Đạt" : "Chưa đạt");
      row.add(t.numerator());
      row.add(t.denominator());
      row.add(t.deadline());
      targets.add(row);
    }
    tables.add(
        new Table(
            "Chỉ tiêu",
            List.of("Chỉ tiêu", "Giá trị", "Mục tiêu", "Kết quả", "Tử số", "Mẫu số", "Thời hạn"),
            targets));
    TableWorkbook.write(tables, out);
  }

  private static Table cadres(String sheet, List<ScreeningLists.Entry> entries) {
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
    return new Table(sheet, CADRE_HEADERS, rows);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
