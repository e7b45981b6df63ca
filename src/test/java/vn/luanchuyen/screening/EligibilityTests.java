package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.policy.RuleId;

class EligibilityTests extends ScreeningScenario {

  @Test
  void cadreInPlanningWithCleanRecordIsEligible() {
    CadreScreening c =
        screen(
            aCadre("CB1").planned("TRUONG_PHONG", "2020-2025").graded(2021, AssessmentGrade.HTTNV));

    Verdict v = only(c, RuleId.ELIGIBILITY);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.sentence()).contains("trong quy hoạch");
  }

  @Test
  void planningForAnEndedTermDoesNotCount() {
    CadreScreening c = screen(aCadre("CB1").planned("TRUONG_PHONG", "2015-2020"));

    assertThat(only(c, RuleId.ELIGIBILITY).reasonCode()).isEqualTo("eligibility-not-planned");
  }

  @Test
  void disciplineNoLongerInForceDoesNotCount() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .planned("TRUONG_PHONG", "2020-2025")
                .disciplined(DisciplineForm.CANH_CAO, date(2020, 1, 1), date(2021, 1, 1)));

    assertThat(only(c, RuleId.ELIGIBILITY).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void failedGradeOlderThanTwoYearsDoesNotCount() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .planned("TRUONG_PHONG", "2020-2025")
                .graded(2019, AssessmentGrade.KHTNV)
                .graded(2020, AssessmentGrade.HTNV));

    assertThat(only(c, RuleId.ELIGIBILITY).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void failedGradeLastYearRulesTheCadreOut() {
    CadreScreening c =
        screen(
            aCadre("CB1").planned("TRUONG_PHONG", "2020-2025").graded(2020, AssessmentGrade.KHTNV));

    Verdict v = only(c, RuleId.ELIGIBILITY);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(v.sentence()).contains("không hoàn thành nhiệm vụ").contains("2020");
  }
}
