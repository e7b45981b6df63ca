package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A large append (PostgreSQL drops and rebuilds the table's foreign keys and plain indexes around
 * its COPY) leaves the table's indexes and constraints as they were, and a row that breaks a
 * foreign key still fails it whole.
 */
@Tag("database")
@SpringBootTest
class BulkWriteIntegrationTests {

  @Autowired BulkWrite bulk;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void oneCadreInOneWard() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
  }

  private static List<Assignment> history(int rows, String lastPosition) {
    List<Assignment> history = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      history.add(
          new Assignment(
              null,
              "CB1",
              i == rows - 1 ? lastPosition : "VP-CT",
              LocalDate.of(1990, 1, 1).plusDays(i % 10_000),
              null,
              null,
              "QĐ " + i,
              0));
    }
    return history;
  }

  @Test
  void aLargeAppendKeepsTheTablesIndexesAndForeignKeys() throws SQLException {
    String before = indexesAndForeignKeys("cadre_assignment");

    transaction.executeWithoutResult(
        s -> bulk.append(RegistryStore.ASSIGNMENTS, history(BulkWrite.LARGE, "VP-CT")));

    assertThat(countAssignments()).isEqualTo(BulkWrite.LARGE + 1);
    assertThat(indexesAndForeignKeys("cadre_assignment")).isEqualTo(before);
  }

  @Test
  void aLargeAppendWithOneRowNamingAnUnknownSeatWritesNothing() throws SQLException {
    String before = indexesAndForeignKeys("cadre_assignment");

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    s ->
                        bulk.append(
                            RegistryStore.ASSIGNMENTS, history(BulkWrite.LARGE, "KHONG-CO"))))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(countAssignments()).isEqualTo(1);
    assertThat(indexesAndForeignKeys("cadre_assignment")).isEqualTo(before);
  }

  private long countAssignments() {
    return jdbc.sql("select count(*) from cadre_assignment").query(Long.class).single();
  }

  /**
   * The table's indexes (name, column, uniqueness) and its foreign keys, as the driver lists them.
   */
  private String indexesAndForeignKeys(String table) throws SQLException {
    TreeSet<String> found = new TreeSet<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
      try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            found.add(
                "index "
                    + rs.getString("INDEX_NAME").toLowerCase()
                    + " "
                    + rs.getString("COLUMN_NAME").toLowerCase()
                    + (rs.getBoolean("NON_UNIQUE") ? "" : " unique"));
          }
        }
      }
      try (ResultSet rs = meta.getImportedKeys(null, null, name)) {
        while (rs.next()) {
          found.add(
              "foreign key "
                  + rs.getString("FK_NAME").toLowerCase()
                  + " "
                  + rs.getString("FKCOLUMN_NAME").toLowerCase()
                  + " -> "
                  + rs.getString("PKTABLE_NAME").toLowerCase());
        }
      }
    }
    assertThat(found).as("indexes and foreign keys of " + table).isNotEmpty();
    return String.join("\n", found);
  }
}
