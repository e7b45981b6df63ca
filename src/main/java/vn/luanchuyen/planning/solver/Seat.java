package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import vn.luanchuyen.screening.LegalForms;

/**
 * A seat a candidate may be moved to: vacant on the move date, or held by a candidate (it falls
 * vacant when the holder moves). A problem fact.
 *
 * @param code the seat's code
 * @param name the seat's name
 * @param post the seat as the forms of a move see it: unit, level, block, role and grade
 * @param area the locality of the top unit above the seat: moves stay within one area
 * @param grassroots whether the unit is at a grassroots (ward) level
 * @param locality the unit's locality code, or null
 * @param nonLocalSeat whether the policy's non-local target counts this seat
 * @param departmentCode the unit, when this is a deputy seat counted by the deputies target; null
 *     otherwise
 * @param holderCode the cadre holding the seat on the move date, or null when vacant
 */
public record Seat(
    @PlanningId String code,
    String name,
    LegalForms.Post post,
    String area,
    boolean grassroots,
    String locality,
    boolean nonLocalSeat,
    String departmentCode,
    String holderCode) {

  public boolean vacant() {
    return holderCode == null;
  }

  public String unitCode() {
    return post.unitCode();
  }

  public String roleKey() {
    return post.roleKey();
  }

  /** The policy's grade of the role at the unit's level; equal grades are equivalent. */
  public int grade() {
    return post.grade();
  }
}
