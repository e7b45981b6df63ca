/**
 * Rotation plan proposals: from a screening of the registry under a policy, proposes who moves from
 * which seat to which, so that every cadre who must move does, young cadres in planning go to the
 * wards, the seats the moves vacate are filled and the policy's targets come closer, and explains
 * every move and the plan's score in Vietnamese. The Timefold model lives only in {@code
 * planning.solver}; this top package holds the API ({@link vn.luanchuyen.planning.RotationPlanner})
 * and the plain records a plan is made of. Saved versions go to the approval procedure their policy
 * names ({@link vn.luanchuyen.planning.PlanDecisions}); an approving decision is carried out in the
 * registry in the deciding transaction. It does not run the procedure (that is approval), nor
 * decide who must move (that is screening).
 */
package vn.luanchuyen.planning;
