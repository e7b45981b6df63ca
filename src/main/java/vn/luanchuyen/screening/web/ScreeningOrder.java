package vn.luanchuyen.screening.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import vn.luanchuyen.screening.ScreeningLists;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * The column a screening list is sorted by, on the server, so the order holds across its pages:
 * names in Vietnamese order, months in time order with the unknown ones last, and the code as the
 * tie-break so equal rows keep one order from page to page.
 */
enum ScreeningOrder {
  CODE(Comparator.comparing(ScreeningLists.Entry::code)),
  NAME(VietnameseOrder.by(ScreeningLists.Entry::fullName)),
  RETIREMENT(
      Comparator.comparing(
          ScreeningLists.Entry::retirementMonth, Comparator.nullsLast(Comparator.naturalOrder()))),
  REMAINING(
      Comparator.comparing(
          ScreeningLists.Entry::remainingMonths, Comparator.nullsLast(Comparator.naturalOrder())));

  private final Comparator<ScreeningLists.Entry> order;

  ScreeningOrder(Comparator<ScreeningLists.Entry> order) {
    this.order = order;
  }

  /** The order of the entries, the way asked; ties by code, ascending. */
  Comparator<ScreeningLists.Entry> comparator(boolean descending) {
    return (descending ? order.reversed() : order).thenComparing(ScreeningLists.Entry::code);
  }

  /** The order named by a request parameter ({@code name}, {@code remaining}...), if any. */
  static Optional<ScreeningOrder> fromParameter(String name) {
    return Arrays.stream(values())
        .filter(o -> o.name().equalsIgnoreCase(name == null ? "" : name.strip()))
        .findFirst();
  }

  /** The request parameter that names this order. */
  String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
