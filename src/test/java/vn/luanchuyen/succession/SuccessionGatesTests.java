package vn.luanchuyen.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.policy.AgeGatesTests;
import vn.luanchuyen.policy.SuccessionRules;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.Term;

class SuccessionGatesTests {

  static final Term TERM = Term.parse("2025-2030");
  static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  static final Map<String, String> LEVELS =
      Map.of("VP", "PHUONG", "YN", "PHUONG", "KH", "PHUONG", "LC", "PHUONG", "TC", "QUAN");

  static SuccessionRules rules(Integer maxCadresPerPost) {
    return new SuccessionRules(
        60,
        1,
        DisciplineForm.KHIEN_TRACH,
        3,
        maxCadresPerPost,
        40,
        0.15,
        0.25,
        List.of(TERM),
        java.util.Map.of());
  }

  static SuccessionEntry wanted(String cadre, String unit) {
    return new SuccessionEntry(cadre, "CHU_TICH_UBND", unit, TERM);
  }

  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  private static List<Reason> check(
      SuccessionRules rules,
      YearMonth retirement,
      List<Discipline> disciplines,
      List<SuccessionEntry> cadreEntries,
      List<SuccessionEntry> postEntries) {
    return SuccessionGates.check(
        rules,
        new SuccessionGates.Candidate(
            wanted("CB1", "VP"), retirement, disciplines, cadreEntries, postEntries, LEVELS),
        DAY);
  }

  @Test
  void sixtyMonthsLeftAtTheStartOfTheTermIsOneFullTerm() {
    assertThat(check(rules(null), YearMonth.of(2030, 1), List.of(), List.of(), List.of()))
        .isEmpty();
  }

  @Test
  void fiftyNineMonthsLeftAtTheStartOfTheTermIsRefusedWithTheMonths() {
    List<Reason> failed =
        check(rules(null), YearMonth.of(2029, 12), List.of(), List.of(), List.of());

    assertThat(codes(failed)).containsExactly("remaining-time");
    assertThat(failed.get(0).args())
        .containsEntry("months", 59L)
        .containsEntry("required", 60)
        .containsEntry("termStart", YearMonth.of(2025, 1));
  }

  @Test
  void anUnknownRetirementCannotBeCounted() {
    assertThat(codes(check(rules(null), null, List.of(), List.of(), List.of())))
        .containsExactly("retirement-unknown");
  }

  @Test
  void aReprimandInForceBlocksAndOneEndedTheDayBeforeDoesNot() {
    Discipline inForce =
        new Discipline("CB1", DisciplineForm.KHIEN_TRACH, LocalDate.of(2024, 1, 10), DAY, "x");
    Discipline ended =
        new Discipline(
            "CB1", DisciplineForm.CANH_CAO, LocalDate.of(2023, 1, 10), DAY.minusDays(1), "x");

    assertThat(
            codes(
                check(rules(null), YearMonth.of(2040, 1), List.of(inForce), List.of(), List.of())))
        .containsExactly("discipline");
    assertThat(check(rules(null), YearMonth.of(2040, 1), List.of(ended), List.of(), List.of()))
        .isEmpty();
  }

  @Test
  void aDisciplineLighterThanThePolicysThresholdDoesNotBlock() {
    SuccessionRules fromWarning =
        new SuccessionRules(
            60,
            1,
            DisciplineForm.CANH_CAO,
            3,
            null,
            40,
            0.15,
            0.25,
            List.of(TERM),
            java.util.Map.of());
    Discipline reprimand =
        new Discipline("CB1", DisciplineForm.KHIEN_TRACH, LocalDate.of(2024, 1, 10), null, "x");

    assertThat(check(fromWarning, YearMonth.of(2040, 1), List.of(reprimand), List.of(), List.of()))
        .isEmpty();
  }

  static SuccessionRules withWaitingPeriods() {
    return new SuccessionRules(
        60,
        1,
        DisciplineForm.KHIEN_TRACH,
        3,
        3,
        40,
        null,
        null,
        List.of(TERM),
        Map.of(DisciplineForm.KHIEN_TRACH, 24, DisciplineForm.CANH_CAO, 36));
  }

  @Test
  void aWarningThatEndedStillBlocksPlanningUntilThirtySixMonthsAfterItsDecision() {
    Discipline warning =
        new Discipline(
            "CB1",
            DisciplineForm.CANH_CAO,
            LocalDate.of(2021, 6, 2),
            LocalDate.of(2022, 6, 1),
            "x");

    List<Reason> failed =
        check(withWaitingPeriods(), YearMonth.of(2040, 1), List.of(warning), List.of(), List.of());

    assertThat(codes(failed)).containsExactly("discipline-waiting");
    assertThat(failed.get(0).args())
        .containsEntry("months", 36)
        .containsEntry("until", LocalDate.of(2024, 6, 1));
  }

  @Test
  void aWarningDecidedThirtySixMonthsAndADayAgoNoLongerBlocks() {
    Discipline warning =
        new Discipline(
            "CB1",
            DisciplineForm.CANH_CAO,
            LocalDate.of(2021, 6, 1),
            LocalDate.of(2022, 6, 1),
            "x");

    assertThat(
            check(
                withWaitingPeriods(),
                YearMonth.of(2040, 1),
                List.of(warning),
                List.of(),
                List.of()))
        .isEmpty();
  }

  @Test
  void aPolicyWithoutWaitingPeriodsPlansOnceTheDisciplineHasEnded() {
    Discipline warning =
        new Discipline(
            "CB1",
            DisciplineForm.CANH_CAO,
            LocalDate.of(2023, 6, 1),
            LocalDate.of(2024, 1, 1),
            "x");

    assertThat(check(rules(null), YearMonth.of(2040, 1), List.of(warning), List.of(), List.of()))
        .isEmpty();
  }

  @Test
  void aThirdPostOfOneLevelIsAllowedAndAFourthIsNot() {
    List<SuccessionEntry> two = List.of(wanted("CB1", "YN"), wanted("CB1", "KH"));
    List<SuccessionEntry> three =
        List.of(wanted("CB1", "YN"), wanted("CB1", "KH"), wanted("CB1", "LC"));
    List<SuccessionEntry> threeButOneAtDistrict =
        List.of(wanted("CB1", "YN"), wanted("CB1", "KH"), wanted("CB1", "TC"));

    assertThat(check(rules(null), YearMonth.of(2040, 1), List.of(), two, List.of())).isEmpty();
    assertThat(codes(check(rules(null), YearMonth.of(2040, 1), List.of(), three, List.of())))
        .containsExactly("posts-per-level");
    assertThat(
            check(rules(null), YearMonth.of(2040, 1), List.of(), threeButOneAtDistrict, List.of()))
        .isEmpty();
  }

  @Test
  void aThirdCadreForAPostIsAllowedAndAFourthIsNotWhereThePolicyLimitsIt() {
    List<SuccessionEntry> two = List.of(wanted("CB2", "VP"), wanted("CB3", "VP"));
    List<SuccessionEntry> three =
        List.of(wanted("CB2", "VP"), wanted("CB3", "VP"), wanted("CB4", "VP"));

    assertThat(check(rules(3), YearMonth.of(2040, 1), List.of(), List.of(), two)).isEmpty();
    assertThat(codes(check(rules(3), YearMonth.of(2040, 1), List.of(), List.of(), three)))
        .containsExactly("cadres-per-post");
    assertThat(check(rules(null), YearMonth.of(2040, 1), List.of(), List.of(), three)).isEmpty();
  }

  @Test
  void everyFailedGateIsReportedNotOnlyTheFirst() {
    Discipline inForce =
        new Discipline("CB1", DisciplineForm.KHAI_TRU, LocalDate.of(2024, 1, 10), null, "x");
    List<SuccessionEntry> three =
        List.of(wanted("CB1", "YN"), wanted("CB1", "KH"), wanted("CB1", "LC"));

    assertThat(codes(check(rules(null), YearMonth.of(2026, 1), List.of(inForce), three, List.of())))
        .containsExactly("remaining-time", "discipline", "posts-per-level");
  }

  @Nested
  class ChiThi45AgeGates {

    final SuccessionRules rules =
        new SuccessionRules(
            60,
            1,
            DisciplineForm.KHIEN_TRACH,
            3,
            null,
            40,
            null,
            null,
            List.of(TERM),
            Map.of(),
            AgeGatesTests.CHI_THI_45);

    List<Reason> secretaryOfVp(YearMonth retires, SuccessionGates.HeldSeat... held) {
      return SuccessionGates.check(
          rules,
          new SuccessionGates.Candidate(
              new SuccessionEntry("CB1", "BI_THU", "VP", TERM),
              retires,
              List.of(),
              List.of(),
              List.of(),
              LEVELS,
              Map.of("VP", "CAP_UY", "YN", "CAP_UY"),
              List.of(held),
              PartialDate.ofDay(LocalDate.of(1969, 4, 12))),
          DAY);
    }

    /** The codes of the age gates' reasons (the term's remaining-time gate is another's). */
    List<String> ageGates(List<Reason> failed) {
      return codes(failed).stream().filter(c -> c.startsWith("age-gate")).toList();
    }

    @Test
    void aCadreRetiringInMay2029IsRefusedACommuneSecretaryPoolWithTheTimeLeftInJuly2025() {
      List<Reason> failed = secretaryOfVp(YearMonth.of(2029, 5));

      assertThat(codes(failed)).contains("age-gate");
      Reason gate = failed.get(codes(failed).indexOf("age-gate"));
      assertThat(gate.args())
          .containsEntry("referenceMonth", YearMonth.of(2025, 7))
          .containsEntry("retirementMonth", YearMonth.of(2029, 5))
          .containsEntry("years", 3L)
          .containsEntry("months", 10L)
          .containsEntry("required", 60);
      var bundle = new org.springframework.context.support.ResourceBundleMessageSource();
      bundle.setBasename("i18n/reporting");
      bundle.setDefaultEncoding("UTF-8");
      bundle.setFallbackToSystemLocale(false);
      assertThat(SuccessionMessages.render(bundle, gate, java.util.Locale.forLanguageTag("vi")))
          .contains("Sinh 12/04/1969, nghỉ hưu tháng 05/2029")
          .contains("tại tháng tham chiếu 07/2025")
          .contains("chỉ còn 3 năm 10 tháng")
          .contains("chưa đủ một nhiệm kỳ (60 tháng)");
    }

    @Test
    void exactlyOneTermLeftInJuly2025PassesAndOneMonthLessIsRefused() {
      assertThat(codes(secretaryOfVp(YearMonth.of(2030, 7)))).doesNotContain("age-gate");
      assertThat(codes(secretaryOfVp(YearMonth.of(2030, 6)))).containsExactly("age-gate");
    }

    @Test
    void theSecretaryStandingAgainNeedsFortyEightMonths() {
      SuccessionGates.HeldSeat holdsIt = new SuccessionGates.HeldSeat("BI_THU", "VP");

      assertThat(ageGates(secretaryOfVp(YearMonth.of(2029, 7), holdsIt))).isEmpty();
      assertThat(ageGates(secretaryOfVp(YearMonth.of(2029, 6), holdsIt)))
          .containsExactly("age-gate-re-election");
    }

    @Test
    void aSecretaryOfAnotherWardEntersThisWardsCommitteeForTheFirstTime() {
      assertThat(
              ageGates(
                  secretaryOfVp(
                      YearMonth.of(2029, 7), new SuccessionGates.HeldSeat("BI_THU", "YN"))))
          .containsExactly("age-gate");
    }

    @Test
    void aPostNoGateCoversIsNotAgeGated() {
      List<Reason> failed =
          SuccessionGates.check(
              rules,
              new SuccessionGates.Candidate(
                  new SuccessionEntry("CB1", "TRUONG_PHONG", "VP", TERM),
                  YearMonth.of(2030, 6),
                  List.of(),
                  List.of(),
                  List.of(),
                  LEVELS,
                  Map.of("VP", "PHONG_CHUYEN_MON"),
                  List.of(),
                  null),
              DAY);

      assertThat(failed).isEmpty();
    }
  }
}
