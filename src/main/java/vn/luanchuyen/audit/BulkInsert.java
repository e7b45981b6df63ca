package vn.luanchuyen.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;
import vn.luanchuyen.shared.CopyText;

/**
 * Appends many rows of the trail's own tables (entries, seals) in the caller's transaction:
 * PostgreSQL's {@code COPY ... FROM STDIN} streamed in chunks from {@link #COPY_FROM} rows,
 * prepared inserts in batches otherwise (and on H2). A failure throws, so the change and its
 * entries roll back together. The trail stays append-only: nothing here updates or deletes.
 */
@Component
class BulkInsert {
  /** From this many rows, PostgreSQL appends with COPY. */
  static final int COPY_FROM = 1_000;

  /** Rows per batch of the insert path. */
  private static final int BATCH = 5_000;

  /** Bytes of COPY data sent at a time. */
  private static final int CHUNK = 1 << 20;

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private final DataSource dataSource;
  private final SQLExceptionTranslator translator;

  BulkInsert(DataSource dataSource) {
    this.dataSource = dataSource;
    this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  /**
   * Appends the rows, each holding a value for every column in order (strings, numbers, {@link
   * LocalDateTime}s or null); nothing when there are none.
   */
  void append(String table, List<String> columns, List<Object[]> rows) {
    append(table, columns, rows.size(), rows.iterator());
  }

  /**
   * Appends {@code count} rows as {@link #append(String, List, List)} does, each made only when it
   * is written: the database stores the rows written before while the next are made.
   */
  void append(String table, List<String> columns, int count, Iterator<Object[]> rows) {
    if (count == 0) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      if (count >= COPY_FROM && connection.isWrapperFor(PGConnection.class)) {
        copy(connection.unwrap(PGConnection.class), table, columns, rows);
      } else {
        insert(connection, table, columns, rows);
      }
    } catch (SQLException e) {
      throw translator.translate("append to " + table, null, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void copy(
      PGConnection connection, String table, List<String> columns, Iterator<Object[]> rows)
      throws SQLException {
    CopyIn copy =
        connection
            .getCopyAPI()
            .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
    try {
      CopyText.Rows text = new CopyText.Rows((bytes, n) -> copy.writeToCopy(bytes, 0, n), CHUNK);
      while (rows.hasNext()) {
        for (Object value : rows.next()) {
          text.value(value instanceof LocalDateTime t ? TIMESTAMP.format(t) : value);
        }
        text.endRow();
      }
      text.flush();
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void insert(
      Connection connection, String table, List<String> columns, Iterator<Object[]> rows)
      throws SQLException {
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int pending = 0;
      while (rows.hasNext()) {
        Object[] row = rows.next();
        for (int i = 0; i < row.length; i++) {
          Object value = row[i];
          ps.setObject(i + 1, value instanceof LocalDateTime t ? Timestamp.valueOf(t) : value);
        }
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }
}
