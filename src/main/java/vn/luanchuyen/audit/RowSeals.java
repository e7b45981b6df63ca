package vn.luanchuyen.audit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.luanchuyen.shared.MessageBundles;

/**
 * Seals each cadre's records with the audit entry that last changed them: a digest, keyed with the
 * {@link AuditKey}, of the rows' content (the cadre row, assignments, assessments, discipline,
 * planning entries) and of that entry. The seals are written when the change's transaction commits,
 * so they hold what it committed. {@link #check} recomputes them: a row edited, deleted or rolled
 * back to an older content in the database, or a seal naming an entry the trail does not hold, is
 * named. Cadres written outside an audited change (before the seals existed) have no seal and are
 * counted, not refused.
 */
@Component
class RowSeals {
  private static final Logger LOG = LoggerFactory.getLogger(RowSeals.class);
  static final String CADRE = "cadre";

  /** The tables holding a cadre's personal data, each with the column naming the cadre. */
  private static final Map<String, String> TABLES =
      new LinkedHashMap<>(
          Map.of(
              "cadre", "code",
              "cadre_assignment", "cadre_code",
              "cadre_assessment", "cadre_code",
              "cadre_discipline", "cadre_code",
              "succession_entry", "cadre_code"));

  /** The record types of entries that change a cadre's records, with the cadre as record id. */
  private static final Set<String> CADRE_RECORDS = Set.of(CADRE, "cadre-assignment");

  private static final String SUCCESSION = "succession";
  private static final int CHUNK = 1000;

  /** Above this many cadres, their rows are read by scanning each table once. */
  private static final int WHOLE_TABLES = 10 * CHUNK;

  private static final int NAMED = 20;

  /** Rows fetched at a time when a whole table is read. */
  private static final int SCAN_FETCH = 5_000;

  private static final List<String> SEAL_COLUMNS =
      List.of("record_type", "record_id", "entry_seq", "entry_hash", "key_id", "digest");

  private final JdbcClient jdbc;
  private final BulkInsert bulk;
  private final JdbcTemplate scan;
  private final AuditKey key;

  RowSeals(JdbcClient jdbc, BulkInsert bulk, DataSource dataSource, AuditKey key) {
    this.jdbc = jdbc;
    this.bulk = bulk;
    // whole tables are streamed a few thousand rows at a time instead of held in the driver
    this.scan = new JdbcTemplate(dataSource);
    this.scan.setFetchSize(SCAN_FETCH);
    this.key = key;
  }

  /** The cadre whose records an entry changed, if any. */
  static Optional<String> cadreOf(AuditEntry e) {
    if ("READ".equals(e.action())) {
      return Optional.empty();
    }
    if (CADRE_RECORDS.contains(e.recordType())) {
      return Optional.of(e.recordId());
    }
    if (SUCCESSION.equals(e.recordType())) {
      // a planning entry is described as "<cadre code> <role> ..."
      String described = e.after() != null ? e.after() : e.before();
      return described == null ? Optional.empty() : Optional.of(described.split(" ", 2)[0]);
    }
    return Optional.empty();
  }

  /**
   * Records, for the current transaction, that the entries changed their cadres' records and that
   * the last entry rewrote the given cadres; the seals are written just before it commits.
   */
  void changed(List<AuditEntry> entries, Collection<String> rewritten) {
    Map<String, AuditEntry> pending = pending();
    AuditEntry last = entries.get(entries.size() - 1);
    for (String code : rewritten) {
      pending.put(code, last);
    }
    for (AuditEntry e : entries) {
      cadreOf(e).ifPresent(code -> pending.put(code, e));
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      write(pending);
      pending.clear();
    }
  }

  private Map<String, AuditEntry> pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    @SuppressWarnings("unchecked")
    Map<String, AuditEntry> bound =
        (Map<String, AuditEntry>) TransactionSynchronizationManager.getResource(this);
    if (bound == null) {
      Map<String, AuditEntry> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              write(fresh);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(RowSeals.this);
            }
          });
      return fresh;
    }
    return bound;
  }

  private void write(Map<String, AuditEntry> sealedBy) {
    if (sealedBy.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    List<String> codes = new ArrayList<>(sealedBy.keySet());
    Map<String, List<String>> rows = rowsOf(codes);
    long read = System.nanoTime();
    AuditKey.Signer signer = key.signer();
    List<Object[]> seals = new ArrayList<>();
    for (String code : codes) {
      // a cadre without rows was removed by the change (or never stored): nothing to seal
      if (rows.containsKey(code)) {
        AuditEntry e = sealedBy.get(code);
        AuditKey.Signature digest = digest(signer, code, e.seq(), e.entryHash(), rows.get(code));
        seals.add(new Object[] {CADRE, code, e.seq(), e.entryHash(), digest.keyId(), digest.mac()});
      }
    }
    long digested = System.nanoTime();
    List<String> resealed = sealed(codes);
    for (int from = 0; from < resealed.size(); from += CHUNK) {
      jdbc.sql("delete from audit_seal where record_type = :type and record_id in (:codes)")
          .param("type", CADRE)
          .param("codes", resealed.subList(from, Math.min(resealed.size(), from + CHUNK)))
          .update();
    }
    bulk.append("audit_seal", SEAL_COLUMNS, seals);
    LOG.debug(
        "Niêm phong {} cán bộ: đọc lại {} ms, băm {} ms, ghi {} ms",
        seals.size(),
        (read - start) / 1_000_000,
        (digested - read) / 1_000_000,
        (System.nanoTime() - digested) / 1_000_000);
  }

  /**
   * The given cadres that have a seal already (it is replaced). Many cadres (a large import) are
   * looked up by reading the seals once, so cadres new to the registry cost no delete.
   */
  private List<String> sealed(List<String> codes) {
    if (codes.size() <= WHOLE_TABLES) {
      return codes;
    }
    Set<String> wanted = new HashSet<>(codes);
    List<String> sealed = new ArrayList<>();
    jdbc.sql("select record_id from audit_seal where record_type = ?")
        .param(CADRE)
        .query(
            (RowCallbackHandler)
                rs -> {
                  String code = rs.getString(1);
                  if (wanted.contains(code)) {
                    sealed.add(code);
                  }
                });
    return sealed;
  }

  private static AuditKey.Signature digest(
      AuditKey.Signer signer, String code, long seq, String entryHash, List<String> rows) {
    signer.add(CADRE).add(code).add(Long.toString(seq)).add(entryHash);
    rows.stream().sorted().forEach(signer::add);
    return signer.sign();
  }

  /**
   * Each cadre's rows as text, one line a row, keyed by the cadre's code. Many cadres (a large
   * import) are read in one pass over each table rather than a thousand at a time.
   */
  private Map<String, List<String>> rowsOf(List<String> codes) {
    Map<String, List<String>> rows = new HashMap<>();
    if (codes.size() > WHOLE_TABLES) {
      Set<String> wanted = new HashSet<>(codes);
      TABLES.forEach(
          (table, column) ->
              scan.query(
                  "select * from " + table,
                  new RowCallbackHandler() {
                    private String[] labels;

                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                      String code = rs.getString(column);
                      if (wanted.contains(code)) {
                        if (labels == null) {
                          labels = labels(rs);
                        }
                        rows.computeIfAbsent(code, c -> new ArrayList<>())
                            .add(table + "\u001e" + row(rs, labels));
                      }
                    }
                  }));
      return rows;
    }
    for (int from = 0; from < codes.size(); from += CHUNK) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
      TABLES.forEach(
          (table, column) ->
              jdbc.sql("select * from " + table + " where " + column + " in (:codes)")
                  .param("codes", chunk)
                  .query(
                      (RowCallbackHandler)
                          rs ->
                              rows.computeIfAbsent(rs.getString(column), c -> new ArrayList<>())
                                  .add(table + "\u001e" + row(rs))));
    }
    return rows;
  }

  private static String row(ResultSet rs) throws SQLException {
    return row(rs, labels(rs));
  }

  /** Each column's label as a row's text starts it: {@code name=}. */
  private static String[] labels(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    String[] labels = new String[meta.getColumnCount()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = meta.getColumnLabel(i + 1).toLowerCase(java.util.Locale.ROOT) + "=";
    }
    return labels;
  }

  private static String row(ResultSet rs, String[] labels) throws SQLException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < labels.length; i++) {
      line.append(labels[i]).append(rs.getString(i + 1)).append('\u001f');
    }
    return line.toString();
  }

  /** A seal as stored, with the hash the trail holds for its entry (null if none). */
  private record Seal(long seq, String entryHash, String keyId, String digest, String heldHash) {}

  /**
   * Checks every seal against the rows and the trail.
   *
   * @param entries how many entries the trail checked, for the result
   * @return the problem, or empty when every sealed cadre's records are as their entry left them
   */
  Optional<Verification> check(long entries) {
    Map<String, Seal> seals = new TreeMap<>();
    jdbc.sql(
            "select s.record_id, s.entry_seq, s.entry_hash, s.key_id, s.digest, e.entry_hash"
                + " from audit_seal s left join audit_entry e on e.seq = s.entry_seq"
                + " where s.record_type = ?")
        .param(CADRE)
        .query(
            (RowCallbackHandler)
                rs ->
                    seals.put(
                        rs.getString(1),
                        new Seal(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6))));
    Map<String, Long> lastChange = lastChanges();
    Set<String> existing =
        new HashSet<>(jdbc.sql("select code from cadre").query(String.class).list());
    Map<String, List<String>> rows = rowsOf(new ArrayList<>(seals.keySet()));
    Map<String, AuditKey.Signer> signers = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int count = 0;
    Long first = null;
    for (Map.Entry<String, Seal> sealed : seals.entrySet()) {
      String code = sealed.getKey();
      Seal s = sealed.getValue();
      String problem;
      if (s.heldHash() == null || !s.heldHash().equals(s.entryHash())) {
        problem = "audit.seal.noEntry";
      } else if (lastChange.getOrDefault(code, 0L) > s.seq()) {
        problem = "audit.seal.older";
      } else if (!existing.contains(code)) {
        problem = "audit.seal.deleted";
      } else {
        Optional<AuditKey.Signer> signer =
            signers.computeIfAbsent(s.keyId(), k -> key.signer(k).orElse(null)) == null
                ? Optional.empty()
                : Optional.of(signers.get(s.keyId()));
        boolean same =
            signer.isPresent()
                && AuditKey.same(
                    digest(
                        signer.get(),
                        code,
                        s.seq(),
                        s.entryHash(),
                        rows.getOrDefault(code, List.of())),
                    new AuditKey.Signature(s.keyId(), s.digest()));
        problem = same ? null : "audit.seal.edited";
      }
      if (problem != null) {
        count++;
        if (broken.size() < NAMED) {
          broken.add(text(problem, code, s.seq()));
        }
        first = first == null ? s.seq() : Math.min(first, s.seq());
      }
    }
    if (broken.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Verification(
            entries, first, text("audit.seal.broken", count, String.join("; ", broken))));
  }

  /** The last entry changing each cadre that names the cadre as its record. */
  private Map<String, Long> lastChanges() {
    Map<String, Long> last = new HashMap<>();
    jdbc.sql(
            "select record_id, max(seq) from audit_entry where record_type in (:types)"
                + " and action <> 'READ' group by record_id")
        .param("types", List.copyOf(CADRE_RECORDS))
        .query((RowCallbackHandler) rs -> last.put(rs.getString(1), rs.getLong(2)));
    return last;
  }

  private static String text(String key, Object... args) {
    return new MessageFormat(
            MessageBundles.text(MessageBundles.of("messages", MessageBundles.VIETNAMESE), key),
            MessageBundles.VIETNAMESE)
        .format(args);
  }
}
