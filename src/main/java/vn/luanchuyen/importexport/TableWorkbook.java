package vn.luanchuyen.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes plain tables to an .xlsx workbook, one sheet per table, a bold header row and text or
 * number cells. For reports of other modules (e.g. a rotation plan), which must not use POI
 * themselves.
 */
public final class TableWorkbook {

  /**
   * A sheet: its name, the column headers, and the rows (values are written as numbers when they
   * are numbers, otherwise as text; null leaves the cell empty).
   */
  public record Table(String sheet, List<String> headers, List<List<Object>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  private TableWorkbook() {}

  public static void write(List<Table> tables, OutputStream out) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Table table : tables) {
        Sheet sheet = workbook.createSheet(table.sheet());
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
          Cell cell = header.createCell(c);
          cell.setCellValue(table.headers().get(c));
          cell.setCellStyle(bold);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
