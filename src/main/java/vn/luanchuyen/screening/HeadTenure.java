package vn.luanchuyen.screening;

import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.policy.RuleId;

/**
 * Quy định 65-QĐ/TW: a head who has held one post continuously for two consecutive terms (the
 * policy's head tenure, 8 years) or more must be moved. Sets {@link Screened#twoTermHead}.
 */
final class HeadTenure extends TenureRule {

  HeadTenure(RuleContext context) {
    super(context, RuleId.HEAD_TENURE, context.policy().thresholds().headTenureMonths());
  }

  @Override
  public void apply(Screened cadre, Verdicts out) {
    RegistrySnapshot snapshot = context.snapshot();
    for (SeatRun run : cadre.seats) {
      PositionRank rank = snapshot.positionRank[run.position()];
      if (rank != PositionRank.HEAD && rank != null) {
        continue;
      }
      Position seat = snapshot.positions[run.position()];
      if (rank == null || run.uncertain()) {
        undecided(seat.code(), out);
        continue;
      }
      cadre.twoTermHead |= tenure(seat, run, cadre, out) == Outcome.MUST_MOVE;
    }
    for (String code : cadre.unknownSeats) {
      undecided(code, out);
    }
  }
}
