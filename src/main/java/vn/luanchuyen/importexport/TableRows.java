package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one registry table that an import writes, each with how its value is read from a
 * record. Adding a column to an import is one {@link #column} line.
 *
 * @param table the table's name
 * @param columns the columns in the order they are written
 */
record TableRows<T>(String table, List<Column<T>> columns) {

  /** One column: its name and its value for a record (a string, a number, a date or null). */
  record Column<T>(String name, Function<T, Object> value) {}

  TableRows {
    columns = List.copyOf(columns);
  }

  static <T> TableRows<T> of(String table) {
    return new TableRows<>(table, List.of());
  }

  /** These columns and one more. */
  TableRows<T> column(String name, Function<T, Object> value) {
    List<Column<T>> more = new ArrayList<>(columns);
    more.add(new Column<>(name, value));
    return new TableRows<>(table, more);
  }

  /** The column names, separated by commas. */
  String names() {
    return String.join(", ", columns.stream().map(Column::name).toList());
  }
}
