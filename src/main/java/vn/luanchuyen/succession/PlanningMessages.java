package vn.luanchuyen.succession;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.luanchuyen.shared.Reason;

/**
 * Renders a planning reason: the message of its key with each {@code {name}} replaced by the named
 * fact; months as MM/yyyy, days as dd/MM/yyyy, enums by their {@code enum.<Type>.<NAME>} label.
 */
public final class PlanningMessages {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PlanningMessages() {}

  public static String render(MessageSource messages, Reason reason, Locale locale) {
    String text = messages.getMessage(reason.messageKey(), null, reason.messageKey(), locale);
    for (Map.Entry<String, Object> arg : reason.args().entrySet()) {
      text = text.replace("{" + arg.getKey() + "}", value(messages, arg.getValue(), locale));
    }
    return text;
  }

  private static String value(MessageSource messages, Object value, Locale locale) {
    if (value instanceof YearMonth m) {
      return m.format(MONTH);
    } else if (value instanceof LocalDate d) {
      return d.format(DAY);
    } else if (value instanceof Enum<?> e) {
      String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
      return messages.getMessage(key, null, e.name(), locale);
    }
    return String.valueOf(value);
  }
}
