package vn.luanchuyen.planning;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.luanchuyen.approval.SubjectDescription;
import vn.luanchuyen.shared.NotFoundException;

/** Names the saved plan versions, and single moves of them, that approval cases are about. */
@Component
class PlanSubjects implements SubjectDescription {
  private final PlanVersions versions;

  PlanSubjects(PlanVersions versions) {
    this.versions = versions;
  }

  @Override
  public Optional<Described> describe(String subjectType, String subjectId) {
    boolean plan = PlanDecisions.PLAN.equals(subjectType);
    boolean move = PlanDecisions.MOVE.equals(subjectType) && subjectId.contains("/");
    if (!plan && !move) {
      return Optional.empty();
    }
    String id = move ? subjectId.substring(0, subjectId.indexOf('/')) : subjectId;
    try {
      SavedPlan p = versions.get(Long.parseLong(id));
      String name =
          p.name().toLowerCase(java.util.Locale.ROOT).startsWith("phương án")
              ? p.name()
              : "Phương án " + p.name();
      String label = name + " (bản " + p.number() + ")";
      if (move) {
        label =
            "Điều chuyển cán bộ " + subjectId.substring(subjectId.indexOf('/') + 1) + " — " + label;
      }
      return Optional.of(new Described(label, "/plans/versions/" + p.id()));
    } catch (NumberFormatException | NotFoundException e) {
      return Optional.empty();
    }
  }
}
