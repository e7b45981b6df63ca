package vn.luanchuyen.audit;

import java.time.LocalDateTime;

/** One entry of the trail, as stored. */
public record AuditEntry(
    long seq,
    LocalDateTime recordedAt,
    String actor,
    String action,
    String recordType,
    String recordId,
    String before,
    String after,
    String previousHash,
    String entryHash) {

  /** The same entry carrying its hash. */
  AuditEntry hashed(String hash) {
    return new AuditEntry(
        seq, recordedAt, actor, action, recordType, recordId, before, after, previousHash, hash);
  }
}
