package vn.luanchuyen.cadre;

import java.util.Arrays;
import java.util.Optional;

/**
 * The column the cadre list is sorted by, and which way. Names sort in Vietnamese order (đ after d,
 * tones after the base letter), then by code, so equal names keep a stable order across pages.
 */
public enum CadreOrder {
  CODE("c.code"),
  /** Sorted in Java ({@link #byName()}): the databases share no Vietnamese collation. */
  NAME("c.code"),
  SEX("c.sex, c.code"),
  BIRTH("c.birth_date, c.code");

  private final String columns;

  CadreOrder(String columns) {
    this.columns = columns;
  }

  /** Whether the list sorts by full name, in Vietnamese order, which the registry does in Java. */
  boolean byName() {
    return this == NAME;
  }

  /** The SQL {@code order by} list, every column in the direction asked. */
  String orderBy(boolean descending) {
    if (!descending) {
      return columns;
    }
    return String.join(", ", Arrays.stream(columns.split(", ")).map(c -> c + " desc").toList());
  }

  /** The order named by a request parameter ({@code name}, {@code birth}...), if any. */
  public static Optional<CadreOrder> fromParameter(String name) {
    return Arrays.stream(values())
        .filter(o -> o.name().equalsIgnoreCase(name == null ? "" : name.strip()))
        .findFirst();
  }

  /** The request parameter that names this order. */
  public String parameter() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
