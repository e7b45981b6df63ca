package vn.luanchuyen.shared;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The one renderer of the sentences a user reads: a {@link Reason}, or a key with its arguments,
 * from the message bundles in Vietnamese (the default) or English. A key is looked up in every
 * bundle of the application (keys are unique across them, and a module's keys carry its prefix).
 *
 * <p>A message names its arguments, {@code {sinceDate}}; an argument may name a style, {@code
 * {tenureMonths,duration}}. Values are written the same everywhere: a day {@code dd/MM/yyyy}, a
 * month {@code MM/yyyy}, a month count with the {@code duration} style as years and months, a
 * fraction with at most four decimals, an enum by its {@code value.<Type>.<NAME>} or {@code
 * enum.<Type>.<NAME>} label (or its own {@link Labelled#labelKey() key}), a reason as its sentence,
 * a list in its order and a set sorted, comma separated, reasons semicolon separated (with the
 * {@code list} style, comma separated in their order, e.g. the labels of what a step lacks). A
 * collection of codes with a style that names a key prefix, {@code {refusals,move-form.refusal}},
 * writes each code's message with the same arguments. An argument the message names but the reason
 * lacks stays visible as {@code {name}}, so that a test finds it.
 *
 * <p>Messages with positional arguments, {@code {0}}, go through {@link #format}.
 */
public final class MessageRenderer {

  /** An enum value whose label is under a key of its own. */
  public interface Labelled {
    String labelKey();
  }

  /** The default language of every message a user reads. */
  public static final Locale VIETNAMESE = MessageBundles.VIETNAMESE;

  /** Every bundle a key is looked up in, in order. */
  static final List<String> BUNDLES =
      List.of(
          "i18n/approval",
          "i18n/planning",
          "i18n/screening",
          "i18n/reporting",
          "i18n/documents",
          "i18n/security",
          "i18n/importexport",
          "messages");

  /** The renderer with the built-in styles only. */
  public static final MessageRenderer PLAIN = new MessageRenderer(Map.of());

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final Map<String, Optional<ResourceBundle>> HOME = new ConcurrentHashMap<>();

  private final Map<String, BiFunction<Object, Locale, String>> styles;

  private MessageRenderer(Map<String, BiFunction<Object, Locale, String>> styles) {
    this.styles = Map.copyOf(styles);
  }

  /**
   * This renderer with one more style: {@code {name,style}} writes the value with {@code format}
   * (for a module's own values, e.g. a role key as the role's name).
   */
  public MessageRenderer withStyle(String style, BiFunction<Object, Locale, String> format) {
    Map<String, BiFunction<Object, Locale, String>> more = new LinkedHashMap<>(styles);
    more.put(style, format);
    return new MessageRenderer(more);
  }

  /** The reason as a sentence in the given language (Vietnamese unless English is asked for). */
  public String render(Reason reason, Locale locale) {
    return render(reason.messageKey(), reason.args(), locale);
  }

  /** The reasons as sentences in the given language, separated by semicolons. */
  public String render(List<Reason> reasons, Locale locale) {
    return reasons.stream().map(r -> render(r, locale)).collect(Collectors.joining("; "));
  }

  /** The message under {@code key} with its named arguments filled in. */
  public String render(String key, Map<String, ?> args, Locale locale) {
    return fill(text(key, locale), args, locale);
  }

  /**
   * The message under {@code key} with its positional arguments ({@code {0}}, {@code {1}}, …)
   * filled in.
   */
  public static String format(String key, Locale locale, Object... args) {
    String pattern = text(key, locale);
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, english(locale) ? Locale.ENGLISH : VIETNAMESE).format(args);
  }

  /** The text under a key, or {@code [key]} when no bundle has it (a test then finds it). */
  public static String text(String key, Locale locale) {
    return home(key, locale).map(b -> b.getString(key)).orElse("[" + key + "]");
  }

  /** Whether a bundle of the language has the key. */
  public static boolean hasKey(String key, Locale locale) {
    return home(key, locale).isPresent();
  }

  /** An enum value's name for a user, e.g. "điều động" for a form of move. */
  public static String label(Enum<?> value, Locale locale) {
    if (value instanceof Labelled l) {
      return text(l.labelKey(), locale);
    }
    String type = value.getDeclaringClass().getSimpleName();
    for (String prefix : new String[] {"value.", "enum."}) {
      String key = prefix + type + "." + value.name();
      if (hasKey(key, locale)) {
        return text(key, locale);
      }
    }
    return value.name();
  }

  /** A month count as "9 năm 3 tháng", "8 năm", "5 tháng". */
  public static String duration(long totalMonths, Locale locale) {
    long years = totalMonths / 12;
    long months = Math.abs(totalMonths % 12);
    String y = unit(years, "duration.year", "duration.years", locale);
    String m = unit(months, "duration.month", "duration.months", locale);
    if (years == 0) {
      return m;
    }
    return months == 0 ? y : y + " " + m;
  }

  private static String unit(long n, String one, String many, Locale locale) {
    return text(n == 1 ? one : many, locale).replace("{n}", Long.toString(n));
  }

  private String fill(String template, Map<String, ?> args, Locale locale) {
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
      out.append(value == null ? "{" + spec + "}" : value(value, style, args, locale));
      i = close + 1;
    }
    return out.toString();
  }

  private String value(Object value, String style, Map<String, ?> args, Locale locale) {
    BiFunction<Object, Locale, String> own = styles.get(style);
    if (own != null) {
      return own.apply(value, locale);
    }
    if ("duration".equals(style) && value instanceof Number n) {
      return duration(n.longValue(), locale);
    }
    if (value instanceof Reason r) {
      return render(r, locale);
    }
    if (value instanceof Collection<?> items && "list".equals(style)) {
      return items.stream()
          .map(item -> value(item, "", args, locale))
          .collect(Collectors.joining(", "));
    }
    if (value instanceof Collection<?> items) {
      if (!style.isEmpty() && !"duration".equals(style)) {
        // {refusals,move-form.refusal}: each code is a message of that prefix, with the same args
        return items.stream()
            .map(item -> fill(text(style + "." + item, locale), args, locale))
            .collect(Collectors.joining("; "));
      }
      boolean reasons = !items.isEmpty() && items.iterator().next() instanceof Reason;
      var written = items.stream().map(item -> value(item, style, args, locale));
      if (items instanceof Set<?>) {
        written = written.sorted();
      }
      return written.collect(Collectors.joining(reasons ? "; " : ", "));
    }
    if (value instanceof LocalDate d) {
      return DAY.format(d);
    }
    if (value instanceof YearMonth m) {
      return MONTH.format(m);
    }
    if (value instanceof Double d) {
      NumberFormat f = NumberFormat.getNumberInstance(language(locale));
      f.setMaximumFractionDigits(4);
      return f.format(d);
    }
    if (value instanceof Enum<?> e) {
      return label(e, locale);
    }
    return String.valueOf(value);
  }

  /** English when asked for, else the language of the default (base) bundles. */
  private static Locale language(Locale locale) {
    return english(locale) ? Locale.ENGLISH : Locale.ROOT;
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  private static Optional<ResourceBundle> home(String key, Locale locale) {
    Locale chosen = english(locale) ? Locale.ENGLISH : VIETNAMESE;
    return HOME.computeIfAbsent(
        chosen.getLanguage() + "|" + key,
        k ->
            BUNDLES.stream()
                .map(b -> MessageBundles.of(b, chosen))
                .filter(b -> b.containsKey(key))
                .findFirst());
  }
}
