package vn.luanchuyen.planning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalRefused;
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

  /**
   * A saved version as people name it: "Phương án Đợt 1 (bản 2)"; a name that already starts with
   * the word for plan is not given it twice.
   */
  static String label(SavedPlan p) {
    String word = PlanningMessages.render("plans.subject.word", Map.of());
    boolean named = p.name().toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT));
    return PlanningMessages.render(
        named ? "plans.subject.version.named" : "plans.subject.version",
        Map.of("plan", p.name(), "number", p.number()));
  }

  @Override
  public Optional<Described> describe(String subjectType, String subjectId) {
    try {
      PlanDecisions.Subject subject = PlanDecisions.Subject.of(subjectType, subjectId);
      if (subject == null) {
        return Optional.empty();
      }
      SavedPlan p = versions.get(subject.planId());
      String label =
          subject.cadre() == null
              ? label(p)
              : PlanningMessages.render(
                  "plans.subject.move", Map.of("cadre", subject.cadre(), "version", label(p)));
      return Optional.of(new Described(label, "/plans/versions/" + p.id()));
    } catch (ApprovalRefused | NotFoundException e) {
      return Optional.empty();
    }
  }
}
