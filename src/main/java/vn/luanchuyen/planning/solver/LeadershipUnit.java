package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A unit whose every current leader is a candidate of the plan, so the plan could move them all at
 * once. A problem fact.
 *
 * @param code the unit's code
 * @param leaders the number of its seats held on the move date
 */
public record LeadershipUnit(@PlanningId String code, int leaders) {}
