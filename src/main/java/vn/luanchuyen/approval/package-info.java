/**
 * The approval procedure: procedures as data ({@code procedures/*.yaml}), cases carried through
 * their steps in order by the roles each step names, send-backs with a reason, secret-ballot
 * tallies entered twice by different clerks, and the decision. It is generic: a case names its
 * subject by type and id (e.g. {@code plan-version}, {@code 42}) and knows nothing of plans.
 */
package vn.luanchuyen.approval;
