package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.policy.RuleId;

class DataQualityTests extends ScreeningScenario {

  @Test
  void cadreWithoutBirthDateIsReportedAndRulesSayTheyCannotDecide() {
    registry.add(aCadre("CB1").birthUnknown().holding(homeAffairsHead).since(date(2010, 1, 1)));
    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), HADONG, AS_OF);
    CadreScreening c = report.cadre("CB1").orElseThrow();

    assertThat(report.dataQuality())
        .anySatisfy(
            f -> {
              assertThat(f.cadreCode()).isEqualTo("CB1");
              assertThat(f.code()).isEqualTo("missing-birth-date");
              assertThat(f.rule()).isEqualTo(RuleId.DATA_QUALITY);
            });
    assertThat(c.dataQuality()).extracting(DataQualityFinding::code).contains("missing-birth-date");
    assertThat(c.retirementMonth()).isNull();
    assertThat(c.remainingMonths()).isNull();
    assertThat(only(c, RuleId.REMAINING_TIME).outcome()).isEqualTo(Outcome.UNDECIDED);
    assertThat(only(c, RuleId.YOUNG_GRASSROOTS).outcome()).isEqualTo(Outcome.UNDECIDED);
    assertThat(only(c, RuleId.HEAD_TENURE).outcome()).isEqualTo(Outcome.MUST_MOVE);
  }

  @Test
  void assignmentToUnknownSeatLeavesTenureUndecided() {
    CadreScreening c = screen(aCadre("CB1").holding("P-KHONG-CO").since(date(2010, 1, 1)));

    assertThat(c.dataQuality()).extracting(DataQualityFinding::code).contains("unknown-position");
    assertThat(only(c, RuleId.HEAD_TENURE).outcome()).isEqualTo(Outcome.UNDECIDED);
    assertThat(only(c, RuleId.DEPUTY_TENURE).outcome()).isEqualTo(Outcome.UNDECIDED);
  }

  @Test
  void stayEndingBeforeItStartsLeavesThatSeatUndecided() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(homeAffairsHead)
                .since(date(2010, 1, 1))
                .until(date(2009, 1, 1))
                .holding(homeAffairsHead)
                .since(date(2015, 1, 1)));

    assertThat(c.dataQuality()).extracting(DataQualityFinding::code).contains("end-before-start");
    assertThat(only(c, RuleId.HEAD_TENURE).outcome()).isEqualTo(Outcome.UNDECIDED);
  }

  @Test
  void overlappingStaysInOneSeatAreReportedAndMerged() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(homeAffairsHead)
                .since(date(2010, 1, 1))
                .until(date(2016, 1, 1))
                .holding(homeAffairsHead)
                .since(date(2015, 1, 1)));

    assertThat(c.dataQuality()).extracting(DataQualityFinding::code).contains("overlapping-stays");
    assertThat(only(c, RuleId.HEAD_TENURE).facts()).containsEntry("sinceDate", date(2010, 1, 1));
  }

  @Test
  void twoCadresInOneSeatAtOnceAreReported() {
    registry.add(aCadre("CB1").holding(homeAffairsHead).since(date(2010, 1, 1)));
    registry.add(aCadre("CB2").holding(homeAffairsHead).since(date(2020, 1, 1)));

    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), HADONG, AS_OF);

    assertThat(report.dataQuality())
        .filteredOn(f -> f.code().equals("shared-seat"))
        .singleElement()
        .satisfies(
            f -> assertThat(ScreeningMessages.render(f.reason())).contains("CB1").contains("CB2"));
  }

  @Test
  void recordsOfUnknownCadresAreReported() {
    registry.assignments.add(
        new vn.luanchuyen.cadre.Assignment(
            null, "CB-MA", "P-NV-TP", date(2020, 1, 1), null, null, null, 0));

    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), HADONG, AS_OF);

    assertThat(report.dataQuality()).extracting(DataQualityFinding::code).contains("unknown-cadre");
  }
}
