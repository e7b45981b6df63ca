package vn.luanchuyen.shared;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundles a module's sentences come from: Vietnamese by default, English when asked
 * for, never the system's language. Each bundle is read once. The one place the modules' renderers
 * load their bundles and look up a key.
 */
public final class MessageBundles {

  /** The default language of every message a user reads. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final Map<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();

  private MessageBundles() {}

  /** The bundle {@code baseName} (e.g. {@code i18n/screening}) in Vietnamese, or English. */
  public static ResourceBundle of(String baseName, Locale locale) {
    Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    return LOADED.computeIfAbsent(
        baseName + "|" + chosen,
        k ->
            ResourceBundle.getBundle(
                baseName,
                chosen,
                MessageBundles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The text of a key, or {@code [key]} when the bundle lacks it (a test then finds it). */
  public static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
  }
}
