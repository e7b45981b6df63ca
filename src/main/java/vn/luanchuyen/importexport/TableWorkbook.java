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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Table;

/**
 * A workbook of tables for reports, laid out as an office files them: each sheet opens with its
 * title (what, under which policy, as of which day) when it has one, then a bold header row with an
 * STT column first, then the rows numbered 1, 2, ... Texts stay texts and wrap, numbers are numeric
 * cells, dates are date cells shown dd/mm/yyyy, shares ({@link Table.Percent}) are numbers shown as
 * percentages. The columns are as wide as their contents (within bounds), the header stays in view
 * (frozen) and carries an autofilter, and the sheet prints on A4 landscape, one page wide, with the
 * title and header repeated on every page. The other modules write their Excel exports through this
 * class, so Apache POI stays here.
 */
public final class TableWorkbook {

  /** The rows kept in memory while writing; older rows go to disk. */
  private static final int WINDOW = 200;

  /** The header of the row-number column (số thứ tự). */
  static final String ROW_NUMBER = "STT";

  /** The narrowest and widest a column is made, in characters. */
  private static final int MIN_WIDTH = 6;

  private static final int MAX_WIDTH = 60;

  private final List<Table> sheets = new ArrayList<>();

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
      Styles styles = new Styles(workbook);
      List<String> used = new ArrayList<>();
      for (Table table : sheets) {
        writeSheet(workbook.createSheet(uniqueName(table.name(), used)), table, styles);
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

  /** The cell styles of one workbook. */
  private record Styles(
      CellStyle title,
      CellStyle header,
      CellStyle text,
      CellStyle date,
      CellStyle percent,
      CellStyle total) {
    Styles(Workbook workbook) {
      this(
          workbook.createCellStyle(),
          workbook.createCellStyle(),
          workbook.createCellStyle(),
          workbook.createCellStyle(),
          workbook.createCellStyle(),
          workbook.createCellStyle());
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font large = workbook.createFont();
      large.setBold(true);
      large.setFontHeightInPoints((short) 13);
      title.setFont(large);
      title.setWrapText(true);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      for (CellStyle s : new CellStyle[] {header, text, date, percent, total}) {
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
      }
      header.setFont(bold);
      total.setFont(bold);
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    }
  }

  private static void writeSheet(Sheet sheet, Table table, Styles styles) {
    int columns = table.headers().size() + 1;
    int headerRow = 0;
    if (table.title() != null) {
      Row titleRow = sheet.createRow(0);
      titleRow.setHeightInPoints(36);
      Cell cell = titleRow.createCell(0);
      cell.setCellValue(table.title());
      cell.setCellStyle(styles.title());
      if (columns > 1) {
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
      }
      headerRow = 1;
    }
    Row top = sheet.createRow(headerRow);
    List<String> headers = new ArrayList<>();
    headers.add(ROW_NUMBER);
    headers.addAll(table.headers());
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = top.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(styles.header());
    }
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = headers.get(c).length();
    }
    int r = headerRow + 1;
    int number = 0;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      boolean total = values.size() == 1 && values.get(0) instanceof Table.Total;
      List<Object> cells = total ? ((Table.Total) values.get(0)).values() : values;
      if (!total) {
        row.createCell(0).setCellValue(++number);
      }
      for (int c = 0; c < cells.size(); c++) {
        Object value = cells.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c + 1);
        widths[c + 1] = Math.max(widths[c + 1], write(cell, value, total, styles));
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
    }
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, columns - 1));
    sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }

  /** Writes one value into its cell; returns the width it needs, in characters. */
  private static int write(Cell cell, Object value, boolean total, Styles styles) {
    CellStyle style = total ? styles.total() : styles.text();
    int width;
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      width = String.valueOf(n).length();
    } else if (value instanceof Table.Percent p) {
      cell.setCellValue(p.ratio());
      style = styles.percent();
      width = 7;
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      style = styles.date();
      width = 10;
    } else if (value instanceof YearMonth m) {
      cell.setCellValue(String.format("%02d/%04d", m.getMonthValue(), m.getYear()));
      width = 7;
    } else if (value instanceof Boolean b) {
      cell.setCellValue(
          MessageRenderer.text(b ? "table.yes" : "table.no", MessageRenderer.VIETNAMESE));
      width = 5;
    } else {
      String text = value.toString();
      cell.setCellValue(text);
      width = text.lines().mapToInt(String::length).max().orElse(0);
    }
    cell.setCellStyle(style);
    return width;
  }

  private static String uniqueName(String wanted, List<String> used) {
    String base =
        WorkbookUtil.createSafeSheetName(
            wanted == null || wanted.isBlank()
                ? MessageRenderer.text("table.sheet", MessageRenderer.VIETNAMESE)
                : wanted);
    String name = base;
    for (int n = 2; used.stream().anyMatch(name::equalsIgnoreCase); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    used.add(name);
    return name;
  }
}
