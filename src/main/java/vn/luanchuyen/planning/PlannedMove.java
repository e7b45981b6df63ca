package vn.luanchuyen.planning;

import java.util.List;
import vn.luanchuyen.cadre.AssignmentForm;

/**
 * A cadre's move in a plan, or a candidate who stays.
 *
 * @param kind why the cadre is a candidate: {@code MUST_MOVE}, {@code YOUNG_TO_GRASSROOTS} or
 *     {@code ELIGIBLE}
 * @param toSeat the new seat, or null when the cadre stays
 * @param form the legal form of the move (rotation, transfer or position change), by the policy's
 *     order of forms; null when the cadre stays
 * @param formReason why the move takes this form (the conditions of the form the cadre and the move
 *     meet, and for a later form why the earlier ones do not fit); null when the cadre stays
 * @param locked whether the user locked this choice
 * @param grounds the screening verdicts behind the move
 * @param satisfied the plan's rules the move keeps
 * @param broken the plan's rules the move breaks (hard ones first)
 */
public record PlannedMove(
    String cadre,
    String cadreName,
    String kind,
    String fromSeat,
    String fromSeatName,
    String fromUnit,
    String toSeat,
    String toSeatName,
    String toUnit,
    AssignmentForm form,
    Explanation formReason,
    boolean locked,
    List<Explanation> grounds,
    List<Explanation> satisfied,
    List<Explanation> broken) {

  public PlannedMove {
    grounds = List.copyOf(grounds);
    satisfied = List.copyOf(satisfied);
    broken = List.copyOf(broken);
  }

  public boolean moves() {
    return toSeat != null;
  }
}
