package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.policy.RuleId;

/**
 * For a cadre who must move, screening names the forms of a move open to them and why; a cadre
 * within the retirement floor is exempt, and one past retirement is a data problem, never a move.
 */
class MoveFormsTests extends ScreeningScenario {

  private static final String EXEMPTION = "không phải điều chuyển";

  private RegistryFixture.CadreBuilder aHeadOfTenYears(String code) {
    return aCadre(code).holding(homeAffairsHead).since(date(2012, 6, 1));
  }

  private static Verdict form(CadreScreening c, AssignmentForm form) {
    List<Verdict> verdicts =
        c.verdictsOf(RuleId.MOVE_FORM).stream().filter(v -> v.facts().get("form") == form).toList();
    assertThat(verdicts).as("verdict of %s", form).hasSize(1);
    return verdicts.get(0);
  }

  @Test
  void aHeadNotInPlanningCannotBeRotatedButMayBeTransferred() {
    CadreScreening c = screen(aHeadOfTenYears("CB1"));

    Verdict rotation = form(c, AssignmentForm.LUAN_CHUYEN);
    assertThat(rotation.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(rotation.facts().get("refusals")).isEqualTo(List.of("not-planned"));
    assertThat(rotation.sentence()).isEqualTo("Không thể luân chuyển: không trong quy hoạch");
    assertThat(form(c, AssignmentForm.DIEU_DONG).outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(form(c, AssignmentForm.DIEU_DONG).sentence()).isEqualTo("Có thể điều động");
    assertThat(form(c, AssignmentForm.CHUYEN_DOI).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void aHeadInPlanningWithTenYearsLeftMayBeRotated() {
    CadreScreening c = screen(aHeadOfTenYears("CB1").planned("BI_THU", "2025-2030"));

    assertThat(form(c, AssignmentForm.LUAN_CHUYEN).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void aTwoTermHeadNeedsOneTermUnderTheException() {
    CadreScreening sixty =
        screen(
            aHeadOfTenYears("CB1")
                .planned("TRUONG_PHONG", "2025-2030")
                .retiringBy(YearMonth.of(2027, 6), "Quyết định nghỉ hưu"));
    CadreScreening fiftyNine =
        screen(
            aHeadOfTenYears("CB2")
                .planned("TRUONG_PHONG", "2025-2030")
                .retiringBy(YearMonth.of(2027, 5), "Quyết định nghỉ hưu"));

    assertThat(sixty.remainingMonths()).isEqualTo(60);
    assertThat(form(sixty, AssignmentForm.LUAN_CHUYEN).outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(fiftyNine.remainingMonths()).isEqualTo(59);
    Verdict rotation = form(fiftyNine, AssignmentForm.LUAN_CHUYEN);
    assertThat(rotation.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(rotation.facts().get("refusals")).isEqualTo(List.of("remaining-short-exception"));
    assertThat(form(fiftyNine, AssignmentForm.DIEU_DONG).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void aDeputyNeedsTwoTermsToBeRotated() {
    CadreScreening twoTerms =
        screen(
            aCadre("CB1")
                .holding(homeAffairsDeputy)
                .since(date(2016, 1, 1))
                .planned("TRUONG_PHONG", "2025-2030")
                .retiringBy(YearMonth.of(2032, 6), "Quyết định nghỉ hưu"));
    CadreScreening oneMonthShort =
        screen(
            aCadre("CB2")
                .holding(homeAffairsDeputy)
                .since(date(2016, 1, 1))
                .planned("TRUONG_PHONG", "2025-2030")
                .retiringBy(YearMonth.of(2032, 5), "Quyết định nghỉ hưu"));

    assertThat(form(twoTerms, AssignmentForm.LUAN_CHUYEN).outcome()).isEqualTo(Outcome.ELIGIBLE);
    Verdict rotation = form(oneMonthShort, AssignmentForm.LUAN_CHUYEN);
    assertThat(rotation.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(rotation.sentence()).contains("còn 9 năm 11 tháng công tác, chưa đủ 10 năm");
  }

  @Test
  void eighteenMonthsToRetirementStillMustMove() {
    CadreScreening c =
        screen(aHeadOfTenYears("CB1").retiringBy(YearMonth.of(2023, 12), "Quyết định nghỉ hưu"));

    assertThat(c.remainingMonths()).isEqualTo(18);
    assertThat(only(c, RuleId.HEAD_TENURE).outcome()).isEqualTo(Outcome.MUST_MOVE);
    assertThat(c.mustMove()).isTrue();
  }

  @Test
  void seventeenMonthsToRetirementIsExemptAndTheSeatNeedsASuccessor() {
    CadreScreening c =
        screen(aHeadOfTenYears("CB1").retiringBy(YearMonth.of(2023, 11), "Quyết định nghỉ hưu"));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(v.reasonCode()).isEqualTo("head-tenure-retiring");
    assertThat(v.sentence())
        .contains("nghỉ hưu tháng 11/2023")
        .contains(EXEMPTION)
        .contains("người kế nhiệm");
    assertThat(c.mustMove()).isFalse();
    assertThat(c.verdictsOf(RuleId.MOVE_FORM)).isEmpty();

    ScreeningLists lists =
        ScreeningLists.of(
            new RotationScreening().screen(registry.snapshot(), HADONG, AS_OF),
            registry.snapshot());
    assertThat(lists.headsMustMove()).isEmpty();
    assertThat(lists.retiring()).extracting(ScreeningLists.Entry::code).containsExactly("CB1");
  }

  @Test
  void aHeadPastRetirementWhoStillHoldsTheSeatIsADataProblemNeverAMove() {
    CadreScreening c =
        screen(aHeadOfTenYears("CB1").retiringBy(YearMonth.of(2020, 10), "Quyết định nghỉ hưu"));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(v.reasonCode()).isEqualTo("head-tenure-past-retirement");
    assertThat(v.sentence())
        .doesNotContain("-")
        .contains("đã quá tháng nghỉ hưu (10/2020) 1 năm 8 tháng");
    assertThat(c.mustMove()).isFalse();
    assertThat(c.dataQuality())
        .extracting(DataQualityFinding::code)
        .contains("past-retirement-holding-seat");
    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), HADONG, AS_OF);
    assertThat(report.dataQuality())
        .filteredOn(f -> f.code().equals("past-retirement-holding-seat"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(ScreeningMessages.render(f.reason()))
                    .contains("đã quá tháng nghỉ hưu")
                    .contains("còn giữ chức vụ"));
  }
}
