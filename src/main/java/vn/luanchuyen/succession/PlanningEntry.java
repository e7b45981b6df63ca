package vn.luanchuyen.succession;

/**
 * A cadre planned for a role in a term.
 *
 * @param unitCode the unit planned for, or null for any unit of that role
 */
public record PlanningEntry(String cadreCode, String roleKey, String unitCode, Term term) {}
