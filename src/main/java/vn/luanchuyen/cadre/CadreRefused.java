package vn.luanchuyen.cadre;

import java.util.List;

/**
 * A change of a cadre's record that the registry refuses, with the message key that says why (in
 * the {@code messages} bundles) and its positional arguments; nothing was written.
 */
public class CadreRefused extends RuntimeException {
  private final String messageKey;
  private final List<Object> args;

  public CadreRefused(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = List.of(args);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.toArray();
  }
}
