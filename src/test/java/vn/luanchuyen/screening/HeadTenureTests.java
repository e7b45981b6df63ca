package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.policy.RuleId;

class HeadTenureTests extends ScreeningScenario {

  @Test
  void mustMoveHeadAfterEightYears() {
    CadreScreening c = screen(aCadre("CB1").holding(homeAffairsHead).since(date(2014, 6, 30)));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.MUST_MOVE);
    assertThat(v.facts())
        .containsEntry("position", "P-NV-TP")
        .containsEntry("sinceDate", date(2014, 6, 30))
        .containsEntry("tenureMonths", 96);
  }

  @Test
  void headOneMonthShortOfEightYearsNeedNotMove() {
    CadreScreening c = screen(aCadre("CB1").holding(homeAffairsHead).since(date(2014, 7, 1)));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
    assertThat(v.facts()).containsEntry("tenureMonths", 95);
    assertThat(v.sentence()).contains("7 năm 11 tháng").contains("chưa đủ 8 năm");
  }

  @Test
  void explainsTheMoveInVietnamese() {
    CadreScreening c = screen(aCadre("CB1").holding(homeAffairsHead).since(date(2013, 3, 1)));

    assertThat(only(c, RuleId.HEAD_TENURE).sentence())
        .isEqualTo(
            "Giữ chức vụ cấp trưởng Trưởng phòng Nội vụ liên tục 9 năm 3 tháng (từ 01/03/2013),"
                + " từ 8 năm trở lên");
    assertThat(ScreeningMessages.render(only(c, RuleId.HEAD_TENURE).reason(), Locale.ENGLISH))
        .isEqualTo(
            "Has held the head post Trưởng phòng Nội vụ continuously for 9 years 3 months"
                + " (since 01/03/2013), 8 years or more");
  }

  @Test
  void aGapOf31DaysDoesNotBreakTheRun() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(homeAffairsHead)
                .since(date(2010, 1, 1))
                .until(date(2015, 12, 31))
                .holding(homeAffairsHead)
                .since(date(2016, 2, 1)));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.facts()).containsEntry("sinceDate", date(2010, 1, 1));
    assertThat(v.outcome()).isEqualTo(Outcome.MUST_MOVE);
  }

  @Test
  void aGapOf32DaysStartsANewRun() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(homeAffairsHead)
                .since(date(2010, 1, 1))
                .until(date(2015, 12, 31))
                .holding(homeAffairsHead)
                .since(date(2016, 2, 2)));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.facts()).containsEntry("sinceDate", date(2016, 2, 2));
    assertThat(v.outcome()).isEqualTo(Outcome.EXEMPT);
  }

  @Test
  void countsOnlyTheSameSeat() {
    Position otherHead = registry.headSeat("P-TP-TP", homeAffairs, "Trưởng phòng Tư pháp");
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(otherHead)
                .since(date(2008, 1, 1))
                .until(date(2017, 12, 31))
                .holding(homeAffairsHead)
                .since(date(2018, 1, 1)));

    Verdict v = only(c, RuleId.HEAD_TENURE);
    assertThat(v.facts()).containsEntry("position", "P-NV-TP").containsEntry("tenureMonths", 53);
  }

  @Test
  void ignoresASeatNoLongerHeldOnTheDay() {
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(homeAffairsHead)
                .since(date(2005, 1, 1))
                .until(date(2022, 6, 29)));

    assertThat(c.verdictsOf(RuleId.HEAD_TENURE)).isEmpty();
  }

  @Test
  void reportsEverySeatHeldAtOnce() {
    Position concurrent = registry.headSeat("P-TP-TP", homeAffairs, "Trưởng phòng Tư pháp");
    CadreScreening c =
        screen(
            aCadre("CB1")
                .holding(homeAffairsHead)
                .since(date(2010, 1, 1))
                .holding(concurrent)
                .since(date(2020, 1, 1)));

    assertThat(c.verdictsOf(RuleId.HEAD_TENURE))
        .extracting(Verdict::outcome)
        .containsExactly(Outcome.MUST_MOVE, Outcome.EXEMPT);
  }
}
