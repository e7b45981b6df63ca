package vn.luanchuyen.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * The approval module's reasons: each has a code and its message under {@code
 * approval.refused.<code>} in the {@code i18n/approval} bundle (English in {@code approval_en}),
 * rendered by the {@linkplain MessageRenderer one renderer}.
 */
public final class ApprovalMessages {

  /** The default language of every message a user reads. */
  public static final Locale VIETNAMESE = MessageRenderer.VIETNAMESE;

  static final String PREFIX = "approval.refused.";

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
    return MessageRenderer.PLAIN.render(reasons, locale);
  }

  /** A refusal in the given language: its reasons. */
  public static String render(ApprovalRefused refused, Locale locale) {
    return render(refused.reasons(), locale);
  }

  /** The label of a count of a tally, e.g. "số phiếu đồng ý". */
  public static String label(Tally.Count count, Locale locale) {
    return MessageRenderer.label(count, locale);
  }
}
