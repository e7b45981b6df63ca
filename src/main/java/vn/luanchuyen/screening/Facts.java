package vn.luanchuyen.screening;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the immutable facts of a verdict from name/value pairs, leaving out unknown values. */
final class Facts {

  private Facts() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> of(Object... namesAndValues) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(namesAndValues.length / 2);
    for (int k = 0; k < namesAndValues.length; k += 2) {
      Object value = namesAndValues[k + 1];
      if (value != null) {
        entries.add(new SimpleImmutableEntry<>((String) namesAndValues[k], value));
      }
    }
    return Map.ofEntries(entries.toArray(Map.Entry[]::new));
  }
}
