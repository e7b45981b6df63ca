package vn.luanchuyen.planning;

import java.util.Locale;
import java.util.Map;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * The planning module's sentences, from the {@code i18n/planning} bundle (English in {@code
 * planning_en}), rendered by the {@linkplain MessageRenderer one renderer}. A message names its
 * arguments, {@code {seat}}; a refusal of this module is a reason under {@code
 * plans.refused.<code>}.
 */
public final class PlanningMessages {

  public static final Locale VIETNAMESE = MessageRenderer.VIETNAMESE;

  static final String REFUSED = "plans.refused.";

  private PlanningMessages() {}

  public static String render(String key, Map<String, ?> args) {
    return render(key, args, VIETNAMESE);
  }

  public static String render(String key, Map<String, ?> args, Locale locale) {
    return MessageRenderer.PLAIN.render(key, args, locale);
  }

  /** The name of a constraint for a board member. */
  public static String constraintName(String constraint) {
    return render("constraint." + constraint, Map.of());
  }

  /**
   * A refusal of this module: the code, its message key and the named facts, given as pairs {@code
   * name, value, name, value…}.
   */
  static Reason refusal(String code, Object... namesAndValues) {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Reason(code, REFUSED + code, args);
  }

  static boolean hasKey(String key, Locale locale) {
    return MessageRenderer.hasKey(key, locale);
  }
}
