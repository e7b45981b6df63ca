package vn.luanchuyen.screening;

import java.time.LocalDate;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.policy.Policy;

/**
 * What every rule of one screening reads: the registry, the policy, the as-of date (also as a day
 * number, {@link RegistrySnapshot#day}) and the conditions of the forms of a move.
 */
record RuleContext(
    RegistrySnapshot snapshot, Policy policy, LocalDate asOf, int asOfDay, LegalForms forms) {

  static RuleContext of(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    return new RuleContext(
        snapshot, policy, asOf, RegistrySnapshot.day(asOf, 0), new LegalForms(policy, asOf));
  }

  /**
   * Whether the cadre has an open planning entry on the as-of date ({@link
   * vn.luanchuyen.succession.SuccessionEntry#openOn}, read from the snapshot's latest open year).
   */
  boolean inPlanning(int cadre) {
    return snapshot.planningUntilYear[cadre] >= asOf.getYear();
  }

  /** The seat's name for a reason, its code when it has none. */
  static String nameOf(Position seat) {
    return seat.name() == null || seat.name().isEmpty() ? seat.code() : seat.name();
  }
}
