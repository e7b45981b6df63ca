package vn.luanchuyen.screening;

import java.util.Arrays;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.policy.RuleId;

/**
 * What the two tenure rules share: a tenure at or above the threshold requires a move, unless the
 * cadre retires within the policy's retirement floor (exempt: the Board plans a successor) or is
 * already past the retirement month (exempt: a data problem, reported as such); a seat of unknown
 * rank or a broken history leaves the rule undecided.
 */
abstract class TenureRule implements ScreeningRule {

  final RuleContext context;
  final RuleId rule;
  final int threshold;

  TenureRule(RuleContext context, RuleId rule, int threshold) {
    this.context = context;
    this.rule = rule;
    this.threshold = threshold;
  }

  /** The verdict on one held seat; MUST_MOVE when the cadre must move. */
  final Outcome tenure(Position seat, SeatRun run, Screened cadre, Verdicts out) {
    long tenure = run.tenureMonths(context.asOf());
    Integer remaining = cadre.remaining;
    if (tenure < threshold) {
      if (out.note(rule, Outcome.EXEMPT)) {
        out.explain(rule.id() + "-below", rule.id() + ".below", Facts.of(facts(seat, run, tenure)));
      }
      return Outcome.EXEMPT;
    }
    if (remaining != null && remaining < 0) {
      if (out.note(rule, Outcome.EXEMPT)) {
        out.explain(
            rule.id() + "-past-retirement",
            rule.id() + ".pastRetirement",
            Facts.of(
                append(
                    facts(seat, run, tenure),
                    "retirementMonth",
                    cadre.retirement.month(),
                    "monthsPast",
                    Facts.number(-remaining))));
      }
      return Outcome.EXEMPT;
    }
    if (context.forms().retiring(remaining)) {
      if (out.note(rule, Outcome.EXEMPT)) {
        out.explain(
            rule.id() + "-retiring",
            rule.id() + ".retiring",
            Facts.of(
                append(
                    facts(seat, run, tenure),
                    "retirementMonth",
                    cadre.retirement.month(),
                    "remainingMonths",
                    Facts.number(remaining),
                    "floorMonths",
                    context.policy().thresholds().retirementFloorMonths())));
      }
      return Outcome.EXEMPT;
    }
    if (out.note(rule, Outcome.MUST_MOVE)) {
      out.explain(
          rule.id() + "-reached", rule.id() + ".reached", Facts.of(facts(seat, run, tenure)));
    }
    return Outcome.MUST_MOVE;
  }

  /** A seat whose tenure cannot be counted: unknown rank, unknown seat or a broken history. */
  final void undecided(String positionCode, Verdicts out) {
    if (out.note(rule, Outcome.UNDECIDED)) {
      out.explain(
          rule.id() + "-undecided",
          rule.id() + ".undecided",
          Facts.of("position", positionCode, "thresholdMonths", threshold));
    }
  }

  /** The facts of a tenure verdict, as {@code name, value, ...}. */
  private Object[] facts(Position seat, SeatRun run, long tenure) {
    return new Object[] {
      "position",
      seat.code(),
      "positionName",
      RuleContext.nameOf(seat),
      "unit",
      seat.unitCode(),
      "sinceDate",
      run.since(),
      "tenureMonths",
      Facts.number(tenure),
      "thresholdMonths",
      threshold
    };
  }

  static Object[] append(Object[] base, Object... more) {
    Object[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
