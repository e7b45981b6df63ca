package vn.luanchuyen.screening;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.shared.MessageBundles;
import vn.luanchuyen.shared.Reason;

/**
 * Renders screening reasons as sentences from the {@code i18n/screening} bundle: Vietnamese by
 * default, English in {@code screening_en}. A message names its arguments, {@code {sinceDate}};
 * {@code {tenureMonths,duration}} writes a month count as years and months, {@code {basis,role}} a
 * role key as the role's name. Dates are written {@code dd/MM/yyyy}, months {@code MM/yyyy}, enum
 * values through {@code value.<Type>.<NAME>} keys.
 */
public final class ScreeningMessages {

  /** The default language of every message a user reads. */
  public static final Locale VIETNAMESE = MessageBundles.VIETNAMESE;

  static final String BUNDLE = "i18n/screening";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  private ScreeningMessages() {}

  /** The reason as a Vietnamese sentence. */
  public static String render(Reason reason) {
    return render(reason, VIETNAMESE);
  }

  /** The reason as a sentence in the given language (Vietnamese unless English is asked for). */
  public static String render(Reason reason, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return fill(text(bundle, reason.messageKey()), reason.args(), bundle);
  }

  /** An enum value's name for a user, e.g. "điều động" for a form of move. */
  public static String label(Enum<?> value) {
    return format(value, "", Map.of(), bundle(VIETNAMESE));
  }

  /** A month count as "9 năm 3 tháng", "8 năm", "5 tháng", in the given language. */
  public static String duration(long totalMonths, Locale locale) {
    return duration(totalMonths, bundle(locale));
  }

  /** Whether the bundle of the language has the key. */
  static boolean hasKey(String key, Locale locale) {
    return bundle(locale).containsKey(key);
  }

  static ResourceBundle bundle(Locale locale) {
    return MessageBundles.of(BUNDLE, locale);
  }

  private static String text(ResourceBundle bundle, String key) {
    return MessageBundles.text(bundle, key);
  }

  private static String fill(String template, Map<String, Object> args, ResourceBundle bundle) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String spec = template.substring(i + 1, close);
      int comma = spec.indexOf(',');
      String name = comma < 0 ? spec : spec.substring(0, comma);
      String style = comma < 0 ? "" : spec.substring(comma + 1);
      Object value = args.get(name);
      out.append(value == null ? "{" + spec + "}" : format(value, style, args, bundle));
      i = close + 1;
    }
    return out.toString();
  }

  private static String format(
      Object value, String style, Map<String, Object> args, ResourceBundle bundle) {
    if ("duration".equals(style) && value instanceof Number n) {
      return duration(n.longValue(), bundle);
    }
    if ("role".equals(style) && value instanceof String roleKey) {
      return StandardCodes.all().stream()
          .filter(e -> e.kind() == CodeKind.ROLE && e.code().equals(roleKey))
          .map(CodeEntry::name)
          .findFirst()
          .orElse(roleKey);
    }
    if (value instanceof Reason r) {
      return fill(text(bundle, r.messageKey()), r.args(), bundle);
    }
    if (value instanceof Collection<?> items && !style.isEmpty() && !"duration".equals(style)) {
      // {refusals,move-form.refusal}: each code is a message of that prefix, with the same args
      return items.stream()
          .map(item -> fill(text(bundle, style + "." + item), args, bundle))
          .collect(Collectors.joining("; "));
    }
    if (value instanceof Collection<?> items
        && !items.isEmpty()
        && items.iterator().next() instanceof Reason) {
      return items.stream()
          .map(item -> format(item, style, args, bundle))
          .collect(Collectors.joining("; "));
    }
    if (value instanceof LocalDate d) {
      return DAY.format(d);
    }
    if (value instanceof YearMonth m) {
      return MONTH.format(m);
    }
    if (value instanceof Double d) {
      NumberFormat f = NumberFormat.getNumberInstance(bundle.getLocale());
      f.setMaximumFractionDigits(4);
      return f.format(d);
    }
    if (value instanceof Enum<?> e) {
      String key = "value." + e.getDeclaringClass().getSimpleName() + "." + e.name();
      return bundle.containsKey(key) ? bundle.getString(key) : e.name();
    }
    if (value instanceof Collection<?> items) {
      return items.stream()
          .map(item -> format(item, style, args, bundle))
          .sorted()
          .collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  /** A month count as "9 năm 3 tháng", "8 năm", "5 tháng". */
  static String duration(long totalMonths, ResourceBundle bundle) {
    long years = totalMonths / 12;
    long months = Math.abs(totalMonths % 12);
    String y = unit(bundle, years, "duration.year", "duration.years");
    String m = unit(bundle, months, "duration.month", "duration.months");
    if (years == 0) {
      return m;
    }
    return months == 0 ? y : y + " " + m;
  }

  private static String unit(ResourceBundle bundle, long n, String one, String many) {
    return bundle.getString(n == 1 ? one : many).replace("{n}", Long.toString(n));
  }
}
