package vn.luanchuyen.approval;

/** Published when a case is decided; {@code outcome} is {@code APPROVED} or {@code REJECTED}. */
public record ApprovalCompleted(
    long caseId, String subjectType, String subjectId, String outcome) {}
