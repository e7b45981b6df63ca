package vn.luanchuyen.policy;

import java.util.Locale;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * Renders the reasons of policies and of the rules they set (a refused policy file, a policy's
 * description, a screening verdict) by the {@linkplain MessageRenderer one renderer}, with the one
 * style these reasons add: {@code {basis,role}} writes a role key as the role's name.
 */
public final class PolicyMessages {

  private static final MessageRenderer RENDERER =
      MessageRenderer.PLAIN.withStyle("role", PolicyMessages::role);

  private PolicyMessages() {}

  /** The reason as a sentence in the given language (Vietnamese unless English is asked for). */
  public static String render(Reason reason, Locale locale) {
    return RENDERER.render(reason, locale);
  }

  /** A role key as the role's name, e.g. "bi-thu" as "Bí thư". */
  private static String role(Object value, Locale locale) {
    String roleKey = String.valueOf(value);
    return StandardCodes.all().stream()
        .filter(e -> e.kind() == CodeKind.ROLE && e.code().equals(roleKey))
        .map(CodeEntry::name)
        .findFirst()
        .orElse(roleKey);
  }
}
