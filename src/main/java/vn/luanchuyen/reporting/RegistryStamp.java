package vn.luanchuyen.reporting;

import org.springframework.stereotype.Component;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.registry.Registry;

/**
 * Tells whether the registry changed since a report read it, in two steps.
 *
 * <p>First the audit trail: every change of the registry is audited in its own transaction
 * (imports, edits of cadres and units, planning pool entries), so while the trail's head stays put,
 * or only reads (of profiles) were audited after it, the registry has not changed. This costs one
 * single-row read, and a range read of the entries since when the head moved.
 *
 * <p>When anything else was audited (an approval step, a user account, a change of the registry),
 * the fingerprint of the registry tables decides, read-only: row counts, version sums and the
 * highest ids. Every write of the registry modules changes it (updates raise a version,
 * replacements insert rows with new ids, deletions lower a count). It scans the tables: about 100
 * ms for 100,000 cadres on PostgreSQL.
 */
@Component
class RegistryStamp {

  private final Registry registry;
  private final AuditTrail audit;

  RegistryStamp(Registry registry, AuditTrail audit) {
    this.registry = registry;
    this.audit = audit;
  }

  /** The audit trail's head. */
  AuditTrail.Head head() {
    return audit.head();
  }

  /** Whether nothing but reads was audited since the given head: the registry did not change. */
  boolean onlyReadsSince(AuditTrail.Head head) {
    return audit.onlyReadsSince(head);
  }

  /** The fingerprint of the registry tables, from the change marks of the modules that own them. */
  String current() {
    return registry.changeMark();
  }
}
