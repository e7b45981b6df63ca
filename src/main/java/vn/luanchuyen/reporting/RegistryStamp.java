package vn.luanchuyen.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.luanchuyen.audit.AuditTrail;

/**
 * Tells whether the registry changed since a report read it, in two steps.
 *
 * <p>First the audit trail: every change of the registry is audited in its own transaction
 * (imports, edits of cadres and units, planning pool entries), so while the trail's head stays put,
 * or only reads (of profiles) were audited after it, the registry has not changed. This costs one
 * single-row read, and a range read of the entries since when the head moved.
 *
 * <p>When anything else was audited (an approval step, a user account, a change of the registry),
 * the fingerprint of the registry tables decides, read-only: row counts, version sums and the
 * highest ids. Every write of the registry modules changes it (updates raise a version,
 * replacements insert rows with new ids, deletions lower a count). It scans the tables: about 100
 * ms for 100,000 cadres on PostgreSQL.
 */
@Component
class RegistryStamp {

  /** One scan per table: its row count, highest id (0 where there is none) and version sum. */
  private static final String SQL =
      "select 1 as t, count(*) as n, 0 as top, coalesce(sum(version), 0) as v from org_unit"
          + " union all select 2, count(*), 0, coalesce(sum(version), 0) from org_position"
          + " union all select 3, count(*), 0, coalesce(sum(version), 0) from cadre"
          + " union all select 4, count(*), coalesce(max(id), 0), coalesce(sum(version), 0)"
          + " from cadre_assignment"
          + " union all select 5, count(*), coalesce(max(id), 0), coalesce(sum(version), 0)"
          + " from cadre_assessment"
          + " union all select 6, count(*), coalesce(max(id), 0), coalesce(sum(version), 0)"
          + " from cadre_discipline"
          + " union all select 7, count(*), coalesce(max(id), 0), coalesce(sum(version), 0)"
          + " from succession_entry"
          + " order by 1";

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  RegistryStamp(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The audit trail's head. */
  AuditTrail.Head head() {
    return audit.head();
  }

  /** Whether nothing but reads was audited since the given head: the registry did not change. */
  boolean onlyReadsSince(AuditTrail.Head head) {
    return audit.onlyReadsSince(head);
  }

  /** The fingerprint of the registry tables. */
  List<Long> current() {
    List<Long> values = new java.util.ArrayList<>();
    jdbc.sql(SQL)
        .query(
            rs -> {
              values.add(rs.getLong(2));
              values.add(rs.getLong(3));
              values.add(rs.getLong(4));
            });
    return values;
  }
}
