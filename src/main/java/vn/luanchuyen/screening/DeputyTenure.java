package vn.luanchuyen.screening;

import java.util.List;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.RuleId;

/**
 * Hà Đông plan 2022–2025: in 2022–2023 also move deputies who have held one post for 5 years or
 * more (the policy's deputy tenure), only within the rule's phases; outside them a deputy's seat is
 * exempt, with the phases as the reason. Sets {@link Screened#mustMoveDeputy}.
 */
final class DeputyTenure extends TenureRule {

  private final boolean inForce;
  private final List<String> phases;

  DeputyTenure(RuleContext context) {
    super(context, RuleId.DEPUTY_TENURE, context.policy().thresholds().deputyTenureMonths());
    this.inForce = context.policy().ruleInForce(RuleId.DEPUTY_TENURE, context.asOf());
    this.phases =
        context.policy().phasesOf(RuleId.DEPUTY_TENURE).stream().map(Policy.Phase::name).toList();
  }

  @Override
  public void apply(Screened cadre, Verdicts out) {
    RegistrySnapshot snapshot = context.snapshot();
    for (SeatRun run : cadre.seats) {
      if (snapshot.positionRank[run.position()] != PositionRank.DEPUTY) {
        continue;
      }
      Position seat = snapshot.positions[run.position()];
      if (!inForce) {
        if (out.note(rule, Outcome.EXEMPT)) {
          out.explain(
              "deputy-tenure-outside-phase",
              "deputy-tenure.outsidePhase",
              Facts.of(
                  "position",
                  seat.code(),
                  "positionName",
                  RuleContext.nameOf(seat),
                  "thresholdMonths",
                  threshold,
                  "phases",
                  phases,
                  "asOf",
                  context.asOf()));
        }
      } else if (run.uncertain()) {
        undecided(seat.code(), out);
      } else {
        cadre.mustMoveDeputy |= tenure(seat, run, cadre, out) == Outcome.MUST_MOVE;
      }
    }
    if (inForce) {
      for (String code : cadre.unknownSeats) {
        undecided(code, out);
      }
    }
  }
}
