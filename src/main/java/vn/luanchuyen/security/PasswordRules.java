package vn.luanchuyen.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.shared.Reason;

/**
 * What a new password must be. Lengths count characters as a person types them (after Unicode
 * normalisation), not bytes: "Đường" is five, whatever the keyboard. Every rule it breaks is
 * reported, each as a reason rendered from the message bundles; the arguments are numbered {@code
 * 0}, {@code 1} as the messages name them.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 64;

  /** At least this many different characters: "aaaaaaaaaa" or "abababab12" is not a password. */
  static final int MIN_DISTINCT = 5;

  private static final List<String> SEQUENCES =
      List.of(
          "0123456789012345678901234567890",
          "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
          "qwertyuiopasdfghjklzxcvbnmqwertyuiop",
          "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p");

  private static final Set<String> COMMON =
      Set.of(
          "matkhau",
          "matkhaumoi",
          "password",
          "passw",
          "admin",
          "administrator",
          "quantri",
          "luanchuyen",
          "bantochuc",
          "qwerty",
          "abc",
          "abcd",
          "iloveyou",
          "vietnam",
          "hanoi",
          "welcome",
          "letmein");

  private PasswordRules() {}

  /** The password as stored and compared: Unicode NFC, so a letter typed either way is the same. */
  public static String normal(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFC);
  }

  /** Every rule the password breaks, for this user; empty if it may be used. */
  public static List<Reason> problems(String username, String password) {
    String text = normal(password == null ? "" : password);
    int length = text.codePointCount(0, text.length());
    List<Reason> problems = new ArrayList<>();
    if (length < MIN_LENGTH) {
      problems.add(reason("too-short", MIN_LENGTH, length));
    }
    if (length > MAX_LENGTH) {
      problems.add(reason("too-long", MAX_LENGTH, length));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
      problems.add(reason("repetitive", MIN_DISTINCT));
    } else if (length >= 4 && inSequence(lower)) {
      problems.add(reason("sequence"));
    }
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (name.length() >= 3 && lower.contains(name)) {
      problems.add(reason("contains-username"));
    }
    String letters = lower.replaceAll("[^\\p{L}]", "");
    if (COMMON.contains(letters) || COMMON.contains(lower.replaceAll("[^\\p{L}\\p{N}]", ""))) {
      problems.add(reason("common"));
    }
    return problems;
  }

  private static boolean inSequence(String lower) {
    String reversed = new StringBuilder(lower).reverse().toString();
    return SEQUENCES.stream().anyMatch(s -> s.contains(lower) || s.contains(reversed));
  }

  private static Reason reason(String code, Object... args) {
    Map<String, Object> numbered = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      numbered.put(Integer.toString(i), args[i]);
    }
    return new Reason(code, "security.password.rule." + code, numbered);
  }

  /** The arguments of a reason in the order its message numbers them. */
  public static Object[] arguments(Reason reason) {
    Object[] args = new Object[reason.args().size()];
    reason.args().forEach((k, v) -> args[Integer.parseInt(k)] = v);
    return args;
  }
}
