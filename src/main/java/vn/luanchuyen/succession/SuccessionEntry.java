package vn.luanchuyen.succession;

import java.time.LocalDate;
import vn.luanchuyen.shared.Term;

/**
 * A cadre planned for a role in a term.
 *
 * @param unitCode the unit planned for, or null for any unit of that role
 * @param term the term planned for; null only in faulty records (such an entry is never open)
 */
public record SuccessionEntry(String cadreCode, String roleKey, String unitCode, Term term) {

  /**
   * Whether the entry still counts on the day: its term has not ended before the day's year. The
   * one home of "in planning": screening, the planner and reports ask here. An entry without a term
   * cannot be checked, so it does not count.
   */
  public boolean openOn(LocalDate day) {
    return openUntilYear() >= day.getYear();
  }

  /**
   * The last year the entry is open in ({@link #openOn}): its term's last year, or {@link
   * Integer#MIN_VALUE} for an entry without a term, which is never open.
   */
  public int openUntilYear() {
    return term == null ? Integer.MIN_VALUE : term.endYear();
  }
}
