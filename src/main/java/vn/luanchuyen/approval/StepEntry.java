package vn.luanchuyen.approval;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One recorded action on a case.
 *
 * @param action {@code OPEN}, {@code COMPLETE}, {@code SEND_BACK}, {@code APPROVED}, {@code
 *     REJECTED}
 * @param toStep the step the case went to (for a send-back, the earlier step)
 * @param doneOn the day the step was completed as the clerk entered it; null if not entered
 * @param meeting the meeting that voted, recorded with the conclusion; null otherwise
 */
public record StepEntry(
    long id,
    String stepId,
    String action,
    String actor,
    LocalDateTime actedAt,
    String comment,
    String unitsConsulted,
    String appraisal,
    String cadreMeeting,
    String cadreWishes,
    String toStep,
    LocalDate doneOn,
    Meeting meeting) {}
