package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A unit counted by the deputies target, with the deputies the plan cannot change. A problem fact.
 *
 * @param code the unit's code
 * @param area the area the unit belongs to: the target's average is taken over an area's units
 * @param fixedDeputies deputies held by cadres who are not candidates of the plan
 * @param goal the number of deputies the target aims at for each unit on average
 */
public record Department(@PlanningId String code, String area, int fixedDeputies, int goal) {}
