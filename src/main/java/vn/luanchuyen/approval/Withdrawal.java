package vn.luanchuyen.approval;

import java.time.LocalDateTime;

/**
 * A cadre's move taken out of a case, with the reason (e.g. the ballot failed): the rest of the
 * case is decided without it, and the decision does not apply it.
 *
 * @param candidate the cadre's code
 * @param candidateName the cadre's name when the move was taken out
 * @param stepId the step the case was at
 */
public record Withdrawal(
    long id,
    long caseId,
    String candidate,
    String candidateName,
    String reason,
    String stepId,
    String withdrawnBy,
    LocalDateTime withdrawnAt) {}
