package vn.luanchuyen.audit;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A signed statement that the trail held this entry as its head at a time: kept in the database and
 * printed as one line ({@link #code}), e.g. in the minutes, to be checked later with {@code audit
 * verify --checkpoint}.
 */
public record Checkpoint(
    String trailId,
    long seq,
    String entryHash,
    LocalDateTime madeAt,
    AuditKey.Signature signature) {

  private static final String PREFIX = "LCA1";

  /** One line to print: every field needed to check it later. */
  public String code() {
    return String.join(
        " ",
        PREFIX,
        trailId,
        Long.toString(seq),
        entryHash,
        madeAt.toString(),
        signature.toString());
  }

  /** Reads a printed {@link #code}; empty if it is not one. */
  public static Optional<Checkpoint> parse(String code) {
    String[] parts = code == null ? new String[0] : code.strip().split("\\s+");
    if (parts.length != 6 || !parts[0].equals(PREFIX)) {
      return Optional.empty();
    }
    try {
      return AuditKey.Signature.parse(parts[5])
          .map(
              s ->
                  new Checkpoint(
                      parts[1],
                      Long.parseLong(parts[2]),
                      parts[3],
                      LocalDateTime.parse(parts[4]),
                      s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  String[] signedParts() {
    return new String[] {
      "audit-checkpoint", trailId, Long.toString(seq), entryHash, madeAt.toString()
    };
  }
}
