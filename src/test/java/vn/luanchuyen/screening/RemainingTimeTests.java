package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.policy.RuleId;

class RemainingTimeTests extends ScreeningScenario {

  @Test
  void rotatedCadreWithTenYearsLeftIsEligible() {
    CadreScreening c = screen(aCadre("CB1").man().born(1970, 6));

    Verdict v = only(c, RuleId.REMAINING_TIME);
    assertThat(c.retirementMonth()).isEqualTo(YearMonth.of(2032, 6));
    assertThat(c.remainingMonths()).isEqualTo(120);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void cadreOneMonthShortOfTenYearsIsNotEligible() {
    CadreScreening c = screen(aCadre("CB1").man().born(1970, 5));

    Verdict v = only(c, RuleId.REMAINING_TIME);
    assertThat(c.remainingMonths()).isEqualTo(119);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(v.sentence()).contains("9 năm 11 tháng").contains("05/2032");
  }

  @Test
  void twoTermHeadNeedsOnlyOneTermUnderTheException() {
    CadreScreening c =
        screen(aCadre("CB1").man().born(1967, 6).holding(homeAffairsHead).since(date(2010, 1, 1)));

    Verdict v = only(c, RuleId.REMAINING_TIME);
    assertThat(c.remainingMonths()).isEqualTo(84);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.facts()).containsEntry("exceptionBasis", "head-tenure");
  }

  @Test
  void cadrePlannedForANonLocalPostNeedsOnlyOneTerm() {
    CadreScreening c = screen(aCadre("CB1").man().born(1967, 6).planned("BI_THU", "2020-2025"));

    Verdict v = only(c, RuleId.REMAINING_TIME);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.facts()).containsEntry("exceptionBasis", "BI_THU");
    assertThat(v.sentence()).contains("(quy hoạch chức danh Bí thư)").doesNotContain("BI_THU");
  }

  @Test
  void exceptionIsASwitchThatQd65LeavesOff() {
    CadreScreening c =
        screen(
            aCadre("CB1").man().born(1967, 6).holding(homeAffairsHead).since(date(2010, 1, 1)),
            QD65,
            AS_OF);

    assertThat(only(c, RuleId.REMAINING_TIME).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void usesTheOverriddenRetirementMonth() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .man()
                .born(1980, 1)
                .retiringBy(YearMonth.of(2024, 6), "Nghỉ hưu trước tuổi"));

    assertThat(c.retirementMonth()).isEqualTo(YearMonth.of(2024, 6));
    assertThat(c.retirementOverride()).isEqualTo("Nghỉ hưu trước tuổi");
    assertThat(only(c, RuleId.REMAINING_TIME).facts())
        .containsEntry("remainingMonths", 24)
        .containsEntry("retirementOverridden", true);
  }
}
