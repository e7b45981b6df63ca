package vn.luanchuyen.shared;

import java.util.Map;

/**
 * Why something was decided: a stable code, the message key that renders it for a user, and the
 * facts the message names. Every verdict, score and proposal carries its reasons.
 */
public record Reason(String code, String messageKey, Map<String, Object> args) {
  public Reason {
    args = args == null ? Map.of() : Map.copyOf(args);
  }
}
