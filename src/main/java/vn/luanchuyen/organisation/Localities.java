package vn.luanchuyen.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Localities through the units' merge links: a unit formed from others by a merger serves their
 * localities too, so a cadre from an old ward is local to the ward it merged into. {@link
 * #current(String)} gives the locality a code has become; two codes are the same place when their
 * current localities are equal. Built once from the units of a registry.
 */
public final class Localities {

  /** No merger known: every locality is itself. */
  public static final Localities NONE = new Localities(Map.of());

  private final Map<String, String> successor;

  private Localities(Map<String, String> successor) {
    this.successor = successor;
  }

  /**
   * The localities of the units, linked through each unit's predecessors: a predecessor's locality
   * becomes the successor's. A locality split between several successors keeps the first one met in
   * the units' order; a chain that loops back stops where it would repeat.
   */
  public static Localities of(Collection<Unit> units) {
    Map<String, Unit> byCode = new HashMap<>();
    for (Unit u : units) {
      byCode.put(u.code(), u);
    }
    Map<String, String> successor = new HashMap<>();
    for (Unit u : units) {
      String into = u.localityCode();
      if (blank(into)) {
        continue;
      }
      for (String code : u.predecessorCodes()) {
        Unit before = byCode.get(code);
        if (before != null
            && !blank(before.localityCode())
            && !before.localityCode().equals(into)) {
          successor.putIfAbsent(before.localityCode(), into);
        }
      }
    }
    return successor.isEmpty() ? NONE : new Localities(Map.copyOf(successor));
  }

  /** The locality the code has become through mergers (itself when it never merged). */
  public String current(String locality) {
    if (locality == null || successor.isEmpty()) {
      return locality;
    }
    String at = locality;
    Set<String> seen = null;
    String next;
    while ((next = successor.get(at)) != null) {
      if (seen == null) {
        seen = new HashSet<>();
        seen.add(locality);
      }
      if (!seen.add(next)) {
        break;
      }
      at = next;
    }
    return at;
  }

  /** Whether two locality codes name the same place today. */
  public boolean samePlace(String a, String b) {
    return a != null && b != null && (a.equals(b) || current(a).equals(current(b)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
