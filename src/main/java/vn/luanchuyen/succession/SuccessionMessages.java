package vn.luanchuyen.succession;

import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * Renders a planning reason by the {@linkplain MessageRenderer one renderer}: the message of its
 * key with each {@code {name}} replaced by the named fact; months as MM/yyyy, days as dd/MM/yyyy,
 * enums by their {@code enum.<Type>.<NAME>} label.
 */
public final class SuccessionMessages {

  private SuccessionMessages() {}

  /**
   * The reason in the given language.
   *
   * @param messages unused: the renderer reads the same bundles; kept for the callers' signature
   */
  public static String render(MessageSource messages, Reason reason, Locale locale) {
    return MessageRenderer.PLAIN.render(reason, locale);
  }
}
