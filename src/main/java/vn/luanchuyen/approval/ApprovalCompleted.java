package vn.luanchuyen.approval;

/**
 * Published in the deciding transaction when a case is decided; {@code outcome} is {@link
 * ApprovalCase.Status#APPROVED} or {@link ApprovalCase.Status#REJECTED}. A listener that throws
 * {@link ApprovalRefused} refuses the decision: nothing of it is kept.
 *
 * @param decision the decision carrying out an approved case, null when rejected
 */
public record ApprovalCompleted(
    long caseId,
    String subjectType,
    String subjectId,
    ApprovalCase.Status outcome,
    Decision decision) {}
