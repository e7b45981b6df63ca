package vn.luanchuyen.planning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.SubjectDescription;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.shared.NotFoundException;

/** Names the saved plan versions, and single moves of them, that approval cases are about. */
@Component
class PlanSubjects implements SubjectDescription {
  private final PlanVersions versions;
  private final PlanDecisions decisions;
  private final CadreRegistry registry;

  PlanSubjects(PlanVersions versions, PlanDecisions decisions, CadreRegistry registry) {
    this.versions = versions;
    this.decisions = decisions;
    this.registry = registry;
  }

  /** The cadres who move under the case about this subject: each is voted on. */
  @Override
  public List<Described> candidates(ApprovalCase approvalCase) {
    return decisions.changesOf(approvalCase).stream()
        .map(
            c ->
                new Described(
                    registry.cadre(c.cadre()).map(Cadre::fullName).orElse(c.cadre()), c.cadre()))
        .toList();
  }

  /** A saved version as people name it: "Phương án Đợt 1 (bản 2)". */
  static String label(SavedPlan p) {
    boolean named = p.name().toLowerCase(Locale.ROOT).startsWith("phương án");
    return (named ? p.name() : "Phương án " + p.name()) + " (bản " + p.number() + ")";
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
