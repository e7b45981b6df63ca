package vn.luanchuyen.reporting;

import java.util.MissingResourceException;
import vn.luanchuyen.shared.MessageRenderer;

/**
 * The Vietnamese words the documents print and the refusals of a template, from {@code
 * i18n/documents.properties} (and {@code messages.properties} for shared names, such as the forms
 * of a move), rendered by the {@linkplain MessageRenderer one renderer}. Documents are Vietnamese
 * papers whatever the reader's language.
 */
final class DocumentMessages {

  private DocumentMessages() {}

  /** The message under {@code key} with its arguments ({0}, {1}, …) filled in. */
  static String render(String key, Object... args) {
    if (!MessageRenderer.hasKey(key, MessageRenderer.VIETNAMESE)) {
      throw new MissingResourceException("no message " + key, "i18n/documents", key);
    }
    return MessageRenderer.format(key, MessageRenderer.VIETNAMESE, args);
  }
}
