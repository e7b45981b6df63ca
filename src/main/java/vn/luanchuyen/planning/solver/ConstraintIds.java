package vn.luanchuyen.planning.solver;

import java.util.List;

/**
 * The constraint names: stable ids used in score analyses, policy weights and message keys ({@code
 * constraint.<id>} in {@code i18n/planning}).
 */
public final class ConstraintIds {
  private ConstraintIds() {}

  public static final String ONE_CADRE_PER_SEAT = "oneCadrePerSeat";
  public static final String SEAT_TAKEN_ONLY_WHEN_HOLDER_MOVES =
      "seatIsTakenOnlyWhenItsHolderMoves";
  public static final String MUST_MOVE_LEAVES = "mustMoveCadreLeavesPostAndUnit";
  public static final String MUST_MOVE_PLACED = "mustMoveCadreIsPlaced";
  public static final String LAWFUL_FORM = "moveTakesALawfulForm";
  public static final String NO_LOCAL_WARD_LEADER = "noLocalCadreAsWardSecretaryOrChair";
  public static final String NO_RETURN = "noReturnToARecentUnit";
  public static final String NON_LOCAL_WARD_LEADERS = "nonLocalWardLeaders";
  public static final String DEPUTIES_TOWARD_TWO = "departmentDeputiesTowardTwo";
  public static final String DEPUTIES_SPREAD = "departmentDeputiesEvenlySpread";
  public static final String PLANNING_FIT = "planningFit";
  public static final String YOUNG_TO_GRASSROOTS = "youngCadreGainsGrassrootsExperience";
  public static final String FEWEST_MOVES = "fewestMovesBeyondRequired";
  public static final String UNIT_KEEPS_A_LEADER = "unitKeepsALeader";
  public static final String WOMEN_AND_YOUNG_BALANCE = "womenAndYoungBalance";
  public static final String VACATED_SEAT_FILLED = "vacatedSeatIsFilled";
  public static final String KEEPS_PREVIOUS_PLAN = "keepsThePreviousPlan";

  /** The hard constraints, in the order they are shown. */
  public static final List<String> HARD =
      List.of(
          ONE_CADRE_PER_SEAT,
          SEAT_TAKEN_ONLY_WHEN_HOLDER_MOVES,
          MUST_MOVE_LEAVES,
          LAWFUL_FORM,
          NO_LOCAL_WARD_LEADER,
          NO_RETURN);

  /**
   * The constraints between hard and soft: a cadre who must move but has no acceptable seat left
   * keeps the plan acceptable, yet outweighs every preference, and the plan says why.
   */
  public static final List<String> MEDIUM = List.of(MUST_MOVE_PLACED);

  /** The soft constraints (weighted by the policy), in the order they are shown. */
  public static final List<String> SOFT =
      List.of(
          NON_LOCAL_WARD_LEADERS,
          DEPUTIES_TOWARD_TWO,
          DEPUTIES_SPREAD,
          PLANNING_FIT,
          YOUNG_TO_GRASSROOTS,
          FEWEST_MOVES,
          UNIT_KEEPS_A_LEADER,
          WOMEN_AND_YOUNG_BALANCE,
          VACATED_SEAT_FILLED,
          KEEPS_PREVIOUS_PLAN);
}
