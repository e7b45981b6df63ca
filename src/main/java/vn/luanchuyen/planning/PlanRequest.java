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
 * @param previous the choices of the plan solved before (a seat, or null: stays), which a new solve
 *     prefers to keep (stability); empty on a first solve
 */
public record PlanRequest(
    LocalDate asOf,
    Set<String> scope,
    Duration timeLimit,
    Long moveLimit,
    List<Lock> locks,
    List<Forbidden> forbidden,
    boolean fullAssert,
    List<Lock> previous) {

  public PlanRequest {
    scope = Set.copyOf(scope);
    locks = List.copyOf(locks);
    forbidden = List.copyOf(forbidden);
    previous = previous == null ? List.of() : List.copyOf(previous);
  }

  /** A first solve: no plan before it. */
  public PlanRequest(
      LocalDate asOf,
      Set<String> scope,
      Duration timeLimit,
      Long moveLimit,
      List<Lock> locks,
      List<Forbidden> forbidden,
      boolean fullAssert) {
    this(asOf, scope, timeLimit, moveLimit, locks, forbidden, fullAssert, List.of());
  }

  /** A plan of the whole registry within a time limit. */
  public static PlanRequest of(LocalDate asOf, Duration timeLimit) {
    return new PlanRequest(asOf, Set.of(), timeLimit, null, List.of(), List.of(), false);
  }

  public PlanRequest withLocks(List<Lock> newLocks, List<Forbidden> newForbidden) {
    return new PlanRequest(
        asOf, scope, timeLimit, moveLimit, newLocks, newForbidden, fullAssert, previous);
  }

  /** The same request, solved again after the given plan: keeping its choices is preferred. */
  public PlanRequest after(RotationPlan plan) {
    List<Lock> choices = plan.moves().stream().map(m -> new Lock(m.cadre(), m.toSeat())).toList();
    return new PlanRequest(
        asOf, scope, timeLimit, moveLimit, locks, forbidden, fullAssert, choices);
  }

  /**
   * A choice kept as it is.
   *
   * @param seat the seat the cadre goes to, or null: the cadre stays
   */
  public record Lock(String cadre, String seat) {}

  /**
   * A move the solver must not propose.
   *
   * @param seat the seat the cadre must not take, or null: the cadre must not move at all
   */
  public record Forbidden(String cadre, String seat) {}
}
