package vn.luanchuyen.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.luanchuyen.shared.AuditableEvent;
import vn.luanchuyen.shared.AuditableEvents;
import vn.luanchuyen.shared.PageOf;

/**
 * Appends every auditable event to the hash-chained trail, in the transaction of the change, and
 * verifies the chain. Entries are never updated or deleted by the application.
 *
 * <p>The trail is anchored outside the database: every append signs the new head with the {@link
 * AuditKey} (a file the database does not hold) and, once committed, writes it to the trail's
 * anchor file ({@link TrailAnchor}); signed checkpoints can be made and printed. So someone who can
 * write the database but not read the key cannot rewrite, re-chain, truncate or roll back the trail
 * unseen: {@link #verify} checks the chain, the head's signature, the anchor and the last
 * checkpoint. An append refuses to continue a trail whose head is not signed by the key.
 */
@Service
public class AuditTrail {
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  static final String GENESIS = "0".repeat(64);

  private static final List<String> ENTRY_COLUMNS =
      List.of(
          "seq",
          "recorded_at",
          "actor",
          "action",
          "record_type",
          "record_id",
          "before_value",
          "after_value",
          "previous_hash",
          "entry_hash");

  private final JdbcClient jdbc;
  private final BulkInsert bulk;
  private final Clock clock;
  private final AuditKey key;
  private final TrailAnchor anchor;
  private final RowSeals seals;

  AuditTrail(
      JdbcClient jdbc,
      BulkInsert bulk,
      Clock clock,
      AuditKey key,
      TrailAnchor anchor,
      RowSeals seals) {
    this.jdbc = jdbc;
    this.bulk = bulk;
    this.clock = clock;
    this.key = key;
    this.anchor = anchor;
    this.seals = seals;
  }

  /**
   * Keeps an event; runs inside the publisher's transaction when there is one, so a rolled-back
   * change leaves no entry.
   */
  @EventListener
  @Transactional
  public void on(AuditableEvent event) {
    append(event, actor());
  }

  /**
   * Keeps several events of one change in one go (an import's entry per cadre): the chain is
   * computed in memory and written in batches, the head signed once.
   */
  @EventListener
  @Transactional
  public void on(AuditableEvents events) {
    Appended appended =
        appendSigned(events.events(), events.cadresRewritten(), events.rowsWritten(), actor());
    afterCommit(() -> anchor.advance(anchored(appended.head())));
  }

  /**
   * The head of the chain: the number and hash of the last entry.
   *
   * @param seq 0 while the trail is empty
   */
  public record Head(long seq, String entryHash) {}

  /** The head of the chain now. Every audited event moves it, in the event's transaction. */
  @Transactional(readOnly = true)
  public Head head() {
    return jdbc.sql("select seq, entry_hash from audit_head where id = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .single();
  }

  /** The head with the trail it belongs to and its signature. */
  @Transactional(readOnly = true)
  public SignedHead signedHead() {
    return jdbc.sql(
            "select trail_id, seq, entry_hash, key_id, signature from audit_head where id = 1")
        .query((rs, n) -> signedHead(rs))
        .single();
  }

  private static SignedHead signedHead(java.sql.ResultSet rs) throws java.sql.SQLException {
    String keyId = rs.getString(4);
    String mac = rs.getString(5);
    return new SignedHead(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        keyId == null || mac == null ? null : new AuditKey.Signature(keyId, mac));
  }

  /**
   * Whether the trail still holds the given head and every entry after it records a read: then no
   * change was audited since.
   */
  @Transactional(readOnly = true)
  public boolean onlyReadsSince(Head since) {
    boolean held =
        since.seq() == 0
            || jdbc.sql("select count(*) from audit_entry where seq = ? and entry_hash = ?")
                    .params(since.seq(), since.entryHash())
                    .query(Long.class)
                    .single()
                == 1;
    return held
        && jdbc.sql("select count(*) from audit_entry where seq > ? and action <> 'READ'")
                .param(since.seq())
                .query(Long.class)
                .single()
            == 0;
  }

  /**
   * Appends an entry for an actor named by the caller (e.g. the command line).
   *
   * @throws AuditTrailTamperedException if the head is not signed by this installation's key
   */
  @Transactional
  public AuditEntry append(AuditableEvent event, String actor) {
    Appended appended = appendSigned(List.of(event), List.of(), Map::of, actor);
    afterCommit(() -> anchor.advance(anchored(appended.head())));
    return appended.entry();
  }

  /**
   * Appends the entry that records a restore, in the restore's transaction, and once it is
   * committed moves the anchor to the restored trail, backwards if the backup is older: the entry
   * names the head the restore replaced.
   */
  @Transactional
  public AuditEntry recordRestore(AuditableEvent event) {
    Appended appended = appendSigned(List.of(event), List.of(), Map::of, actor());
    afterCommit(() -> anchor.replace(anchored(appended.head())));
    return appended.entry();
  }

  /** An entry as appended, and the signed head it made. */
  private record Appended(AuditEntry entry, SignedHead head) {}

  private Appended appendSigned(
      List<AuditableEvent> events,
      Collection<String> cadresRewritten,
      Supplier<Map<String, String>> rowsWritten,
      String actor) {
    jdbc.sql("update audit_head set seq = seq + ? where id = 1").param(events.size()).update();
    SignedHead moved = signedHead();
    SignedHead previous =
        new SignedHead(
            moved.trailId(), moved.seq() - events.size(), moved.entryHash(), moved.signature());
    if (!(previous.empty() && previous.signature() == null)
        && (previous.trailId() == null
            || !key.verifies(previous.signature(), previous.signedParts()))) {
      throw new AuditTrailTamperedException(
          "the head of the audit trail (entry "
              + previous.seq()
              + ") is not signed by the key in "
              + key.file()
              + "; run: audit verify");
    }
    long start = System.nanoTime();
    String trailId = previous.trailId() != null ? previous.trailId() : UUID.randomUUID().toString();
    LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    List<AuditEntry> entries = new ArrayList<>(events.size());
    EntryHash hashes = new EntryHash();
    // each entry is chained as it is written: the database stores the entries written before
    // while the next are hashed
    Iterator<Object[]> rows =
        new Iterator<>() {
          private String previousHash = previous.entryHash();

          @Override
          public boolean hasNext() {
            return entries.size() < events.size();
          }

          @Override
          public Object[] next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            AuditableEvent event = events.get(entries.size());
            AuditEntry unsigned =
                new AuditEntry(
                    previous.seq() + entries.size() + 1,
                    at,
                    actor,
                    event.action(),
                    event.recordType(),
                    event.recordId(),
                    event.before(),
                    event.after(),
                    previousHash,
                    null);
            previousHash = hashes.of(unsigned);
            AuditEntry e = unsigned.hashed(previousHash);
            entries.add(e);
            return new Object[] {
              e.seq(),
              e.recordedAt(),
              e.actor(),
              e.action(),
              e.recordType(),
              e.recordId(),
              e.before(),
              e.after(),
              e.previousHash(),
              e.entryHash()
            };
          }
        };
    bulk.append("audit_entry", ENTRY_COLUMNS, events.size(), rows);
    AuditEntry last = entries.get(entries.size() - 1);
    long seq = last.seq();
    String previousHash = last.entryHash();
    SignedHead head = sign(trailId, seq, previousHash);
    jdbc.sql(
            "update audit_head set entry_hash = ?, trail_id = ?, key_id = ?, signature = ?"
                + " where id = 1")
        .params(previousHash, trailId, head.signature().keyId(), head.signature().mac())
        .update();
    seals.changed(entries, cadresRewritten, rowsWritten);
    if (entries.size() >= BulkInsert.COPY_FROM) {
      LOG.debug(
          "Nhật ký: {} mục, nối chuỗi băm và ghi {} ms",
          entries.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return new Appended(entries.get(entries.size() - 1), head);
  }

  private SignedHead sign(String trailId, long seq, String hash) {
    SignedHead unsigned = new SignedHead(trailId, seq, hash, null);
    AuditKey.Signer signer = key.signer();
    for (String part : unsigned.signedParts()) {
      signer.add(part);
    }
    return new SignedHead(trailId, seq, hash, signer.sign());
  }

  private static TrailAnchor.Anchored anchored(SignedHead head) {
    return new TrailAnchor.Anchored(head.trailId(), head.seq(), head.entryHash(), head.signature());
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }

  /**
   * Adopts a trail written before its head was signed (once, after upgrading): checks its chain,
   * then signs its head and anchors it. Entries written before cannot be proven untouched; from now
   * on, every change can.
   *
   * @throws IllegalStateException if the head is already signed or the chain is broken
   */
  @Transactional
  public SignedHead seal() {
    jdbc.sql("update audit_head set seq = seq where id = 1").update();
    SignedHead head = signedHead();
    if (head.signature() != null || head.empty()) {
      throw new IllegalStateException("the audit trail's head is already signed or empty");
    }
    ChainCheck check = new ChainCheck(key);
    jdbc.sql(SELECT + " order by seq").query((RowCallbackHandler) rs -> check.add(entry(rs, 0)));
    Verification chain = check.links(head);
    if (!chain.intact()) {
      throw new IllegalStateException(chain.problem());
    }
    String trailId = head.trailId() != null ? head.trailId() : UUID.randomUUID().toString();
    SignedHead signed = sign(trailId, head.seq(), head.entryHash());
    jdbc.sql("update audit_head set trail_id = ?, key_id = ?, signature = ? where id = 1")
        .params(trailId, signed.signature().keyId(), signed.signature().mac())
        .update();
    afterCommit(() -> anchor.advance(anchored(signed)));
    return signed;
  }

  /** The history of one record, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> historyOf(String recordType, String recordId) {
    return jdbc.sql(SELECT + " where record_type = ? and record_id = ? order by seq")
        .params(recordType, recordId)
        .query(AuditTrail::entry)
        .list();
  }

  /**
   * What an auditor looks for; each condition left null (or blank) is no condition. The period is
   * of the day entries were recorded, both days included.
   */
  public record Search(
      String recordType,
      String recordId,
      String action,
      String actor,
      java.time.LocalDate from,
      java.time.LocalDate to) {}

  /** One page of the entries matching the search, newest first. */
  @Transactional(readOnly = true)
  public PageOf<AuditEntry> search(Search search, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    condition(where, params, "record_type = ?", search.recordType());
    condition(where, params, "record_id = ?", search.recordId());
    condition(where, params, "action = ?", search.action());
    condition(where, params, "actor = ?", search.actor());
    if (search.from() != null) {
      where.append(" and recorded_at >= ?");
      params.add(search.from().atStartOfDay());
    }
    if (search.to() != null) {
      where.append(" and recorded_at < ?");
      params.add(search.to().plusDays(1).atStartOfDay());
    }
    long total =
        jdbc.sql("select count(*) from audit_entry" + where)
            .params(params)
            .query(Long.class)
            .single();
    int shown = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / size)));
    List<Object> paged = new ArrayList<>(params);
    paged.add(size);
    paged.add((long) shown * size);
    List<AuditEntry> entries =
        jdbc.sql(SELECT + where + " order by seq desc limit ? offset ?")
            .params(paged)
            .query(AuditTrail::entry)
            .list();
    return new PageOf<>(entries, shown, size, total);
  }

  private static void condition(
      StringBuilder where, List<Object> params, String clause, String value) {
    if (value != null && !value.isBlank()) {
      where.append(" and ").append(clause);
      params.add(value.strip());
    }
  }

  /** The kinds of record, the actions and the users the trail holds, each in order. */
  @Transactional(readOnly = true)
  public List<String> distinct(Column column) {
    return jdbc.sql(
            "select distinct "
                + column.name
                + " from audit_entry where "
                + column.name
                + " is not null order by 1")
        .query(String.class)
        .list();
  }

  /** A column an auditor filters by. */
  public enum Column {
    RECORD_TYPE("record_type"),
    ACTION("action"),
    ACTOR("actor");

    private final String name;

    Column(String name) {
      this.name = name;
    }
  }

  /** The latest entries, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> latest(int limit) {
    return jdbc.sql(SELECT + " order by seq desc limit ?")
        .param(limit)
        .query(AuditTrail::entry)
        .list();
  }

  /**
   * Checks the whole trail: the chain from the first entry ({@link ChainCheck}), the signature of
   * its head, the anchor kept outside the database and the last signed checkpoint; then the seals
   * of the cadres' records ({@link RowSeals}), so a row edited in the database is named. The first
   * problem found is named.
   */
  @Transactional(readOnly = true)
  public Verification verify() {
    return withSeals(verifyTrail());
  }

  private Verification withSeals(Verification trail) {
    return trail.intact() ? seals.check(trail.entries()).orElse(trail) : trail;
  }

  private Verification verifyTrail() {
    ChainCheck check = new ChainCheck(key);
    jdbc.sql(SELECT + " order by seq").query((RowCallbackHandler) rs -> check.add(entry(rs, 0)));
    SignedHead head = signedHead();
    Verification chain = check.finish(head);
    if (!chain.intact() || head.trailId() == null) {
      return chain;
    }
    Optional<TrailAnchor.Anchored> anchored = anchor.of(head.trailId());
    if (anchored.isEmpty()) {
      return head.empty()
          ? chain
          : new Verification(
              chain.entries(),
              head.seq(),
              "Không có điểm neo ngoài cơ sở dữ liệu cho nhật ký này ("
                  + head.trailId()
                  + "): không chứng minh được nhật ký không bị quay lui.");
    }
    TrailAnchor.Anchored a = anchored.get();
    SignedHead anchoredHead = new SignedHead(a.trailId(), a.seq(), a.entryHash(), a.signature());
    if (!key.verifies(a.signature(), anchoredHead.signedParts())) {
      return new Verification(
          chain.entries(),
          head.seq(),
          "Điểm neo ngoài cơ sở dữ liệu của nhật ký này hỏng hoặc không có chữ ký đúng.");
    }
    Optional<Verification> held = holds(chain.entries(), head, a.seq(), a.entryHash(), "điểm neo");
    if (held.isPresent()) {
      return held.get();
    }
    return checkpoints(1).stream()
        .findFirst()
        .map(last -> against(chain, head, last))
        .orElse(chain);
  }

  /** The trail checked as {@link #verify()} does, and against a checkpoint (e.g. a printed one). */
  @Transactional(readOnly = true)
  public Verification verify(Checkpoint checkpoint) {
    Verification whole = verifyTrail();
    return withSeals(whole.intact() ? against(whole, signedHead(), checkpoint) : whole);
  }

  private Verification against(Verification whole, SignedHead head, Checkpoint checkpoint) {
    if (!key.verifies(checkpoint.signature(), checkpoint.signedParts())) {
      return new Verification(
          whole.entries(),
          checkpoint.seq(),
          "Điểm kiểm tra không có chữ ký đúng: không dùng được.");
    }
    if (!checkpoint.trailId().equals(head.trailId())) {
      return new Verification(
          whole.entries(),
          checkpoint.seq(),
          "Điểm kiểm tra thuộc nhật ký "
              + checkpoint.trailId()
              + ", cơ sở dữ liệu đang giữ nhật ký "
              + head.trailId()
              + ": nhật ký đã bị thay.");
    }
    return holds(whole.entries(), head, checkpoint.seq(), checkpoint.entryHash(), "điểm kiểm tra")
        .orElse(whole);
  }

  private Optional<Verification> holds(
      long entries, SignedHead head, long seq, String entryHash, String what) {
    if (seq > head.seq()) {
      return Optional.of(
          new Verification(
              entries,
              head.seq() + 1,
              "Nhật ký dừng ở mục số "
                  + head.seq()
                  + " nhưng "
                  + what
                  + " đã ghi tới mục số "
                  + seq
                  + ": các mục sau đã bị xóa hoặc nhật ký bị quay lui."));
    }
    boolean same =
        seq == 0
            || jdbc.sql("select count(*) from audit_entry where seq = ? and entry_hash = ?")
                    .params(seq, entryHash)
                    .query(Long.class)
                    .single()
                == 1;
    if (!same) {
      return Optional.of(
          new Verification(
              entries, seq, "Mục số " + seq + " khác với " + what + ": nhật ký đã bị viết lại."));
    }
    return Optional.empty();
  }

  /**
   * Signs the current head as a checkpoint, to keep in the database and to print (for instance in
   * the minutes of a meeting): a trail that no longer holds it was rewritten or replaced.
   *
   * @throws AuditTrailTamperedException if the trail does not verify now
   */
  @Transactional
  public Checkpoint checkpoint(String madeBy) {
    Verification now = verify();
    if (!now.intact()) {
      throw new AuditTrailTamperedException(now.problem());
    }
    SignedHead head = signedHead();
    if (head.trailId() == null) {
      throw new IllegalStateException("the audit trail is empty: nothing to sign");
    }
    LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    Checkpoint unsigned = new Checkpoint(head.trailId(), head.seq(), head.entryHash(), at, null);
    AuditKey.Signer signer = key.signer();
    for (String part : unsigned.signedParts()) {
      signer.add(part);
    }
    Checkpoint signed =
        new Checkpoint(head.trailId(), head.seq(), head.entryHash(), at, signer.sign());
    jdbc.sql(
            "insert into audit_checkpoint (trail_id, seq, entry_hash, made_at, made_by, key_id,"
                + " signature) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            signed.trailId(),
            signed.seq(),
            signed.entryHash(),
            Timestamp.valueOf(at),
            madeBy,
            signed.signature().keyId(),
            signed.signature().mac())
        .update();
    return signed;
  }

  /** The latest checkpoints kept in the database, newest first. */
  @Transactional(readOnly = true)
  public List<Checkpoint> checkpoints(int limit) {
    return jdbc.sql(
            "select trail_id, seq, entry_hash, made_at, key_id, signature from audit_checkpoint"
                + " order by id desc limit ?")
        .param(limit)
        .query(
            (rs, n) ->
                new Checkpoint(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toLocalDateTime(),
                    new AuditKey.Signature(rs.getString(5), rs.getString(6))))
        .list();
  }

  /** The key that signs the trail (for the command line: where it is, rotation). */
  public AuditKey key() {
    return key;
  }

  /** The hash chaining an entry to the one before ({@link EntryHash}). */
  static String hash(AuditEntry e) {
    return new EntryHash().of(e);
  }

  private static final String SELECT =
      "select seq, recorded_at, actor, action, record_type, record_id, before_value, after_value,"
          + " previous_hash, entry_hash from audit_entry";

  private static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong(1),
        rs.getTimestamp(2).toLocalDateTime(),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10));
  }

  /** The logged-in user, or the operating-system user of a command-line run. */
  private static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return Optional.ofNullable(auth)
        .filter(Authentication::isAuthenticated)
        .map(Authentication::getName)
        .orElse("dòng lệnh: " + System.getProperty("user.name", "?"));
  }
}
