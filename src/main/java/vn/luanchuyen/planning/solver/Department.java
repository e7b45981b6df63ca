package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A unit counted by the deputies target, with the deputies the plan cannot change. A problem fact.
 *
 * @param code the unit's code
 * @param fixedDeputies deputies held by cadres who are not candidates of the plan
 * @param goal the number of deputies the target aims at
 */
public record Department(@PlanningId String code, int fixedDeputies, int goal) {}
