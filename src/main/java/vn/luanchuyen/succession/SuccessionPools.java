package vn.luanchuyen.succession;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The planning pools: who is planned for which role, in which unit, for which term. */
@Service
public class SuccessionPools {

  private static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  SuccessionPools(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  @Transactional(readOnly = true)
  public List<PlanningEntry> entries() {
    return jdbc.sql(
            "select cadre_code, role_key, unit_code, term_code from succession_entry"
                + " order by cadre_code, term_code, role_key, id")
        .query(SuccessionPools::entry)
        .list();
  }

  @Transactional(readOnly = true)
  public List<PlanningEntry> entriesOf(String cadreCode) {
    return jdbc.sql(
            "select cadre_code, role_key, unit_code, term_code from succession_entry"
                + " where cadre_code = ? order by term_code, role_key, id")
        .param(cadreCode)
        .query(SuccessionPools::entry)
        .list();
  }

  /** Replaces the planning entries of the given cadres. Runs in the caller's transaction. */
  @Transactional
  public void replaceEntriesOf(Collection<String> cadreCodes, List<PlanningEntry> entries) {
    List<String> codes = List.copyOf(cadreCodes);
    if (!codes.isEmpty()) {
      template.batchUpdate(
          "delete from succession_entry where cadre_code = ?",
          codes,
          BATCH,
          (ps, c) -> ps.setString(1, c));
    }
    if (!entries.isEmpty()) {
      template.batchUpdate(
          "insert into succession_entry (cadre_code, role_key, unit_code, term_code, version)"
              + " values (?, ?, ?, ?, 0)",
          entries,
          BATCH,
          (ps, e) -> {
            ps.setString(1, e.cadreCode());
            ps.setString(2, e.roleKey());
            ps.setString(3, e.unitCode());
            ps.setString(4, e.term().code());
          });
    }
  }

  private static PlanningEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new PlanningEntry(
        rs.getString(1), rs.getString(2), rs.getString(3), Term.parse(rs.getString(4)));
  }
}
