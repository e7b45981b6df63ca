package vn.luanchuyen.succession;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.shared.ChangeMark;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.shared.SharedValues;
import vn.luanchuyen.shared.Term;

/**
 * The planning pools: who is planned for which role, in which unit, for which term. Every change is
 * published for the audit trail in its transaction.
 */
@Service
public class SuccessionPools {

  private static final int BATCH = 1000;

  /** The record type of a pool entry in the audit trail. */
  static final String RECORD = "succession";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final ApplicationEventPublisher events;

  SuccessionPools(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.template = template;
    this.events = events;
  }

  /**
   * A mark that changes whenever the planning entries change: the row counts, the sums of the row
   * versions (every update adds one) and the highest row id. For caches of whole-registry
   * computations, which compare it before reuse.
   */
  @Transactional(readOnly = true)
  public String changeMark() {
    return jdbc.sql(
            "select count(*), coalesce(sum(version), 0), coalesce(max(id), 0) from succession_entry")
        .query(ChangeMark::of)
        .single();
  }

  @Transactional(readOnly = true)
  public List<SuccessionEntry> entries() {
    return entries(new SharedValues());
  }

  /** Every planning entry, each code and term read once among {@code values}. */
  @Transactional(readOnly = true)
  public List<SuccessionEntry> entries(SharedValues values) {
    return jdbc.sql(
            "select cadre_code, role_key, unit_code, term_code from succession_entry"
                + " order by cadre_code, term_code, role_key, id")
        .query(entry(values))
        .list();
  }

  @Transactional(readOnly = true)
  public List<SuccessionEntry> entriesOf(String cadreCode) {
    return jdbc.sql(
            "select cadre_code, role_key, unit_code, term_code from succession_entry"
                + " where cadre_code = ? order by term_code, role_key, id")
        .param(cadreCode)
        .query(entry(new SharedValues()))
        .list();
  }

  /** Replaces the planning entries of the given cadres. Runs in the caller's transaction. */
  @Transactional
  public void replaceEntriesOf(Collection<String> cadreCodes, List<SuccessionEntry> entries) {
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

  /** The stored entries of a term, with ids and versions, by role, unit and cadre. */
  @Transactional(readOnly = true)
  public List<PoolEntry> poolOf(Term term) {
    return jdbc.sql(
            "select id, cadre_code, role_key, unit_code, term_code, version from succession_entry"
                + " where term_code = ? order by role_key, unit_code, cadre_code, id")
        .param(term.code())
        .query(
            (rs, n) ->
                new PoolEntry(
                    rs.getLong(1),
                    new SuccessionEntry(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Term.parse(rs.getString(5))),
                    rs.getLong(6)))
        .list();
  }

  /**
   * Adds a cadre to a term's pool once the gates pass.
   *
   * @param check the gates, run inside the transaction against the pool as it is then
   * @return the stored entry
   * @throws SuccessionRefused with every failed gate's reason
   */
  @Transactional
  public PoolEntry add(
      SuccessionEntry entry,
      java.util.function.Function<List<SuccessionEntry>, List<vn.luanchuyen.shared.Reason>> check) {
    List<SuccessionEntry> term = poolOf(entry.term()).stream().map(PoolEntry::entry).toList();
    List<vn.luanchuyen.shared.Reason> failed = new java.util.ArrayList<>(check.apply(term));
    if (term.contains(entry)) {
      failed.add(
          0,
          new vn.luanchuyen.shared.Reason(
              "already-planned", "succession.gate.already-planned", java.util.Map.of()));
    }
    if (!failed.isEmpty()) {
      throw new SuccessionRefused(failed);
    }
    org.springframework.jdbc.support.GeneratedKeyHolder keys =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into succession_entry (cadre_code, role_key, unit_code, term_code, version)"
                + " values (?, ?, ?, ?, 0)")
        .params(entry.cadreCode(), entry.roleKey(), entry.unitCode(), entry.term().code())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    events.publishEvent(
        new RecordChanged(RECORD, String.valueOf(id), "CREATE", null, describe(entry)));
    return new PoolEntry(id, entry, 0);
  }

  /**
   * Removes an entry read at the given version.
   *
   * @return the code of the cadre the entry planned
   * @throws ConcurrentEditException if it was changed or removed since
   */
  @Transactional
  public String remove(long id, long version) {
    Optional<SuccessionEntry> entry =
        jdbc.sql(
                "select cadre_code, role_key, unit_code, term_code from succession_entry"
                    + " where id = ?")
            .param(id)
            .query(entry(new SharedValues()))
            .optional();
    String before = entry.map(SuccessionPools::describe).orElse(null);
    int removed =
        jdbc.sql("delete from succession_entry where id = ? and version = ?")
            .params(id, version)
            .update();
    if (removed == 0) {
      throw new ConcurrentEditException("succession_entry " + id);
    }
    events.publishEvent(new RecordChanged(RECORD, String.valueOf(id), "DELETE", before, null));
    return entry.orElseThrow().cadreCode();
  }

  /** An entry as the audit trail keeps it: cadre, role, unit (or any) and term. */
  private static String describe(SuccessionEntry e) {
    return e.cadreCode()
        + " "
        + e.roleKey()
        + " "
        + (e.unitCode() == null ? "*" : e.unitCode())
        + " "
        + e.term().code();
  }

  private static RowMapper<SuccessionEntry> entry(SharedValues v) {
    return (rs, n) ->
        new SuccessionEntry(
            v.shared(rs.getString(1)),
            v.shared(rs.getString(2)),
            v.shared(rs.getString(3)),
            v.shared(Term.parse(rs.getString(4))));
  }
}
