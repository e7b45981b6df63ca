package vn.luanchuyen.shared;

import java.text.Collator;
import java.util.Comparator;
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

  /** Things by a name of theirs, in Vietnamese order. */
  public static <T> Comparator<T> by(Function<? super T, String> name) {
    return Comparator.comparing(name, names());
  }
}
