package vn.luanchuyen.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Vietnamese alphabet order of names, the one home for it: a ă â b c d đ e ê … with đ after d
 * (not with it) and the tones after the base letter ("An" before "Ân", "Dương" before "Đặng").
 * Every list a user reads sorts names with it, in Java: the databases the application runs on (H2,
 * PostgreSQL) have no common collation for it, so a query returns names unsorted or by code.
 */
public final class VietnameseOrder {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private VietnameseOrder() {}

  /**
   * Names in Vietnamese order; names equal in it (case only) keep a stable order, and a missing
   * name comes first.
   */
  public static Comparator<String> names() {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.TERTIARY);
    Comparator<String> order = (a, b) -> collator.compare(a.strip(), b.strip());
    return Comparator.nullsFirst(order.thenComparing(Comparator.naturalOrder()));
  }

  /**
   * The things sorted by a name of theirs, in Vietnamese order, as {@link #by} sorts them but with
   * each name's collation key built once: for long lists (every unit of a large registry), where
   * comparing names with the collator pair by pair costs seconds.
   */
  public static <T> List<T> sorted(Collection<T> things, Function<? super T, String> name) {
    Collator collator = Collator.getInstance(VIETNAMESE);
    collator.setStrength(Collator.TERTIARY);
    List<Keyed<T>> keyed = new ArrayList<>(things.size());
    // a long list repeats names (every commune has its office): each name's key is built once
    java.util.Map<String, CollationKey> keys = new java.util.HashMap<>();
    for (T t : things) {
      String n = name.apply(t);
      keyed.add(
          new Keyed<>(
              t,
              n,
              n == null
                  ? null
                  : keys.computeIfAbsent(n, k -> collator.getCollationKey(k.strip()))));
    }
    keyed.sort(
        Comparator.nullsFirst(
            Comparator.<Keyed<T>, CollationKey>comparing(
                    Keyed::key, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Keyed::name, Comparator.nullsFirst(Comparator.naturalOrder()))));
    List<T> out = new ArrayList<>(keyed.size());
    keyed.forEach(k -> out.add(k.thing()));
    return out;
  }

  private record Keyed<T>(T thing, String name, CollationKey key) {}

  /** Things by a name of theirs, in Vietnamese order. */
  public static <T> Comparator<T> by(Function<? super T, String> name) {
    return Comparator.comparing(name, names());
  }
}
