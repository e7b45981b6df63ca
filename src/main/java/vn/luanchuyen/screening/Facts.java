package vn.luanchuyen.screening;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable facts of a verdict: a few name/value pairs kept in one array in the order given,
 * unknown (null) values left out. Cheaper than a hashed map for the handful of entries a verdict
 * has, which matters when a million cadres are screened.
 */
final class Facts extends AbstractMap<String, Object> {

  /** Names at even indexes, values at odd ones; no nulls. */
  private final Object[] pairs;

  private Facts(Object[] pairs) {
    this.pairs = pairs;
  }

  private static final int SMALLEST_SHARED = -1200;
  private static final Integer[] NUMBERS = new Integer[2401];

  static {
    for (int k = 0; k < NUMBERS.length; k++) {
      NUMBERS[k] = SMALLEST_SHARED + k;
    }
  }

  /**
   * A boxed month or year count shared between verdicts: {@link Integer#valueOf} shares only up to
   * 127, and a million verdicts each boxing their own tenure would fill the heap.
   */
  static Integer number(long value) {
    long k = value - SMALLEST_SHARED;
    return k >= 0 && k < NUMBERS.length ? NUMBERS[(int) k] : Integer.valueOf((int) value);
  }

  /** Facts from {@code name, value, name, value, ...}; pairs with a null value are left out. */
  static Map<String, Object> of(Object... namesAndValues) {
    int nulls = 0;
    for (int k = 1; k < namesAndValues.length; k += 2) {
      if (namesAndValues[k] == null) {
        nulls++;
      }
    }
    if (nulls == 0) {
      return new Facts(namesAndValues);
    }
    Object[] kept = new Object[namesAndValues.length - 2 * nulls];
    int j = 0;
    for (int k = 0; k < namesAndValues.length; k += 2) {
      if (namesAndValues[k + 1] != null) {
        kept[j++] = namesAndValues[k];
        kept[j++] = namesAndValues[k + 1];
      }
    }
    return new Facts(kept);
  }

  /** The facts of any map, in its iteration order. */
  static Map<String, Object> copyOf(Map<String, Object> map) {
    if (map instanceof Facts f) {
      return f;
    }
    Object[] pairs = new Object[2 * map.size()];
    int j = 0;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      pairs[j++] = e.getKey();
      pairs[j++] = e.getValue();
    }
    return of(pairs);
  }

  @Override
  public Object get(Object name) {
    for (int k = 0; k < pairs.length; k += 2) {
      if (pairs[k].equals(name)) {
        return pairs[k + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  @Override
  public int size() {
    return pairs.length / 2;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int k;

          @Override
          public boolean hasNext() {
            return k < pairs.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (k >= pairs.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Object> e =
                new SimpleImmutableEntry<>((String) pairs[k], pairs[k + 1]);
            k += 2;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return pairs.length / 2;
      }
    };
  }

  @Override
  public String toString() {
    return Arrays.toString(pairs);
  }
}
