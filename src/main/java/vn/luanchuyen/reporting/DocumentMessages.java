package vn.luanchuyen.reporting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Vietnamese words the documents print and the refusals of a template, from {@code
 * i18n/documents.properties} (and {@code messages.properties} for shared names, such as the forms
 * of a move). Documents are Vietnamese papers whatever the reader's language.
 */
final class DocumentMessages {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final ResourceBundle.Control BASE_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private DocumentMessages() {}

  /** The message under {@code key} with its arguments ({0}, {1}, …) filled in. */
  static String render(String key, Object... args) {
    String pattern = pattern(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
  }

  private static String pattern(String key) {
    for (String bundle : new String[] {"i18n/documents", "messages"}) {
      ResourceBundle b = ResourceBundle.getBundle(bundle, Locale.ROOT, BASE_ONLY);
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    throw new MissingResourceException("no message " + key, "i18n/documents", key);
  }
}
