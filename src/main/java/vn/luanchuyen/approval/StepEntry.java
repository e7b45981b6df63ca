package vn.luanchuyen.approval;

import java.time.LocalDateTime;

/**
 * One recorded action on a case.
 *
 * @param action {@code OPEN}, {@code COMPLETE}, {@code SEND_BACK}, {@code APPROVED}, {@code
 *     REJECTED}
 * @param toStep the step the case went to (for a send-back, the earlier step)
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
    String toStep) {}
