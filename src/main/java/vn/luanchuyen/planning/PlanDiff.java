package vn.luanchuyen.planning;

import java.util.List;
import vn.luanchuyen.cadre.AssignmentForm;

/**
 * What changed between two saved versions of a plan, cadre by cadre, side by side.
 *
 * @param changes one line per cadre whose move differs, in cadre order
 * @param unchanged how many moves are the same in both
 */
public record PlanDiff(SavedPlan from, SavedPlan to, List<Change> changes, int unchanged) {

  public PlanDiff {
    changes = List.copyOf(changes);
  }

  /** How a cadre's move differs. */
  public enum Kind {
    /** Moves only in the newer version. */
    ADDED,
    /** Moves only in the older version. */
    REMOVED,
    /** Moves in both, to different seats. */
    CHANGED,
    /** Moves in both to the same seat, in another form (e.g. a rotation become a transfer). */
    FORM_CHANGED
  }

  /**
   * @param fromSeat the cadre's seat now
   * @param before the new seat in the older version, or null (stays)
   * @param after the new seat in the newer version, or null (stays)
   * @param formBefore the move's form in the older version, or null (stays)
   * @param formAfter the move's form in the newer version, or null (stays)
   */
  public record Change(
      String cadre,
      Kind kind,
      String fromSeat,
      String before,
      String after,
      AssignmentForm formBefore,
      AssignmentForm formAfter) {

    /** Whether the move takes another form in the newer version (both versions move the cadre). */
    public boolean formChanged() {
      return formBefore != null && formAfter != null && formBefore != formAfter;
    }
  }
}
