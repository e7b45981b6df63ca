package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.policy.RuleId;

class YoungGrassrootsTests extends ScreeningScenario {

  @Test
  void youngPlannedCadreWithoutGrassrootsPostIsACandidate() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .born(1985, 1, 1)
                .planned("TRUONG_PHONG", "2025-2030")
                .holding(homeAffairsDeputy)
                .since(date(2020, 1, 1)));

    Verdict v = only(c, RuleId.YOUNG_GRASSROOTS);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.facts()).containsEntry("ageYears", 37);
  }

  @Test
  void cadreWhoLedAWardIsNotSentAgain() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .born(1985, 1, 1)
                .planned("TRUONG_PHONG", "2025-2030")
                .holding(wardSecretary)
                .since(date(2015, 1, 1))
                .until(date(2019, 12, 31)));

    Verdict v = only(c, RuleId.YOUNG_GRASSROOTS);
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(v.facts()).containsEntry("position", "VP-BT");
  }

  @Test
  void youngCadreOutsidePlanningIsNotEligible() {
    CadreScreening c = screen(aCadre("CB1").born(1985, 1, 1));

    assertThat(only(c, RuleId.YOUNG_GRASSROOTS).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void cadreTurningFortyIsNoLongerYoung() {
    CadreScreening c = screen(aCadre("CB1").born(1982, 6, 30).planned("TRUONG_PHONG", "2025-2030"));

    assertThat(c.verdictsOf(RuleId.YOUNG_GRASSROOTS)).isEmpty();
  }

  @Test
  void cadreOneDayShortOfFortyIsStillYoung() {
    CadreScreening c = screen(aCadre("CB1").born(1982, 7, 1).planned("TRUONG_PHONG", "2025-2030"));

    assertThat(only(c, RuleId.YOUNG_GRASSROOTS).facts()).containsEntry("ageYears", 39);
  }
}
