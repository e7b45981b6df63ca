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
import java.util.function.Supplier;
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
import vn.luanchuyen.shared.SealedRows;

/**
 * Seals each cadre's records with the audit entry that last changed them: a digest, keyed with the
 * {@link AuditKey}, of the rows' content (the cadre row, assignments, assessments, discipline,
 * planning entries) and of that entry. The seals are written when the change's transaction commits,
 * so they hold what it committed. {@link #check} recomputes them: a row edited, deleted or rolled
 * back to an older content in the database, or a seal naming an entry the trail does not hold, is
 * named. Cadres written outside an audited change (before the seals existed) have no seal and are
 * counted, not refused.
 *
 * <p>A seal has a format. Format 2, written since imports hand over the digest of the rows they
 * wrote, keys the entry and the {@link SealedRows#digest digest} of the rows' {@link SealedRows
 * sealed columns}; the rows of a change that does not hold them are read back. Format 1, written
 * before, keys the entry and every column of the rows as {@code select *} gave them; such seals are
 * still checked as they were made.
 */
@Component
class RowSeals {
  private static final Logger LOG = LoggerFactory.getLogger(RowSeals.class);
  static final String CADRE = "cadre";

  /** A seal over every column of the rows, ids included, as written before format 2. */
  static final int SELECT_ALL = 1;

  /** A seal over the digest of the rows' sealed columns ({@link SealedRows}). */
  static final int SEALED_ROWS = 2;

  /** Format 1's tables, each with the column naming the cadre. */
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
      List.of("record_type", "record_id", "entry_seq", "entry_hash", "key_id", "digest", "format");

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
   *
   * @param rowsWritten the digests of the rows the change wrote, for the cadres whose rows it holds
   *     (asked for once, when the seals are written); the others are read back
   */
  void changed(
      List<AuditEntry> entries,
      Collection<String> rewritten,
      Supplier<Map<String, String>> rowsWritten) {
    Pending pending = pending();
    AuditEntry last = entries.get(entries.size() - 1);
    Supplier<Map<String, String>> once = memoized(rowsWritten);
    for (String code : rewritten) {
      pending.sealedBy.put(code, last);
      pending.rowsBy.put(code, once);
    }
    for (AuditEntry e : entries) {
      cadreOf(e)
          .ifPresent(
              code -> {
                pending.sealedBy.put(code, e);
                pending.rowsBy.put(code, once);
              });
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      write(pending);
    }
  }

  /**
   * The seals a transaction will write: the entry sealing each cadre, and the digests handed over
   * by the last change of each cadre (a later change without them means its rows are read back).
   */
  private static final class Pending {
    final Map<String, AuditEntry> sealedBy = new HashMap<>();
    final Map<String, Supplier<Map<String, String>>> rowsBy = new HashMap<>();

    /** The digest of the cadre's rows as its last change wrote them, or null to read them back. */
    String written(String code) {
      Supplier<Map<String, String>> rows = rowsBy.get(code);
      return rows == null ? null : rows.get().get(code);
    }
  }

  private static Supplier<Map<String, String>> memoized(Supplier<Map<String, String>> supplier) {
    return new Supplier<>() {
      private Map<String, String> value;

      @Override
      public synchronized Map<String, String> get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Pending();
    }
    Pending bound = (Pending) TransactionSynchronizationManager.getResource(this);
    if (bound == null) {
      Pending fresh = new Pending();
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

  private void write(Pending pending) {
    Map<String, AuditEntry> sealedBy = pending.sealedBy;
    if (sealedBy.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    List<String> codes = new ArrayList<>(sealedBy.keySet());
    Map<String, String> digests = new HashMap<>();
    List<String> readBack = new ArrayList<>();
    for (String code : codes) {
      String written = pending.written(code);
      if (written != null) {
        digests.put(code, written);
      } else {
        readBack.add(code);
      }
    }
    long handedOver = System.nanoTime();
    // a cadre without rows was removed by the change (or never stored): nothing to seal
    rowsOf(readBack, SEALED_ROWS)
        .forEach((code, rows) -> digests.put(code, SealedRows.digest(rows)));
    long read = System.nanoTime();
    AuditKey.Signer signer = key.signer();
    List<Object[]> seals = new ArrayList<>();
    for (String code : codes) {
      String rows = digests.get(code);
      if (rows != null) {
        AuditEntry e = sealedBy.get(code);
        AuditKey.Signature digest = seal(signer, code, e.seq(), e.entryHash(), rows);
        seals.add(
            new Object[] {
              CADRE, code, e.seq(), e.entryHash(), digest.keyId(), digest.mac(), SEALED_ROWS
            });
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
        "Niêm phong {} cán bộ ({} theo dòng đã ghi): chờ {} ms, đọc lại {} ms, ký {} ms, ghi {} ms",
        seals.size(),
        codes.size() - readBack.size(),
        (handedOver - start) / 1_000_000,
        (read - handedOver) / 1_000_000,
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

  /** A format 2 seal: the entry and the digest of the rows. */
  private static AuditKey.Signature seal(
      AuditKey.Signer signer, String code, long seq, String entryHash, String rowsDigest) {
    return signer
        .add(CADRE)
        .add(code)
        .add(Long.toString(seq))
        .add(entryHash)
        .add(Integer.toString(SEALED_ROWS))
        .add(rowsDigest)
        .sign();
  }

  /** A format 1 seal: the entry and every row's text. */
  private static AuditKey.Signature selectAllSeal(
      AuditKey.Signer signer, String code, long seq, String entryHash, List<String> rows) {
    signer.add(CADRE).add(code).add(Long.toString(seq)).add(entryHash);
    rows.stream().sorted().forEach(signer::add);
    return signer.sign();
  }

  /**
   * Each cadre's rows as text, one line a row, keyed by the cadre's code, in the seal format's
   * text. Many cadres (a large import) are read in one pass over each table rather than a thousand
   * at a time.
   */
  private Map<String, List<String>> rowsOf(List<String> codes, int format) {
    Map<String, List<String>> rows = new HashMap<>();
    if (codes.isEmpty()) {
      return rows;
    }
    boolean whole = codes.size() > WHOLE_TABLES;
    Set<String> wanted = whole ? new HashSet<>(codes) : Set.of();
    if (format == SELECT_ALL) {
      TABLES.forEach(
          (table, column) -> {
            RowCallbackHandler each =
                new RowCallbackHandler() {
                  private String[] labels;

                  @Override
                  public void processRow(ResultSet rs) throws SQLException {
                    String code = rs.getString(column);
                    if (!whole || wanted.contains(code)) {
                      if (labels == null) {
                        labels = labels(rs);
                      }
                      rows.computeIfAbsent(code, c -> new ArrayList<>())
                          .add(table + "\u001e" + row(rs, labels));
                    }
                  }
                };
            read("select * from " + table, column, codes, whole, each);
          });
      return rows;
    }
    StringBuilder scratch = new StringBuilder(256);
    for (SealedRows.Table table : SealedRows.TABLES) {
      int cadreColumn = table.columns().indexOf(table.cadreColumn()) + 1;
      int columns = table.columns().size();
      read(
          "select " + String.join(", ", table.columns()) + " from " + table.name(),
          table.cadreColumn(),
          codes,
          whole,
          rs -> {
            String code = rs.getString(cadreColumn);
            if (!whole || wanted.contains(code)) {
              SealedRows.Line line = SealedRows.line(table, scratch);
              for (int i = 1; i <= columns; i++) {
                line.stored(rs.getString(i));
              }
              rows.computeIfAbsent(code, c -> new ArrayList<>()).add(line.text());
            }
          });
    }
    return rows;
  }

  /**
   * Reads a table's rows of the given cadres: the whole table in one pass, or a chunk at a time.
   */
  private void read(
      String select,
      String cadreColumn,
      List<String> codes,
      boolean whole,
      RowCallbackHandler each) {
    if (whole) {
      scan.query(select, each);
      return;
    }
    for (int from = 0; from < codes.size(); from += CHUNK) {
      jdbc.sql(select + " where " + cadreColumn + " in (:codes)")
          .param("codes", codes.subList(from, Math.min(codes.size(), from + CHUNK)))
          .query(each);
    }
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
  private record Seal(
      long seq, String entryHash, String keyId, String digest, String heldHash, int format) {}

  /**
   * Checks every seal against the rows and the trail.
   *
   * @param entries how many entries the trail checked, for the result
   * @return the problem, or empty when every sealed cadre's records are as their entry left them
   */
  Optional<Verification> check(long entries) {
    Map<String, Seal> seals = new TreeMap<>();
    jdbc.sql(
            "select s.record_id, s.entry_seq, s.entry_hash, s.key_id, s.digest, e.entry_hash,"
                + " s.format"
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
                            rs.getString(6),
                            rs.getInt(7))));
    Map<String, Long> lastChange = lastChanges();
    Set<String> existing =
        new HashSet<>(jdbc.sql("select code from cadre").query(String.class).list());
    Map<String, List<String>> rows = new HashMap<>();
    for (int format : List.of(SELECT_ALL, SEALED_ROWS)) {
      List<String> codes = new ArrayList<>();
      seals.forEach(
          (code, s) -> {
            if (s.format() == format) {
              codes.add(code);
            }
          });
      rows.putAll(rowsOf(codes, format));
    }
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
                    s.format() == SELECT_ALL
                        ? selectAllSeal(
                            signer.get(),
                            code,
                            s.seq(),
                            s.entryHash(),
                            rows.getOrDefault(code, List.of()))
                        : seal(
                            signer.get(),
                            code,
                            s.seq(),
                            s.entryHash(),
                            SealedRows.digest(rows.getOrDefault(code, List.of()))),
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
