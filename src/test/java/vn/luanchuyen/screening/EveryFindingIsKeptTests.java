package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.policy.RuleId;

class EveryFindingIsKeptTests extends ScreeningScenario {

  @Test
  void longTenuredHeadShortOfTimeGetsBothVerdicts() {
    CadreScreening c =
        screen(aCadre("CB1").man().born(1964, 1).holding(homeAffairsHead).since(date(2010, 1, 1)));

    assertThat(only(c, RuleId.HEAD_TENURE).outcome()).isEqualTo(Outcome.MUST_MOVE);
    assertThat(only(c, RuleId.REMAINING_TIME).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(c.mustMove()).isTrue();
  }

  @Test
  void reportsEveryFailedEligibilityCheck() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .disciplined(DisciplineForm.KHIEN_TRACH, date(2022, 3, 1), date(2023, 2, 28))
                .graded(2021, AssessmentGrade.KHTNV));

    assertThat(c.verdictsOf(RuleId.ELIGIBILITY))
        .extracting(Verdict::reasonCode)
        .containsExactly(
            "eligibility-not-planned", "eligibility-disciplined", "eligibility-failed-assessment");
    assertThat(c.verdictsOf(RuleId.ELIGIBILITY)).allMatch(v -> v.outcome() == Outcome.NOT_ELIGIBLE);
  }
}
