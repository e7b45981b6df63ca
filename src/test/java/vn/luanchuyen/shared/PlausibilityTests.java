package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlausibilityTests {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void aCadreIsBornIn1930OrLater() {
    assertThat(Plausibility.birthDate("birthDate", PartialDate.ofYear(1929), TODAY))
        .get()
        .extracting(FieldProblem::messageKey)
        .isEqualTo("input.birth.tooEarly");
    assertThat(Plausibility.birthDate("birthDate", PartialDate.ofYear(1930), TODAY)).isEmpty();
  }

  @Test
  void aCadreIsEighteenOnTheDayTheRecordIsTyped() {
    assertThat(
            Plausibility.birthDate(
                "birthDate", PartialDate.ofDay(LocalDate.of(2008, 12, 5)), TODAY))
        .isEmpty();
    assertThat(
            Plausibility.birthDate(
                "birthDate", PartialDate.ofDay(LocalDate.of(2008, 12, 6)), TODAY))
        .get()
        .extracting(FieldProblem::messageKey)
        .isEqualTo("input.birth.underAge");
  }

  @Test
  void aPartyAdmissionComesOnOrAfterTheSixteenthBirthdayAndNotAfterToday() {
    PartialDate birth = PartialDate.ofDay(LocalDate.of(1970, 4, 12));
    assertThat(Plausibility.partyJoinDate("p", LocalDate.of(1986, 4, 12), birth, TODAY)).isEmpty();
    assertThat(Plausibility.partyJoinDate("p", LocalDate.of(1986, 4, 11), birth, TODAY))
        .get()
        .extracting(FieldProblem::messageKey)
        .isEqualTo("input.party.tooYoung");
    assertThat(Plausibility.partyJoinDate("p", LocalDate.of(1969, 1, 1), birth, TODAY))
        .get()
        .extracting(FieldProblem::messageKey)
        .isEqualTo("input.party.beforeBirth");
    assertThat(Plausibility.partyJoinDate("p", TODAY.plusDays(1), birth, TODAY))
        .get()
        .extracting(FieldProblem::messageKey)
        .isEqualTo("input.party.future");
  }

  @Test
  void anAssessmentYearIsFrom1945ToThisYear() {
    assertThat(Plausibility.assessmentYear("year", 1945, TODAY)).isEmpty();
    assertThat(Plausibility.assessmentYear("year", 2026, TODAY)).isEmpty();
    assertThat(Plausibility.assessmentYear("year", 1944, TODAY)).isPresent();
    assertThat(Plausibility.assessmentYear("year", 2027, TODAY)).isPresent();
  }

  @Test
  void aPeriodMayEndOnItsFirstDayButNotBefore() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    assertThat(Plausibility.period("to", start, start)).isEmpty();
    assertThat(Plausibility.period("to", start, null)).isEmpty();
    assertThat(Plausibility.period("to", start, start.minusDays(1)))
        .get()
        .extracting(FieldProblem::field)
        .isEqualTo("to");
  }

  @Test
  void theMessageArgumentsReadAsAUserTypesThem() {
    FieldProblem p =
        new FieldProblem("f", "k", PartialDate.ofMonth(1969, 4), LocalDate.of(2020, 1, 2), 1930);
    assertThat(p.shownArgs()).containsExactly("04/1969", "02/01/2020", "1930");
  }
}
