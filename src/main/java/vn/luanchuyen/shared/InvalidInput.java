package vn.luanchuyen.shared;

import java.util.List;

/**
 * Typed values that cannot be stored, each with its field: nothing was written. The API answers a
 * problem detail (400) listing the fields, a page shows each message beside its field.
 */
public class InvalidInput extends RuntimeException {
  private final transient List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(
        "invalid input: "
            + String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList()));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Throws if there is any problem; nothing otherwise. */
  public static void refuseIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
