package vn.luanchuyen.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes plain tables (lists a user exports: screening lists, reports, plans) as an .xlsx with one
 * sheet a table, a bold frozen header, dates as real dates shown dd/mm/yyyy, months as MM/yyyy.
 */
public final class TableWorkbook {

  /** One sheet: a name (at most 31 characters), its headers and its rows of cells. */
  public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  private TableWorkbook() {}

  public static void write(List<Table> tables, OutputStream out) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (Table table : tables) {
        SXSSFSheet sheet = workbook.createSheet(table.sheetName());
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(table.headers().get(c));
          cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            set(row.createCell(c), values.get(c), date);
          }
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook", e);
    }
  }

  private static void set(Cell cell, Object value, CellStyle date) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b ? "Có" : "Không");
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (value instanceof YearMonth m) {
      cell.setCellValue(String.format("%02d/%04d", m.getMonthValue(), m.getYear()));
    } else {
      cell.setCellValue(value.toString());
    }
  }
}
