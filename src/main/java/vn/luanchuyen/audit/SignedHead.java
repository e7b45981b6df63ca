package vn.luanchuyen.audit;

/**
 * The head of a trail as stored beside it: which trail, the number and hash of its last entry, and
 * the signature over them that only the holder of the {@link AuditKey} can make.
 *
 * @param trailId null until the trail's first entry
 * @param signature null while the trail is empty
 */
public record SignedHead(String trailId, long seq, String entryHash, AuditKey.Signature signature) {

  /** A trail without entries, as created and as a cleaned database leaves it. */
  public boolean empty() {
    return seq == 0 && AuditTrail.GENESIS.equals(entryHash);
  }

  /** What the signature covers. */
  String[] signedParts() {
    return new String[] {"audit-head", trailId, Long.toString(seq), entryHash};
  }
}
