package vn.luanchuyen.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing, counting failed logins in a sliding window of {@link #WINDOW}:
 *
 * <ul>
 *   <li>a user name from one address: {@link #MAX_FAILURES} failures lock that pair (the one who
 *       mistyped, not their colleagues behind the same office address);
 *   <li>one address, whatever the user names: {@link #MAX_ADDRESS_FAILURES} failures lock the
 *       address (someone trying many accounts);
 *   <li>one user name, from addresses it never logged in from: {@link #MAX_STRANGER_FAILURES}
 *       failures lock it for those addresses only (guessing spread over many machines), so nobody
 *       can lock a user out of the places they work from.
 * </ul>
 *
 * <p>A lock lasts until enough failures have left the window. Every attempt is counted as a failure
 * before its password is checked ({@link #begin}) and forgiven if it succeeds, all under one lock:
 * however many logins arrive at once, no more passwords are checked than the limits allow.
 */
@Component
public class LoginThrottle {
  public static final int MAX_FAILURES = 5;
  public static final int MAX_ADDRESS_FAILURES = 20;
  public static final int MAX_STRANGER_FAILURES = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** How long a successful login makes an address known for its user. */
  static final Duration KNOWN_FOR = Duration.ofDays(90);

  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Deque<Instant>> failures = new HashMap<>();
  private final Map<String, Instant> known = new LinkedHashMap<>(16, 0.75f, true);
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** A login under way, counted as failed until it {@link #succeeded}. */
  public final class Attempt {
    private final String user;
    private final String address;
    private final Instant at;

    private Attempt(String user, String address, Instant at) {
      this.user = user;
      this.address = address;
      this.at = at;
    }

    /** The password was right: the attempt is forgiven and the pair's failures forgotten. */
    public void succeeded() {
      synchronized (LoginThrottle.this) {
        failures.remove(pairKey(user, address));
        forgive(addressKey(address), at);
        forgive(strangerKey(user), at);
        known.put(knownKey(user, address), clock.instant());
        if (known.size() > MAX_TRACKED) {
          var eldest = known.entrySet().iterator();
          eldest.next();
          eldest.remove();
        }
      }
    }
  }

  /**
   * Starts a login, counting it as a failure; empty if the user name, the address, or the pair is
   * locked now (then no password may be checked).
   */
  public synchronized Optional<Attempt> begin(String username, String address) {
    Instant now = clock.instant();
    String user = normal(username);
    String from = address == null ? "" : address;
    boolean stranger = !isKnown(user, from, now);
    if (count(pairKey(user, from), now) >= MAX_FAILURES
        || count(addressKey(from), now) >= MAX_ADDRESS_FAILURES
        || stranger && count(strangerKey(user), now) >= MAX_STRANGER_FAILURES) {
      return Optional.empty();
    }
    if (failures.size() > MAX_TRACKED) {
      failures.values().forEach(times -> expire(times, now));
      failures.values().removeIf(Deque::isEmpty);
    }
    add(pairKey(user, from), now);
    add(addressKey(from), now);
    if (stranger) {
      add(strangerKey(user), now);
    }
    return Optional.of(new Attempt(user, from, now));
  }

  /** Whether a login for this user name from this address would be refused now. */
  public synchronized boolean locked(String username, String address) {
    Instant now = clock.instant();
    String user = normal(username);
    String from = address == null ? "" : address;
    return count(pairKey(user, from), now) >= MAX_FAILURES
        || count(addressKey(from), now) >= MAX_ADDRESS_FAILURES
        || !isKnown(user, from, now) && count(strangerKey(user), now) >= MAX_STRANGER_FAILURES;
  }

  /** Forgets every failure of a user name, e.g. after an administrator reset its password. */
  public synchronized void clear(String username) {
    String user = normal(username);
    failures.keySet().removeIf(k -> k.startsWith("p:" + user + "\u0000"));
    failures.remove(strangerKey(user));
  }

  /** Forgets every failure of every user and address, and every known address. */
  synchronized void forgetAll() {
    failures.clear();
    known.clear();
  }

  private boolean isKnown(String user, String address, Instant now) {
    Instant since = known.get(knownKey(user, address));
    return since != null && now.isBefore(since.plus(KNOWN_FOR));
  }

  private int count(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    expire(times, now);
    return times.size();
  }

  private void add(String key, Instant now) {
    failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
  }

  private void forgive(String key, Instant at) {
    Deque<Instant> times = failures.get(key);
    if (times != null) {
      times.removeLastOccurrence(at);
    }
  }

  private static void expire(Deque<Instant> times, Instant now) {
    Instant start = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
      times.pollFirst();
    }
  }

  private static String normal(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String pairKey(String user, String address) {
    return "p:" + user + "\u0000" + address;
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  private static String strangerKey(String user) {
    return "s:" + user;
  }

  private static String knownKey(String user, String address) {
    return user + "\u0000" + address;
  }
}
