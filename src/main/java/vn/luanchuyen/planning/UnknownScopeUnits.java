package vn.luanchuyen.planning;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.shared.MessageBundles;

/**
 * A plan asked for a scope that names a unit the registry does not hold. It is refused, naming the
 * codes, rather than solved over nothing (an empty plan would read as "no one has to move").
 */
public final class UnknownScopeUnits extends IllegalArgumentException {
  private static final String KEY = "plans.scope.unknown";

  private final Set<String> codes;

  private UnknownScopeUnits(Set<String> codes) {
    super(wording(codes, MessageBundles.VIETNAMESE));
    this.codes = java.util.Collections.unmodifiableSet(new TreeSet<>(codes));
  }

  /**
   * Refuses a scope with a code that is not among the known units' codes; an empty scope (the whole
   * registry) passes.
   */
  public static void refuseUnknown(Collection<String> scope, Collection<String> knownCodes) {
    Set<String> unknown = new TreeSet<>(scope);
    unknown.removeAll(knownCodes);
    if (!unknown.isEmpty()) {
      throw new UnknownScopeUnits(unknown);
    }
  }

  /** Refuses a scope with a code that names no unit of the registry snapshot. */
  public static void refuseUnknown(Collection<String> scope, RegistrySnapshot registry) {
    refuseUnknown(scope, registry.units().stream().map(Unit::code).toList());
  }

  /** The codes that name no unit, in order. */
  public Set<String> codes() {
    return new TreeSet<>(codes);
  }

  /** The refusal in the reader's language. */
  public String wording(Locale locale) {
    return wording(codes, locale);
  }

  private static String wording(Set<String> codes, Locale locale) {
    return MessageFormat.format(
        MessageBundles.text(MessageBundles.of("i18n/planning", locale), KEY),
        String.join(", ", new TreeSet<>(codes)));
  }
}
