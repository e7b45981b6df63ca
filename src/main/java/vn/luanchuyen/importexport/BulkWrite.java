package vn.luanchuyen.importexport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
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
 * Appends many rows to a table in the caller's transaction, the fastest way the database offers:
 * PostgreSQL's {@code COPY ... FROM STDIN}, streamed in chunks, and on other databases (H2)
 * prepared inserts in large batches. A failure throws, and the caller's transaction rolls back:
 * COPY is all or nothing like the rest of the import.
 */
@Component
class BulkWrite {
  /**
   * From this many rows, a PostgreSQL append drops and rebuilds the table's foreign keys and plain
   * indexes around the copy ({@link #copyLarge}).
   */
  static final int LARGE = 50_000;

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
        if (rows.size() >= LARGE) {
          copyLarge(connection, table, rows);
        } else {
          copy(connection.unwrap(PGConnection.class), table, rows);
        }
      } else {
        insert(connection, table, rows);
      }
    } catch (SQLException e) {
      throw translator.translate("append to " + table.table(), null, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * A large append on PostgreSQL: the table's foreign keys and plain (non-unique) indexes are
   * dropped, the rows copied, then the indexes built and the foreign keys added again, which checks
   * every row in one join instead of one lookup a row. All of it is in the caller's transaction: a
   * row that breaks a foreign key fails the whole import as before, and a failure or a crash leaves
   * the table, its indexes and constraints as they were. Meanwhile the table is locked against
   * readers (PostgreSQL's rule for dropping an index); imports are rare and short. If the tables
   * cannot be altered (an account that does not own them), the rows are copied with the constraints
   * in place.
   */
  private static <T> void copyLarge(Connection connection, TableRows<T> table, List<T> rows)
      throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    List<String[]> foreignKeys = new java.util.ArrayList<>();
    List<String[]> indexes = new java.util.ArrayList<>();
    Savepoint before = connection.setSavepoint();
    try (Statement ddl = connection.createStatement()) {
      try (ResultSet rs =
          ddl.executeQuery(
              "select quote_ident(conname), pg_get_constraintdef(oid) from pg_constraint"
                  + " where conrelid = '"
                  + table.table()
                  + "'::regclass and contype = 'f'")) {
        while (rs.next()) {
          foreignKeys.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      try (ResultSet rs =
          ddl.executeQuery(
              "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                  + " where i.indrelid = '"
                  + table.table()
                  + "'::regclass and not i.indisunique and not i.indisprimary"
                  + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
        while (rs.next()) {
          indexes.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] fk : foreignKeys) {
        ddl.execute("alter table " + table.table() + " drop constraint " + fk[0]);
      }
      for (String[] index : indexes) {
        ddl.execute("drop index " + index[0]);
      }
    } catch (SQLException e) {
      // not allowed to alter the table: copy with its constraints in place
      connection.rollback(before);
      copy(pg, table, rows);
      return;
    }
    connection.releaseSavepoint(before);
    copy(pg, table, rows);
    try (Statement ddl = connection.createStatement()) {
      for (String[] index : indexes) {
        ddl.execute(index[1]);
      }
      for (String[] fk : foreignKeys) {
        ddl.execute("alter table " + table.table() + " add constraint " + fk[0] + " " + fk[1]);
      }
    }
  }

  private static <T> void copy(PGConnection connection, TableRows<T> table, List<T> rows)
      throws SQLException {
    CopyIn copy =
        connection
            .getCopyAPI()
            .copyIn("copy " + table.table() + " (" + table.names() + ") from stdin");
    try {
      CopyText.Rows text = new CopyText.Rows((bytes, n) -> copy.writeToCopy(bytes, 0, n), CHUNK);
      List<TableRows.Column<T>> columns = table.columns();
      for (T row : rows) {
        for (TableRows.Column<T> column : columns) {
          text.value(column.value().apply(row));
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
