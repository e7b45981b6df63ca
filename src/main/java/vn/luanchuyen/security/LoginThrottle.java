package vn.luanchuyen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Locks a user name, and separately a client address, for {@link #LOCK} after {@link #MAX_FAILURES}
 * failed logins in a row. A successful login clears the user name's count (not the address's, so
 * that one known account cannot be used to reset the guessing of others).
 */
@Component
public class LoginThrottle {
  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private record Failures(int count, Instant lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether a login for this user name, or from this address, is refused for now. */
  public boolean locked(String username, String address) {
    return lockedKey(userKey(username)) || lockedKey(addressKey(address));
  }

  public void failed(String username, String address) {
    if (failures.size() > MAX_TRACKED) {
      failures.entrySet().removeIf(e -> !lockedKey(e.getKey()));
    }
    count(userKey(username));
    count(addressKey(address));
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  /** Forgets every failure, e.g. after an administrator reset a password. */
  public void clear(String username) {
    failures.remove(userKey(username));
  }

  /** Forgets every failure of every user and address. */
  void forgetAll() {
    failures.clear();
  }

  private void count(String key) {
    Instant now = clock.instant();
    failures.compute(
        key,
        (k, f) -> {
          int count = f == null || expired(f, now) ? 1 : f.count() + 1;
          return new Failures(count, count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
  }

  private boolean lockedKey(String key) {
    Failures f = failures.get(key);
    return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
  }

  private static boolean expired(Failures f, Instant now) {
    return f.lockedUntil() != null && !now.isBefore(f.lockedUntil());
  }

  private static String userKey(String username) {
    return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + (address == null ? "" : address);
  }
}
