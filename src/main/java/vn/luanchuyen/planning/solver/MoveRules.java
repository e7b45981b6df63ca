package vn.luanchuyen.planning.solver;

import java.util.Set;

/**
 * The policy's limits on a single move, as one problem fact the hard constraints read.
 *
 * @param promotionAllowed a cadre in planning for a role one grade up may take it
 * @param remainingTimeMonths months to retirement a moved cadre needs; null when the policy's rule
 *     is not in force
 * @param exceptionMonths the shorter time allowed by the policy's exception, or null when it is off
 * @param exceptionRoles the roles whose seats the exception applies to
 * @param nonLocalRequired local cadres may not be moved into seats of the non-local target
 */
public record MoveRules(
    boolean promotionAllowed,
    Integer remainingTimeMonths,
    Integer exceptionMonths,
    Set<String> exceptionRoles,
    boolean nonLocalRequired) {

  public MoveRules {
    exceptionRoles = Set.copyOf(exceptionRoles);
  }

  /** Same grade, or one grade up for a cadre in planning for the role when the policy allows. */
  public boolean equivalent(Candidate c, Seat s) {
    int from = c.currentSeat().grade();
    return s.grade() == from || (promotionAllowed && s.grade() == from + 1 && c.plannedFor(s));
  }

  /** Enough months to retirement for this move, counting the policy's exception. */
  public boolean enoughWorkingTime(Candidate c, Seat s) {
    if (remainingTimeMonths == null) {
      return true;
    }
    Integer left = c.remainingMonths();
    if (left == null) {
      return false;
    }
    if (left >= remainingTimeMonths) {
      return true;
    }
    return exceptionMonths != null
        && left >= exceptionMonths
        && (c.mustMoveHead() || exceptionRoles.contains(s.roleKey()));
  }

  /** A local cadre moved into a seat that must go to a non-local cadre. */
  public boolean localBarred(Candidate c, Seat s) {
    return nonLocalRequired && s.nonLocalSeat() && c.localTo(s);
  }

  /** A move back to a unit the cadre left within the return ban. */
  public boolean returning(Candidate c, Seat s) {
    return c.recentlyLeftUnits().contains(s.unitCode());
  }

  /** Whether a move breaks none of the rules above (the seat's other holders aside). */
  public boolean acceptable(Candidate c, Seat s) {
    return !s.code().equals(c.currentSeat().code())
        && equivalent(c, s)
        && enoughWorkingTime(c, s)
        && !localBarred(c, s)
        && !returning(c, s)
        && !(c.mustMove() && s.unitCode().equals(c.currentSeat().unitCode()));
  }
}
