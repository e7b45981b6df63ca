package vn.luanchuyen.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.luanchuyen.shared.Utf8;

/**
 * The hash that chains an audit entry to the one before: SHA-256 (hex) of the entry's fields in
 * UTF-8, separated by U+001F, a missing field written "null". Fed field by field into one digest
 * and one buffer kept from entry to entry, so that chaining a hundred thousand entries makes no
 * joined copy of each; the bytes are those of the joined text.
 */
final class EntryHash {
  private static final byte SEPARATOR = 0x1f;

  private final MessageDigest sha;
  private byte[] buffer = new byte[8192];

  EntryHash() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** The entry's hash, from all its fields but its own hash. */
  String of(AuditEntry e) {
    field(Long.toString(e.seq()));
    separator();
    field(e.recordedAt().toString());
    separator();
    field(e.actor());
    separator();
    field(e.action());
    separator();
    field(e.recordType());
    separator();
    field(e.recordId());
    separator();
    field(e.before());
    separator();
    field(e.after());
    separator();
    field(e.previousHash());
    return HexFormat.of().formatHex(sha.digest());
  }

  private void separator() {
    sha.update(SEPARATOR);
  }

  private void field(String value) {
    String text = String.valueOf(value);
    int need = Utf8.maxBytes(text.length());
    if (buffer.length < need) {
      buffer = new byte[Math.max(need, 2 * buffer.length)];
    }
    sha.update(buffer, 0, Utf8.encode(text, 0, text.length(), buffer, 0));
  }
}
