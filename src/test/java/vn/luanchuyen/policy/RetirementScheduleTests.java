package vn.luanchuyen.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;

import java.time.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.shared.PartialDate;

/**
 * Retirement by Labour Code 2019 art. 169 / Decree 135/2020, with the schedule read from the
 * founding policy. Expected values are worked out by hand from the rule (men 60y3m in 2021 +3
 * months a year to 62 from 2028; women 55y4m in 2021 +4 months a year to 60 from 2035; the first
 * month whose age reaches that year's requirement), not taken from the implementation.
 */
class RetirementScheduleTests {

  private final RetirementSchedule schedule =
      PolicyLoader.fromClasspath("hadong-2022").retirement();

  @ParameterizedTest(name = "{0} born {1} retires {2} at {3}y{4}m")
  @CsvSource({
    // the published points of domain.md §4
    "FEMALE, 1969-04, 2025-12, 56, 8",
    "MALE,   1964-09, 2025-12, 61, 3",
    "MALE,   1960-12, 2020-12, 60, 0",
    "FEMALE, 1965-12, 2020-12, 55, 0",
    "MALE,   1965-02, 2026-08, 61, 6",
  })
  void retiresOnEveryPublishedPoint(Sex sex, String born, String retires, int years, int months) {
    assertRetirement(sex, born, retires, years, months);
  }

  @ParameterizedTest(name = "man born {0} retires {1} at {2}y{3}m")
  @CsvSource({
    // 2020: 60y; the last man retiring in 2020
    "1960-12, 2020-12, 60, 0",
    // 2021: 60y3m; nobody retires Jan-Mar, the first in April
    "1961-01, 2021-04, 60, 3",
    "1961-09, 2021-12, 60, 3",
    // 2022: 60y6m
    "1961-10, 2022-04, 60, 6",
    "1962-06, 2022-12, 60, 6",
    // 2023: 60y9m
    "1962-07, 2023-04, 60, 9",
    "1963-03, 2023-12, 60, 9",
    // 2024: 61y
    "1963-04, 2024-04, 61, 0",
    "1963-12, 2024-12, 61, 0",
    // 2025: 61y3m
    "1964-01, 2025-04, 61, 3",
    "1964-09, 2025-12, 61, 3",
    // 2026: 61y6m
    "1964-10, 2026-04, 61, 6",
    "1965-06, 2026-12, 61, 6",
    // 2027: 61y9m
    "1965-07, 2027-04, 61, 9",
    "1966-03, 2027-12, 61, 9",
    // 2028: 62y, the final age
    "1966-04, 2028-04, 62, 0",
    "1966-12, 2028-12, 62, 0",
    // after the final age is reached, every month again
    "1967-01, 2029-01, 62, 0",
  })
  void menRetireOnEachStepOfTheirSchedule(String born, String retires, int years, int months) {
    assertRetirement(Sex.MALE, born, retires, years, months);
  }

  @ParameterizedTest(name = "woman born {0} retires {1} at {2}y{3}m")
  @CsvSource({
    "1965-12, 2020-12, 55, 0",
    // 2021: 55y4m; nobody retires Jan-Apr, the first in May
    "1966-01, 2021-05, 55, 4",
    "1966-08, 2021-12, 55, 4",
    "1966-09, 2022-05, 55, 8",
    "1967-04, 2022-12, 55, 8",
    "1967-05, 2023-05, 56, 0",
    "1967-12, 2023-12, 56, 0",
    "1968-01, 2024-05, 56, 4",
    "1968-08, 2024-12, 56, 4",
    "1968-09, 2025-05, 56, 8",
    "1969-04, 2025-12, 56, 8",
    "1969-05, 2026-05, 57, 0",
    "1969-12, 2026-12, 57, 0",
    "1970-01, 2027-05, 57, 4",
    "1970-08, 2027-12, 57, 4",
    "1970-09, 2028-05, 57, 8",
    "1971-04, 2028-12, 57, 8",
    "1971-05, 2029-05, 58, 0",
    "1971-12, 2029-12, 58, 0",
    "1972-01, 2030-05, 58, 4",
    "1972-08, 2030-12, 58, 4",
    "1972-09, 2031-05, 58, 8",
    "1973-04, 2031-12, 58, 8",
    "1973-05, 2032-05, 59, 0",
    "1973-12, 2032-12, 59, 0",
    "1974-01, 2033-05, 59, 4",
    "1974-08, 2033-12, 59, 4",
    "1974-09, 2034-05, 59, 8",
    "1975-04, 2034-12, 59, 8",
    // 2035: 60y, the final age
    "1975-05, 2035-05, 60, 0",
    "1975-12, 2035-12, 60, 0",
    "1976-01, 2036-01, 60, 0",
  })
  void womenRetireOnEachStepOfTheirSchedule(String born, String retires, int years, int months) {
    assertRetirement(Sex.FEMALE, born, retires, years, months);
  }

  @Test
  void takesJanuaryWhenOnlyTheBirthYearIsKnown() {
    YearMonth yearOnly = schedule.retirementMonth(Sex.MALE, PartialDate.ofYear(1964));
    YearMonth january = schedule.retirementMonth(Sex.MALE, PartialDate.ofMonth(1964, 1));

    assertThat(yearOnly).isEqualTo(january).isEqualTo(YearMonth.of(2025, 4));
  }

  @Test
  void ignoresTheDayOfBirthWithinTheMonth() {
    YearMonth first = schedule.retirementMonth(Sex.FEMALE, PartialDate.parse("01/04/1969"));
    YearMonth last = schedule.retirementMonth(Sex.FEMALE, PartialDate.parse("30/04/1969"));

    assertThat(first).isEqualTo(last).isEqualTo(YearMonth.of(2025, 12));
  }

  @Test
  void perCadreOverrideWinsAndIsReportedAsSuch() {
    var cadre =
        aCadre("CB1")
            .man()
            .born(1964, 9)
            .retiringBy(YearMonth.of(2023, 6), "Nghỉ hưu trước tuổi do suy giảm khả năng lao động")
            .build();

    Retirement retirement = schedule.retirementOf(cadre).orElseThrow();

    assertThat(retirement.month()).isEqualTo(YearMonth.of(2023, 6));
    assertThat(retirement.overridden()).isTrue();
    assertThat(retirement.overrideReason()).contains("suy giảm khả năng lao động");
    assertThat(retirement.age()).isEqualTo(Period.of(58, 9, 0));
  }

  @Test
  void countsRemainingMonthsFromTheReferenceMonth() {
    Retirement retirement =
        schedule.retirementOf(aCadre("CB1").woman().born(1969, 4).build()).orElseThrow();

    assertThat(retirement.remainingMonthsAt(YearMonth.of(2022, 6))).isEqualTo(42);
    assertThat(retirement.remainingMonthsAt(YearMonth.of(2025, 12))).isZero();
    assertThat(retirement.remainingMonthsAt(YearMonth.of(2026, 1))).isEqualTo(-1);
  }

  @Test
  void cannotComputeWithoutBirthDateOrSex() {
    assertThat(schedule.retirementOf(aCadre("CB1").birthUnknown().build())).isEmpty();
    assertThat(schedule.retirementOf(aCadre("CB2").sexUnknown().build())).isEmpty();
  }

  private void assertRetirement(Sex sex, String born, String retires, int years, int months) {
    YearMonth birth = YearMonth.parse(born);
    var builder = aCadre("X").born(birth.getYear(), birth.getMonthValue());
    var cadre = (sex == Sex.MALE ? builder.man() : builder.woman()).build();

    Retirement retirement = schedule.retirementOf(cadre).orElseThrow();

    assertThat(retirement.month()).isEqualTo(YearMonth.parse(retires));
    assertThat(retirement.age()).isEqualTo(Period.of(years, months, 0));
    assertThat(retirement.overridden()).isFalse();
  }
}
