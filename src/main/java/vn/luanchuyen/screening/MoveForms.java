package vn.luanchuyen.screening;

import java.util.List;
import java.util.Map;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.RuleId;

/**
 * For a cadre who must move (a two-term head or a deputy past the tenure): each form of a move in
 * the policy (rotation, transfer, position change), open to the cadre or not, and why. These are
 * the conditions on the cadre ({@link LegalForms#cadreForms}); the conditions on the move are the
 * planner's. Runs after the tenure rules.
 */
final class MoveForms implements ScreeningRule {

  private final RuleContext context;

  MoveForms(RuleContext context) {
    this.context = context;
  }

  @Override
  public void apply(Screened cadre, Verdicts out) {
    if (!cadre.twoTermHead && !cadre.mustMoveDeputy) {
      return;
    }
    RegistrySnapshot snapshot = context.snapshot();
    LegalForms forms = context.forms();
    int i = cadre.index;
    Integer remaining = cadre.remaining;
    LegalForms.Mover mover =
        new LegalForms.Mover(
            cadre.twoTermHead ? Policy.Category.HEAD_TENURE : Policy.Category.DEPUTY_TENURE,
            LegalForms.plannedRoles(snapshot.planningOf(i), context.asOf()),
            remaining,
            cadre.twoTermHead,
            !forms.barringDisciplines(snapshot.disciplinesOf(i), context.asOf()).isEmpty()
                || !forms.failedYears(snapshot.assessmentsOf(i), context.asOf()).isEmpty());
    for (Map.Entry<AssignmentForm, List<LegalForms.Refusal>> e :
        forms.cadreForms(mover).entrySet()) {
      boolean open = e.getValue().isEmpty();
      if (!out.note(RuleId.MOVE_FORM, open ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE)) {
        continue;
      }
      List<String> refusals = e.getValue().stream().map(LegalForms.Refusal::code).toList();
      out.explain(
          open ? "move-form-open" : "move-form-closed",
          open ? "move-form.open" : "move-form.closed",
          Facts.of(
              "form",
              e.getKey(),
              "refusals",
              refusals,
              "remainingMonths",
              remaining == null ? null : Facts.number(remaining),
              "thresholdMonths",
              forms.requiredMonths(),
              "exceptionMonths",
              forms.exceptionMonths(),
              "exceptionRoles",
              forms.exceptionMonths() == null ? null : List.copyOf(forms.exceptionRoles())));
    }
  }
}
