package vn.luanchuyen.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Several auditable events of one change, kept in one go (e.g. one entry per cadre an import
 * created or changed). The cadres whose records the change rewrote without an entry of their own
 * (an import rewrites every cadre of its workbook) are sealed by the last of the entries.
 *
 * @param events the entries, in order; at least one
 * @param cadresRewritten codes of the cadres whose records the change wrote
 * @param rowsWritten for cadres whose every sealed row the change wrote and still holds (the new
 *     cadres of an import), the {@link SealedRows#digest digest} of those rows by cadre code, asked
 *     for when the seals are written; the other cadres' rows are read back
 */
public record AuditableEvents(
    List<AuditableEvent> events,
    Set<String> cadresRewritten,
    Supplier<Map<String, String>> rowsWritten) {
  public AuditableEvents {
    events = List.copyOf(events);
    cadresRewritten = Set.copyOf(cadresRewritten);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no event to keep");
    }
    if (rowsWritten == null) {
      rowsWritten = Map::of;
    }
  }

  /** Events whose cadres' rows are all read back to be sealed. */
  public AuditableEvents(List<AuditableEvent> events, Set<String> cadresRewritten) {
    this(events, cadresRewritten, null);
  }

  /** The same events, with the digests of the rows the change wrote. */
  public AuditableEvents withRowsWritten(Supplier<Map<String, String>> digests) {
    return new AuditableEvents(events, cadresRewritten, digests);
  }
}
