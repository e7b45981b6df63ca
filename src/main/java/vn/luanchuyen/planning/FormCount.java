package vn.luanchuyen.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.luanchuyen.cadre.AssignmentForm;

/**
 * How many moves of a plan take one legal form. {@link #of} counts the three forms of a move —
 * rotation, transfer, position change, in that order, each even when no move takes it — and any
 * other form a move was given.
 */
public record FormCount(AssignmentForm form, long count) {

  /** The forms a plan's move takes, in the order plans and documents list them. */
  public static final List<AssignmentForm> MOVE_FORMS =
      List.of(AssignmentForm.LUAN_CHUYEN, AssignmentForm.DIEU_DONG, AssignmentForm.CHUYEN_DOI);

  /** The count per form of the given moves' forms (nulls, cadres who stay, are not counted). */
  public static List<FormCount> of(Collection<AssignmentForm> forms) {
    Map<AssignmentForm, Long> counts = new EnumMap<>(AssignmentForm.class);
    MOVE_FORMS.forEach(f -> counts.put(f, 0L));
    forms.stream().filter(Objects::nonNull).forEach(f -> counts.merge(f, 1L, Long::sum));
    List<FormCount> out = new ArrayList<>();
    MOVE_FORMS.forEach(f -> out.add(new FormCount(f, counts.remove(f))));
    counts.forEach((f, n) -> out.add(new FormCount(f, n)));
    return out;
  }

  /** The counts of a plan's moves. */
  public static List<FormCount> of(RotationPlan plan) {
    return of(plan.movesOnly().stream().map(PlannedMove::form).toList());
  }
}
