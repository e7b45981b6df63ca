package vn.luanchuyen.approval;

import java.time.LocalDateTime;

/**
 * A case carried through a procedure.
 *
 * @param currentStep index of the step to be done next (the deciding step once decided)
 * @param status {@code OPEN}, {@code APPROVED} or {@code REJECTED}
 * @param decision the decision that carries out an approved case, else null
 */
public record ApprovalCase(
    long id,
    String procedureId,
    String subjectType,
    String subjectId,
    String title,
    int currentStep,
    String status,
    String openedBy,
    LocalDateTime openedAt,
    Decision decision,
    long version) {

  public boolean open() {
    return "OPEN".equals(status);
  }
}
