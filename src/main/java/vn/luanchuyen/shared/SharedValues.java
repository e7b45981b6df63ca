package vn.luanchuyen.shared;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each distinct value among those read in one go. A registry read from its tables
 * holds the same codes and days many times over (a cadre's code in each of their stays and
 * assessments, a seat's code in each stay of it, a few thousand days in millions of stays): the
 * reader passes each value through here, so that equal values share one object and a million cadres
 * weigh hundreds of megabytes less. Values must be immutable and compare by value; not thread-safe,
 * meant for one read and then dropped.
 */
public final class SharedValues {

  private final Map<Object, Object> seen = new HashMap<>();

  /** The first value read equal to {@code value}, or {@code value} itself; null stays null. */
  @SuppressWarnings("unchecked")
  public <T> T shared(T value) {
    if (value == null) {
      return null;
    }
    Object known = seen.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }
}
