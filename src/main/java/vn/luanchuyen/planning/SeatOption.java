package vn.luanchuyen.planning;

import java.util.List;
import vn.luanchuyen.cadre.AssignmentForm;

/**
 * A seat a cadre could be sent to by hand, and what that move would be: the form it takes, or the
 * rules it breaks, in sentences.
 *
 * @param seat the seat's code
 * @param seatName the seat's name
 * @param unitName the name of the seat's unit
 * @param holder the name of the cadre holding the seat on the move date, or null when vacant
 * @param form the form the move would take, or null when no form allows it
 * @param grounds why the move takes that form, or why no form allows it
 * @param problems the rules of a single move it breaks besides the form (empty: none)
 */
public record SeatOption(
    String seat,
    String seatName,
    String unitName,
    String holder,
    AssignmentForm form,
    String grounds,
    List<String> problems) {

  public SeatOption {
    problems = List.copyOf(problems);
  }

  /** Whether the move breaks no rule of a single move. */
  public boolean lawful() {
    return form != null && problems.isEmpty();
  }
}
