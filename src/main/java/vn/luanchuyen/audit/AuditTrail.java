package vn.luanchuyen.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.shared.AuditableEvent;

/**
 * Appends every auditable event to the hash-chained trail, in the transaction of the change, and
 * verifies the chain. Entries are never updated or deleted by the application.
 */
@Service
public class AuditTrail {
  static final String GENESIS = "0".repeat(64);

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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

  /** Appends an entry for an actor named by the caller (e.g. the command line). */
  @Transactional
  public AuditEntry append(AuditableEvent event, String actor) {
    jdbc.sql("update audit_head set seq = seq + 1 where id = 1").update();
    var head =
        jdbc.sql("select seq, entry_hash from audit_head where id = 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long seq = (Long) head[0];
    String previous = (String) head[1];
    LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    AuditEntry unsigned =
        new AuditEntry(
            seq,
            at,
            actor,
            event.action(),
            event.recordType(),
            event.recordId(),
            event.before(),
            event.after(),
            previous,
            null);
    String hash = hash(unsigned);
    jdbc.sql(
            "insert into audit_entry (seq, recorded_at, actor, action, record_type, record_id,"
                + " before_value, after_value, previous_hash, entry_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            seq,
            Timestamp.valueOf(at),
            actor,
            event.action(),
            event.recordType(),
            event.recordId(),
            event.before(),
            event.after(),
            previous,
            hash)
        .update();
    jdbc.sql("update audit_head set entry_hash = ? where id = 1").param(hash).update();
    return new AuditEntry(
        seq,
        at,
        actor,
        event.action(),
        event.recordType(),
        event.recordId(),
        event.before(),
        event.after(),
        previous,
        hash);
  }

  /** The history of one record, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> historyOf(String recordType, String recordId) {
    return jdbc.sql(SELECT + " where record_type = ? and record_id = ? order by seq")
        .params(recordType, recordId)
        .query(AuditTrail::entry)
        .list();
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
   * Walks the chain from the first entry: each entry's hash must match its content, each must point
   * to the hash of the one before, numbers must follow without a gap, and the head must point to
   * the last. The first broken link is named.
   */
  @Transactional(readOnly = true)
  public Verification verify() {
    long[] count = {0};
    String[] expectedPrevious = {GENESIS};
    long[] expectedSeq = {1};
    Verification[] broken = {null};
    jdbc.sql(SELECT + " order by seq")
        .query(
            rs -> {
              if (broken[0] != null) {
                return;
              }
              AuditEntry e = entry(rs, 0);
              count[0]++;
              if (e.seq() != expectedSeq[0]) {
                broken[0] =
                    new Verification(
                        count[0],
                        expectedSeq[0],
                        "Thiếu mục số " + expectedSeq[0] + ": nhật ký đã bị xóa bớt.");
              } else if (!e.previousHash().equals(expectedPrevious[0])) {
                broken[0] =
                    new Verification(
                        count[0],
                        e.seq(),
                        "Mục số "
                            + e.seq()
                            + " không nối với mục trước: nhật ký đã bị xóa hoặc chèn.");
              } else if (!hash(e).equals(e.entryHash())) {
                broken[0] =
                    new Verification(
                        count[0],
                        e.seq(),
                        "Nội dung mục số " + e.seq() + " không khớp mã băm: mục này đã bị sửa.");
              }
              expectedPrevious[0] = e.entryHash();
              expectedSeq[0] = e.seq() + 1;
            });
    if (broken[0] != null) {
      return broken[0];
    }
    var head =
        jdbc.sql("select seq, entry_hash from audit_head where id = 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    if ((Long) head[0] != expectedSeq[0] - 1 || !head[1].equals(expectedPrevious[0])) {
      return new Verification(
          count[0],
          expectedSeq[0] - 1 == 0 ? 1 : expectedSeq[0],
          "Các mục cuối của nhật ký (sau mục số " + (expectedSeq[0] - 1) + ") đã bị xóa.");
    }
    return new Verification(count[0], null, null);
  }

  static String hash(AuditEntry e) {
    String content =
        String.join(
            "\u001f",
            Long.toString(e.seq()),
            e.recordedAt().toString(),
            e.actor(),
            e.action(),
            e.recordType(),
            e.recordId(),
            String.valueOf(e.before()),
            String.valueOf(e.after()),
            e.previousHash());
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e1);
    }
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
