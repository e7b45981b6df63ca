package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.policy.RuleId;

class DeputyTenureTests extends ScreeningScenario {

  @Test
  void mustMoveDeputyAfterFiveYearsIn2022() {
    CadreScreening c = screen(aCadre("CB1").holding(homeAffairsDeputy).since(date(2017, 6, 30)));

    Verdict v = only(c, RuleId.DEPUTY_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.MUST_MOVE);
    assertThat(v.facts()).containsEntry("tenureMonths", 60);
  }

  @Test
  void deputyOneMonthShortOfFiveYearsNeedNotMove() {
    CadreScreening c = screen(aCadre("CB1").holding(homeAffairsDeputy).since(date(2017, 7, 1)));

    Verdict v = only(c, RuleId.DEPUTY_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(v.facts()).containsEntry("tenureMonths", 59);
  }

  @Test
  void deputyRuleDoesNotApplyAfterItsPhase() {
    CadreScreening c =
        screen(
            aCadre("CB1").holding(homeAffairsDeputy).since(date(2010, 1, 1)),
            HADONG,
            date(2024, 1, 1));

    Verdict v = only(c, RuleId.DEPUTY_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(v.reasonCode()).isEqualTo("deputy-tenure-outside-phase");
    assertThat(v.sentence()).contains("Giai đoạn 2022–2023").contains("01/01/2024");
  }

  @Test
  void deputyRuleDoesNotExistUnderQd65() {
    CadreScreening c =
        screen(aCadre("CB1").holding(homeAffairsDeputy).since(date(2010, 1, 1)), QD65, AS_OF);

    assertThat(c.verdictsOf(RuleId.DEPUTY_TENURE)).isEmpty();
  }
}
