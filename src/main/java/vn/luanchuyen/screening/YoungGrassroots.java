package vn.luanchuyen.screening;

import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.RuleId;

/**
 * Hà Đông plan 2022–2025: young cadres (under the policy's young age) in planning who have not yet
 * led at the grassroots (a seat in a unit of a grassroots level) are rotated to wards.
 */
final class YoungGrassroots implements ScreeningRule {

  private final RuleContext context;
  private final int young;

  YoungGrassroots(RuleContext context) {
    this.context = context;
    this.young = context.policy().thresholds().youngAgeYears();
  }

  @Override
  public void apply(Screened cadre, Verdicts out) {
    RegistrySnapshot snapshot = context.snapshot();
    int i = cadre.index;
    int born = snapshot.bornDay[i];
    if (born == RegistrySnapshot.NO_DAY) {
      if (out.note(RuleId.YOUNG_GRASSROOTS, Outcome.UNDECIDED)) {
        out.explain(
            "young-grassroots-undecided",
            "young-grassroots.undecided",
            Facts.of("youngAgeYears", young));
      }
      return;
    }
    // born more than young + 1 years (of at most 366 days) ago: not young, without counting
    if ((long) context.asOfDay() - born > 366L * (young + 1)) {
      return;
    }
    if (!context.forms().young(snapshot.cadres[i], context.asOf())) {
      return;
    }
    int age = LegalForms.ageYears(snapshot.cadres[i], context.asOf());
    int[] seatOf = snapshot.stayPosition;
    boolean unknownHistory = false;
    for (int s = snapshot.stayFrom[i]; s < snapshot.stayFrom[i + 1]; s++) {
      // an unknown start is NO_DAY: not after the as-of date
      if (snapshot.stayStart[s] > context.asOfDay()) {
        continue;
      }
      Unit unit = seatOf[s] < 0 ? null : snapshot.unitOfPosition(seatOf[s]);
      if (unit == null) {
        unknownHistory = true;
      } else if (context.policy().grassrootsLevels().contains(unit.levelCode())) {
        if (out.note(RuleId.YOUNG_GRASSROOTS, Outcome.EXEMPT)) {
          out.explain(
              "young-grassroots-served",
              "young-grassroots.served",
              Facts.of(
                  "ageYears",
                  Facts.number(age),
                  "youngAgeYears",
                  young,
                  "position",
                  snapshot.stayPositionCode(s),
                  "positionName",
                  RuleContext.nameOf(snapshot.positions[seatOf[s]]),
                  "unit",
                  unit.code()));
        }
        return;
      }
    }
    if (unknownHistory) {
      if (out.note(RuleId.YOUNG_GRASSROOTS, Outcome.UNDECIDED)) {
        out.explain(
            "young-grassroots-unknown-history",
            "young-grassroots.unknownHistory",
            Facts.of("ageYears", age, "youngAgeYears", young));
      }
      return;
    }
    boolean planned = context.inPlanning(i);
    if (out.note(RuleId.YOUNG_GRASSROOTS, planned ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE)) {
      out.explain(
          planned ? "young-grassroots-candidate" : "young-grassroots-not-planned",
          planned ? "young-grassroots.candidate" : "young-grassroots.notPlanned",
          Facts.of("ageYears", age, "youngAgeYears", young));
    }
  }
}
