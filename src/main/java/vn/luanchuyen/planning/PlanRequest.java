package vn.luanchuyen.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a plan is asked for.
 *
 * @param asOf the planned move date; screening is done as of this day
 * @param scope the unit codes the plan may touch; empty for all
 * @param timeLimit how long to search
 * @param moveLimit a limit on the moves evaluated instead of (or as well as) the time, or null
 * @param locks choices the solver must keep
 * @param forbidden moves the solver must not propose
 * @param fullAssert check every incremental score (slow; for tests)
 */
public record PlanRequest(
    LocalDate asOf,
    Set<String> scope,
    Duration timeLimit,
    Long moveLimit,
    List<Lock> locks,
    List<Forbidden> forbidden,
    boolean fullAssert) {

  public PlanRequest {
    scope = Set.copyOf(scope);
    locks = List.copyOf(locks);
    forbidden = List.copyOf(forbidden);
  }

  /** A plan of the whole registry within a time limit. */
  public static PlanRequest of(LocalDate asOf, Duration timeLimit) {
    return new PlanRequest(asOf, Set.of(), timeLimit, null, List.of(), List.of(), false);
  }

  public PlanRequest withLocks(List<Lock> newLocks, List<Forbidden> newForbidden) {
    return new PlanRequest(asOf, scope, timeLimit, moveLimit, newLocks, newForbidden, fullAssert);
  }

  /**
   * A choice kept as it is.
   *
   * @param seat the seat the cadre goes to, or null: the cadre stays
   */
  public record Lock(String cadre, String seat) {}

  /** A move the solver must not propose. */
  public record Forbidden(String cadre, String seat) {}
}
