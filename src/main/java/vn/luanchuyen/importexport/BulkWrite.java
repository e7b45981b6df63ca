package vn.luanchuyen.importexport;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Appends many rows to a table in the caller's transaction, the fastest way the database offers:
 * PostgreSQL's {@code COPY ... FROM STDIN}, streamed in chunks, and on other databases (H2)
 * prepared inserts in large batches. A failure throws, and the caller's transaction rolls back:
 * COPY is all or nothing like the rest of the import.
 */
@Component
class BulkWrite {
  /** Rows per batch of the insert path. */
  private static final int BATCH = 10_000;

  /** Bytes of COPY data sent at a time. */
  private static final int CHUNK = 1 << 20;

  private final DataSource dataSource;
  private final SQLExceptionTranslator translator;

  BulkWrite(DataSource dataSource) {
    this.dataSource = dataSource;
    this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  /** Appends the rows to the table; nothing when there are none. */
  <T> void append(TableRows<T> table, List<T> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      if (connection.isWrapperFor(PGConnection.class)) {
        copy(connection.unwrap(PGConnection.class), table, rows);
      } else {
        insert(connection, table, rows);
      }
    } catch (SQLException e) {
      throw translator.translate("append to " + table.table(), null, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static <T> void copy(PGConnection connection, TableRows<T> table, List<T> rows)
      throws SQLException {
    CopyIn copy =
        connection
            .getCopyAPI()
            .copyIn("copy " + table.table() + " (" + table.names() + ") from stdin");
    try {
      StringBuilder text = new StringBuilder(CHUNK + 4096);
      for (T row : rows) {
        List<TableRows.Column<T>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            text.append('\t');
          }
          copyValue(text, columns.get(i).value().apply(row));
        }
        text.append('\n');
        if (text.length() >= CHUNK) {
          send(copy, text);
        }
      }
      send(copy, text);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  /** A value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
  private static void copyValue(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }

  private static <T> void insert(Connection connection, TableRows<T> table, List<T> rows)
      throws SQLException {
    List<TableRows.Column<T>> columns = table.columns();
    String sql =
        "insert into "
            + table.table()
            + " ("
            + table.names()
            + ") values ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          Object value = columns.get(i).value().apply(row);
          ps.setObject(i + 1, value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
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
