package vn.luanchuyen.approval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.luanchuyen.shared.MessageBundles;
import vn.luanchuyen.shared.Reason;

/**
 * Renders the approval module's reasons from the {@code i18n/approval} bundle: Vietnamese by
 * default, English in {@code approval_en}. A reason's message is the key {@code
 * approval.refused.<code>} and names its arguments, {@code {code}}; a list is written comma
 * separated, a day {@code dd/MM/yyyy}, a count of a tally ({@link Tally.Count}) by its label.
 */
public final class ApprovalMessages {

  /** The default language of every message a user reads. */
  public static final Locale VIETNAMESE = MessageBundles.VIETNAMESE;

  static final String BUNDLE = "i18n/approval";
  static final String PREFIX = "approval.refused.";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ApprovalMessages() {}

  /**
   * A reason of this module: the code, its message key and the named facts, given as pairs {@code
   * name, value, name, value…}.
   */
  public static Reason reason(String code, Object... namesAndValues) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Reason(code, PREFIX + code, args);
  }

  /** The reasons as sentences in the given language, separated by semicolons. */
  public static String render(List<Reason> reasons, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return reasons.stream().map(r -> render(r, bundle)).collect(Collectors.joining("; "));
  }

  /** A refusal in the given language: its reasons, or the message a module gave it. */
  public static String render(ApprovalRefused refused, Locale locale) {
    return refused.reasons().isEmpty() ? refused.getMessage() : render(refused.reasons(), locale);
  }

  /** The label of a count of a tally, e.g. "số phiếu đồng ý". */
  public static String label(Tally.Count count, Locale locale) {
    return text(bundle(locale), "approval.tally.count." + count.name());
  }

  static ResourceBundle bundle(Locale locale) {
    return MessageBundles.of(BUNDLE, locale);
  }

  private static String render(Reason reason, ResourceBundle bundle) {
    String template = text(bundle, reason.messageKey());
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
      Object value = reason.args().get(name);
      out.append(value == null ? "{" + name + "}" : format(value, bundle));
      i = close + 1;
    }
    return out.toString();
  }

  private static String format(Object value, ResourceBundle bundle) {
    if (value instanceof Reason r) {
      return render(r, bundle);
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(x -> format(x, bundle)).collect(Collectors.joining(", "));
    }
    if (value instanceof Tally.Count count) {
      return text(bundle, "approval.tally.count." + count.name());
    }
    if (value instanceof LocalDate d) {
      return d.format(DAY);
    }
    return String.valueOf(value);
  }

  private static String text(ResourceBundle bundle, String key) {
    return MessageBundles.text(bundle, key);
  }
}
