package vn.luanchuyen.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A plain workbook of tables for reports: each sheet has a title row of headers and rows of values.
 * Texts stay texts, numbers are numeric cells, dates are date cells shown dd/mm/yyyy. The other
 * modules write their Excel exports through this class, so Apache POI stays here.
 */
public final class TableWorkbook {

  /** The rows kept in memory while writing; older rows go to disk. */
  private static final int WINDOW = 200;

  private final List<Table> sheets = new ArrayList<>();

  /**
   * One sheet.
   *
   * @param name the sheet's name; cut to 31 characters and cleaned of characters Excel refuses
   * @param rows each row's values: {@link String}, {@link Number}, {@link LocalDate}, {@link
   *     YearMonth} (written MM/yyyy), {@link Boolean} (Có/Không) or null
   */
  public record Table(String name, List<String> headers, List<List<Object>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  public TableWorkbook add(Table table) {
    sheets.add(table);
    return this;
  }

  public TableWorkbook add(String name, List<String> headers, List<List<Object>> rows) {
    return add(new Table(name, headers, rows));
  }

  public List<Table> tables() {
    return List.copyOf(sheets);
  }

  /** Writes the given tables as an .xlsx to the stream, which is left open. */
  public static void write(List<Table> tables, OutputStream out) {
    TableWorkbook workbook = new TableWorkbook();
    tables.forEach(workbook::add);
    workbook.write(out);
  }

  /** Writes the .xlsx to the stream, which is left open. */
  public void write(OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      List<String> used = new ArrayList<>();
      for (Table table : sheets) {
        Sheet sheet = workbook.createSheet(uniqueName(table.name(), used));
        Row top = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
          Cell cell = top.createCell(c);
          cell.setCellValue(table.headers().get(c));
          cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (value instanceof YearMonth m) {
              cell.setCellValue(String.format("%02d/%04d", m.getMonthValue(), m.getYear()));
            } else if (value instanceof Boolean b) {
              cell.setCellValue(b ? "Có" : "Không");
            } else {
              cell.setCellValue(value.toString());
            }
          }
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String uniqueName(String wanted, List<String> used) {
    String base =
        WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Bảng" : wanted);
    String name = base;
    for (int n = 2; used.stream().anyMatch(name::equalsIgnoreCase); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    used.add(name);
    return name;
  }
}
