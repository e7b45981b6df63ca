package vn.luanchuyen.cadre;

import java.util.Arrays;
import java.util.Optional;

/**
 * The column the cadre list is sorted by, and which way. Names sort by their form without
 * diacritics, then as written, then by code, so equal names keep a stable order across pages.
 */
public enum CadreOrder {
  CODE("c.code"),
  NAME("c.search_key, c.full_name, c.code"),
  SEX("c.sex, c.code"),
  BIRTH("c.birth_date, c.code");

  private final String columns;

  CadreOrder(String columns) {
    this.columns = columns;
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
