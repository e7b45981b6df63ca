package vn.luanchuyen.screening;

import java.util.Locale;
import vn.luanchuyen.policy.PolicyMessages;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * Renders screening reasons as sentences from the {@code i18n/screening} bundle (English in {@code
 * screening_en}) as {@link PolicyMessages} does (whose style {@code {basis,role}} writes a role key
 * as the role's name). Everything else (days, months, {@code {tenureMonths,duration}}, enum values
 * through {@code value.<Type>.<NAME>} keys) is the renderer's.
 */
public final class ScreeningMessages {

  /** The default language of every message a user reads. */
  public static final Locale VIETNAMESE = MessageRenderer.VIETNAMESE;

  private ScreeningMessages() {}

  /** The reason as a Vietnamese sentence. */
  public static String render(Reason reason) {
    return render(reason, VIETNAMESE);
  }

  /** The reason as a sentence in the given language (Vietnamese unless English is asked for). */
  public static String render(Reason reason, Locale locale) {
    return PolicyMessages.render(reason, locale);
  }

  /** An enum value's name for a user, e.g. "điều động" for a form of move. */
  public static String label(Enum<?> value) {
    return MessageRenderer.label(value, VIETNAMESE);
  }

  /** Whether the bundle of the language has the key. */
  static boolean hasKey(String key, Locale locale) {
    return MessageRenderer.hasKey(key, locale);
  }

  /** A month count as "9 năm 3 tháng", "8 năm", "5 tháng", in the given language. */
  public static String duration(long totalMonths, Locale locale) {
    return MessageRenderer.duration(totalMonths, locale);
  }
}
