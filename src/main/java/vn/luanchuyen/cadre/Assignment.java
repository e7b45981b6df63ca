package vn.luanchuyen.cadre;

import java.time.LocalDate;

/**
 * One dated stay of a cadre in a seat (quá trình công tác).
 *
 * @param id the stored id, or null before it is stored
 * @param endDate the last day in the seat, or null while the seat is still held
 * @param form how the cadre came to the seat, or null if not recorded
 * @param decisionNumber the number of the appointing decision, or null
 */
public record Assignment(
    Long id,
    String cadreCode,
    String positionCode,
    LocalDate startDate,
    LocalDate endDate,
    AssignmentForm form,
    String decisionNumber,
    long version) {

  /** Whether the seat was held on the given day. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
  }

  /** Whether this stay and another share at least one day. */
  public boolean overlaps(Assignment other) {
    boolean thisEndsBefore = endDate != null && endDate.isBefore(other.startDate);
    boolean otherEndsBefore = other.endDate != null && other.endDate.isBefore(startDate);
    return !thisEndsBefore && !otherEndsBefore;
  }
}
