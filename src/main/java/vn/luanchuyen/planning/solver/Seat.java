package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A seat a candidate may be moved to: vacant on the move date, or held by a candidate (it falls
 * vacant when the holder moves). A problem fact.
 *
 * @param code the seat's code
 * @param name the seat's name
 * @param unitCode the seat's unit
 * @param area the locality of the top unit above the seat: moves stay within one area
 * @param roleKey the seat's role
 * @param grade the policy's grade of the role at the unit's level; equal grades are equivalent
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
    String unitCode,
    String area,
    String roleKey,
    int grade,
    boolean grassroots,
    String locality,
    boolean nonLocalSeat,
    String departmentCode,
    String holderCode) {

  public boolean vacant() {
    return holderCode == null;
  }
}
