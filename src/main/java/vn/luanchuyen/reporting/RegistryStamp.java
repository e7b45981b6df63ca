package vn.luanchuyen.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cheap fingerprint of the registry tables, read-only: row counts, version sums and the highest
 * ids. Every write of the registry modules changes it (updates raise a version, replacements insert
 * rows with new ids, deletions lower a count), so a report may keep the records it read until the
 * fingerprint changes.
 */
@Component
class RegistryStamp {

  private static final String SQL =
      "select"
          + " (select count(*) from org_unit),"
          + " (select coalesce(sum(version), 0) from org_unit),"
          + " (select count(*) from org_position),"
          + " (select coalesce(sum(version), 0) from org_position),"
          + " (select count(*) from cadre),"
          + " (select coalesce(sum(version), 0) from cadre),"
          + " (select count(*) from cadre_assignment),"
          + " (select coalesce(max(id), 0) from cadre_assignment),"
          + " (select coalesce(sum(version), 0) from cadre_assignment),"
          + " (select count(*) from cadre_assessment),"
          + " (select coalesce(max(id), 0) from cadre_assessment),"
          + " (select coalesce(sum(version), 0) from cadre_assessment),"
          + " (select count(*) from cadre_discipline),"
          + " (select coalesce(max(id), 0) from cadre_discipline),"
          + " (select coalesce(sum(version), 0) from cadre_discipline),"
          + " (select count(*) from succession_entry),"
          + " (select coalesce(max(id), 0) from succession_entry),"
          + " (select coalesce(sum(version), 0) from succession_entry)";

  private final JdbcClient jdbc;

  RegistryStamp(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Long> current() {
    return jdbc.sql(SQL)
        .query(
            (rs, n) -> {
              int columns = rs.getMetaData().getColumnCount();
              Long[] values = new Long[columns];
              for (int c = 0; c < columns; c++) {
                values[c] = rs.getLong(c + 1);
              }
              return List.of(values);
            })
        .single();
  }
}
