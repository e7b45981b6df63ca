package vn.luanchuyen.cadre;

import java.time.LocalDate;

/**
 * A disciplinary decision against a cadre.
 *
 * @param effectiveUntil the last day the measure is in force, or null if open-ended
 */
public record Discipline(
    String cadreCode,
    DisciplineForm form,
    LocalDate decidedOn,
    LocalDate effectiveUntil,
    String reason) {

  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(decidedOn) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
  }
}
