package vn.luanchuyen.approval;

import java.util.List;
import java.util.Optional;

/**
 * Names a case's subject for people and links to its page. The approval module knows subjects only
 * by type and id; the module that owns a type of subject provides this, e.g. planning for saved
 * plan versions.
 */
public interface SubjectDescription {

  /** The subject's name and page, when this module owns the subject's type. */
  Optional<Described> describe(String subjectType, String subjectId);

  /**
   * The people the collective votes on in this case, each by secret ballot (the label is the name,
   * the href the code); empty when this module does not own the case's subject type.
   */
  default List<Described> candidates(ApprovalCase approvalCase) {
    return List.of();
  }

  /**
   * A subject as shown.
   *
   * @param href the path of its page in the web application
   */
  record Described(String label, String href) {}
}
