package vn.luanchuyen.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One sheet of an export: what screening, planning and reporting hand to the workbook writer
 * ({@link TableWriter}), so they know nothing of the file format.
 *
 * @param name the sheet's name; cut to 31 characters and cleaned of characters Excel refuses
 * @param title the line above the table, or null for none
 * @param rows each row's values: {@link String}, {@link Number}, {@link Percent}, {@link
 *     java.time.LocalDate}, {@link java.time.YearMonth} (written MM/yyyy), {@link Boolean}
 *     (Có/Không) or null; or a {@link Total}
 */
public record Table(String name, String title, List<String> headers, List<List<Object>> rows) {
  public Table {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** A sheet without a title. */
  public Table(String name, List<String> headers, List<List<Object>> rows) {
    this(name, null, headers, rows);
  }

  /** A share (0.382 for 38.2%), written as a number shown as a percentage with one decimal. */
  public record Percent(double ratio) {}

  /** A closing row (e.g. the total): bold, without a row number. */
  public record Total(List<Object> values) {
    public Total {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
