package vn.luanchuyen.planning.solver;

import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.screening.LegalForms;

/**
 * The policy's limits on a single move, as one problem fact the hard constraints read. The form of
 * a move and its conditions come from {@link LegalForms}, their one home; the two rules of the plan
 * on top of them (the non-local seats, the return ban) are here.
 *
 * @param forms the legal forms of a move under the policy, as of the move date
 * @param nonLocalRequired local cadres may not be moved into seats of the non-local target
 */
public record MoveRules(LegalForms forms, boolean nonLocalRequired) {

  /** The form the move takes (the first the policy allows), or null when no form allows it. */
  public AssignmentForm formOf(Candidate c, Seat s) {
    return forms.formOf(c.mover(), c.currentSeat().post(), s.post());
  }

  /** Whether some legal form allows the move. */
  public boolean lawful(Candidate c, Seat s) {
    return formOf(c, s) != null;
  }

  /** A local cadre moved into a seat that must go to a non-local cadre. */
  public boolean localBarred(Candidate c, Seat s) {
    return nonLocalRequired && s.nonLocalSeat() && c.localTo(s);
  }

  /** A move back to a unit the cadre left within the return ban. */
  public boolean returning(Candidate c, Seat s) {
    return c.recentlyLeftUnits().contains(s.unitCode());
  }

  /** A cadre who must move, moved within their own unit. */
  public boolean staysInUnit(Candidate c, Seat s) {
    return LegalForms.staysInUnitThoughMustMove(c.mover(), c.currentSeat().post(), s.post());
  }

  /** Whether a move breaks none of the rules above (the seat's other holders aside). */
  public boolean acceptable(Candidate c, Seat s) {
    return !s.code().equals(c.currentSeat().code())
        && !staysInUnit(c, s)
        && !localBarred(c, s)
        && !returning(c, s)
        && lawful(c, s);
  }
}
