package vn.luanchuyen.shared;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a change mark: one row of counts, version sums and highest ids, joined into one string that
 * differs whenever the tables they were taken from have changed.
 */
public final class ChangeMark {
  private ChangeMark() {}

  /** The row's columns joined, for use as a JDBC row mapper. */
  public static String of(ResultSet rs, int rowNum) throws SQLException {
    StringBuilder mark = new StringBuilder();
    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
      mark.append(rs.getString(i)).append(':');
    }
    return mark.toString();
  }
}
