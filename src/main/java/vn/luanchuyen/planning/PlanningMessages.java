package vn.luanchuyen.planning;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import vn.luanchuyen.shared.MessageBundles;

/**
 * Renders the planning module's sentences from the {@code i18n/planning} bundle: Vietnamese by
 * default, English in {@code planning_en}. A message names its arguments, {@code {seat}}.
 */
public final class PlanningMessages {

  public static final Locale VIETNAMESE = MessageBundles.VIETNAMESE;
  static final String BUNDLE = "i18n/planning";

  private PlanningMessages() {}

  public static String render(String key, Map<String, ?> args) {
    return render(key, args, VIETNAMESE);
  }

  public static String render(String key, Map<String, ?> args, Locale locale) {
    String template = text(bundle(locale), key);
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
      String name = template.substring(i + 1, close);
      Object value = args.get(name);
      out.append(value == null ? "" : value);
      i = close + 1;
    }
    return out.toString();
  }

  /** The name of a constraint for a board member. */
  public static String constraintName(String constraint) {
    return render("constraint." + constraint, Map.of());
  }

  static boolean hasKey(String key, Locale locale) {
    return bundle(locale).containsKey(key);
  }

  static ResourceBundle bundle(Locale locale) {
    return MessageBundles.of(BUNDLE, locale);
  }

  private static String text(ResourceBundle bundle, String key) {
    return MessageBundles.text(bundle, key);
  }
}
