package vn.luanchuyen.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A value a user typed that cannot be stored: the field it was typed into, and why, as a message
 * key of the bundles with positional arguments ({@code {0}}, {@code {1}}, ...).
 *
 * @param field the field's name as the form or the JSON body spells it ({@code birthDate})
 * @param messageKey the key of the Vietnamese (and English) sentence
 * @param args the facts the sentence names: texts, numbers, days or partial dates
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {
  public FieldProblem {
    args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
  }

  public FieldProblem(String field, String messageKey, Object... args) {
    this(field, messageKey, Arrays.asList(args));
  }

  /**
   * The arguments as a reader sees them: days as dd/MM/yyyy, partial dates as typed, numbers
   * without grouping (a year is 1930, not 1.930).
   */
  public Object[] shownArgs() {
    return args.stream().map(FieldProblem::shown).toArray();
  }

  private static Object shown(Object a) {
    if (a instanceof LocalDate d) {
      return Days.show(d);
    }
    if (a instanceof PartialDate p) {
      return p.format();
    }
    return String.valueOf(a);
  }
}
