package vn.luanchuyen.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestComponent;

/**
 * A subject the approval tests open cases about, without plans: type {@value #TYPE}, any id, with
 * three cadres voted on. A real description of a subject, as planning gives for plan versions.
 */
@TestComponent
public class TrialSubjects implements SubjectDescription {

  public static final String TYPE = "trial-subject";

  public static final List<Described> CADRES =
      List.of(
          new Described("Nguyễn Văn An", "CB001"),
          new Described("Trần Thị Bình", "CB002"),
          new Described("Lê Văn Cường", "CB003"));

  @Override
  public Optional<Described> describe(String subjectType, String subjectId) {
    return TYPE.equals(subjectType)
        ? Optional.of(new Described("Đối tượng thử " + subjectId, "/approval"))
        : Optional.empty();
  }

  @Override
  public List<Described> candidates(ApprovalCase approvalCase) {
    return TYPE.equals(approvalCase.subjectType()) ? CADRES : List.of();
  }
}
