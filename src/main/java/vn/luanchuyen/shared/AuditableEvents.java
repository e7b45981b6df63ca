package vn.luanchuyen.shared;

import java.util.List;
import java.util.Set;

/**
 * Several auditable events of one change, kept in one go (e.g. one entry per cadre an import
 * created or changed). The cadres whose records the change rewrote without an entry of their own
 * (an import rewrites every cadre of its workbook) are sealed by the last of the entries.
 *
 * @param events the entries, in order; at least one
 * @param cadresRewritten codes of the cadres whose records the change wrote
 */
public record AuditableEvents(List<AuditableEvent> events, Set<String> cadresRewritten) {
  public AuditableEvents {
    events = List.copyOf(events);
    cadresRewritten = Set.copyOf(cadresRewritten);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no event to keep");
    }
  }
}
