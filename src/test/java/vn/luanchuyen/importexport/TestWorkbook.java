package vn.luanchuyen.importexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small exchange workbooks in memory for tests. {@link #valid()} starts from a consistent
 * registry of two units, two seats, two cadres and their history; tests then add, change or drop
 * sheets, headers and cells. Cell values: a String, a Number, a LocalDate (a real date cell), a
 * {@link Formula}, or null for an empty cell.
 */
final class TestWorkbook {

  /** A formula cell, with a cached value or none. */
  record Formula(String formula, String cachedValue) {}

  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, List<List<Object>>> rows = new LinkedHashMap<>();

  static TestWorkbook empty() {
    return new TestWorkbook();
  }

  /**
   * A valid workbook. Rows: DonVi 2 = HD (root), 3 = HD-VP (parent HD); ChucDanh 2 = P-VP-CT, 3 =
   * P-VP-PCT; CanBo 2 = CB1, 3 = CB2; QuaTrinhCongTac 2 = CB1 in P-VP-CT 2010–2019, 3 = CB2 in
   * P-VP-CT from 2020, 4 = CB1 in P-VP-PCT from 2020; QuyHoach 2; DanhGia 2, 3.
   */
  static TestWorkbook valid() {
    return new TestWorkbook()
        .sheet(
            "DonVi", "Mã đơn vị", "Tên đơn vị", "Cấp", "Loại", "Khối", "Mã đơn vị cha", "Địa bàn")
        .row("DonVi", "HD", "Quận ủy Hà Đông", "QUAN", "CAP_UY", "DANG", null, null)
        .row("DonVi", "HD-VP", "UBND phường Vạn Phúc", "PHUONG", "UBND", "CHINH_QUYEN", "HD", "VP")
        .sheet("ChucDanh", "Mã chức danh", "Mã đơn vị", "Tên chức danh", "Bậc", "Nhóm")
        .row(
            "ChucDanh",
            "P-VP-CT",
            "HD-VP",
            "Chủ tịch UBND phường Vạn Phúc",
            "TRUONG",
            "CHU_TICH_UBND")
        .row(
            "ChucDanh",
            "P-VP-PCT",
            "HD-VP",
            "Phó Chủ tịch UBND phường Vạn Phúc",
            "PHO",
            "PHO_CHU_TICH_UBND")
        .sheet(
            "CanBo",
            "Mã cán bộ",
            "Họ và tên",
            "Giới tính",
            "Ngày sinh",
            "Quê quán",
            "Nơi thường trú")
        .row("CanBo", "CB1", "Nguyễn Văn An", "Nam", LocalDate.of(1970, 4, 12), "VP", "Hà Nội")
        .row("CanBo", "CB2", "Trần Thị Bình", "Nữ", "03/1980", "Nam Định", "VP")
        .sheet("QuaTrinhCongTac", "Mã cán bộ", "Mã chức danh", "Từ ngày", "Đến ngày", "Hình thức")
        .row(
            "QuaTrinhCongTac",
            "CB1",
            "P-VP-CT",
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2019, 12, 31),
            "BO_NHIEM")
        .row("QuaTrinhCongTac", "CB2", "P-VP-CT", "01/01/2020", null, "BAU")
        .row("QuaTrinhCongTac", "CB1", "P-VP-PCT", LocalDate.of(2020, 1, 1), null, null)
        .sheet("QuyHoach", "Mã cán bộ", "Nhóm", "Mã đơn vị", "Nhiệm kỳ")
        .row("QuyHoach", "CB2", "BI_THU", null, "2025-2030")
        .sheet("DanhGia", "Mã cán bộ", "Năm", "Xếp loại")
        .row("DanhGia", "CB1", 2023, "HTTNV")
        .row("DanhGia", "CB1", 2024, "HTXSNV");
  }

  TestWorkbook sheet(String name, String... header) {
    headers.put(name, new ArrayList<>(Arrays.asList(header)));
    rows.put(name, new ArrayList<>());
    return this;
  }

  TestWorkbook row(String sheet, Object... values) {
    rows.get(sheet).add(new ArrayList<>(Arrays.asList(values)));
    return this;
  }

  TestWorkbook without(String sheet) {
    headers.remove(sheet);
    rows.remove(sheet);
    return this;
  }

  /** Adds an empty column at the end of a sheet; fill it with {@link #set}. */
  TestWorkbook withColumn(String sheet, String header) {
    headers.get(sheet).add(header);
    return this;
  }

  /** Removes a column, header and cells. */
  TestWorkbook withoutColumn(String sheet, String header) {
    int i = headers.get(sheet).indexOf(header);
    headers.get(sheet).remove(i);
    for (List<Object> r : rows.get(sheet)) {
      if (i < r.size()) {
        r.remove(i);
      }
    }
    return this;
  }

  /** Sets the cell of {@code header} in the given Excel row (2 is the first data row). */
  TestWorkbook set(String sheet, int excelRow, String header, Object value) {
    int i = headers.get(sheet).indexOf(header);
    if (i < 0) {
      throw new IllegalArgumentException(header);
    }
    List<Object> r = rows.get(sheet).get(excelRow - 2);
    while (r.size() <= i) {
      r.add(null);
    }
    r.set(i, value);
    return this;
  }

  byte[] bytes() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        Sheet sheet = wb.createSheet(e.getKey());
        Row header = sheet.createRow(0);
        for (int c = 0; c < e.getValue().size(); c++) {
          header.createCell(c).setCellValue(e.getValue().get(c));
        }
        List<List<Object>> data = rows.get(e.getKey());
        for (int r = 0; r < data.size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> values = data.get(r);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
              cell.setCellValue(s);
            } else if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(dateStyle);
            } else if (v instanceof Formula f) {
              cell.setCellFormula(f.formula());
              if (f.cachedValue() != null) {
                cell.setCellValue(f.cachedValue());
              }
            } else {
              throw new IllegalArgumentException(v.toString());
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  InputStream stream() {
    return new ByteArrayInputStream(bytes());
  }

  WorkbookRead read() {
    return new WorkbookReader().read(stream());
  }
}
