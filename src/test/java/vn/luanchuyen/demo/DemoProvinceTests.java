package vn.luanchuyen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.importexport.RegistryValidator;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.Outcome;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.TargetResult;
import vn.luanchuyen.screening.Verdict;

/** The demo province after the merger of 1 July 2025. */
class DemoProvinceTests {

  static RegistryContent province;

  @BeforeAll
  static void generate() {
    province = DemoProvince.generate(2025);
  }

  static RegistrySnapshot snapshot(RegistryContent c) {
    return RegistrySnapshot.of(c);
  }

  @Test
  void theSameSeedGivesTheSameProvinceAndAnotherSeedAnotherOne() {
    assertThat(DemoProvince.generate(2025, 5)).isEqualTo(DemoProvince.generate(2025, 5));
    assertThat(DemoProvince.generate(2026, 5)).isNotEqualTo(DemoProvince.generate(2025, 5));
  }

  @Test
  void hasOneHundredTwentySixCommunesAndWardsAndBetweenFourAndSevenThousandCadres() {
    long communes =
        province.units().stream()
            .filter(u -> u.typeCode().equals("CAP_UY") && u.validTo() == null)
            .filter(u -> u.levelCode().equals("XA") || u.levelCode().equals("PHUONG"))
            .count();
    assertThat(communes).isEqualTo(126);
    assertThat(province.cadres()).hasSizeBetween(4000, 7000);
    assertThat(province.units()).extracting(Unit::name).allMatch(n -> !n.isBlank());
    assertThat(
            province.units().stream()
                .filter(u -> u.levelCode().equals("XA") && u.validTo() == null)
                .map(Unit::name)
                .filter(n -> n.startsWith("Đảng ủy"))
                .toList())
        .allMatch(n -> n.contains("mô phỏng"));
  }

  @Test
  void atLeastAQuarterOfTheCadresAreWomen() {
    long women = province.cadres().stream().filter(c -> c.sex() == Sex.FEMALE).count();
    assertThat((double) women / province.cadres().size()).isGreaterThanOrEqualTo(0.25);
  }

  @Test
  void theImportCheckFindsNoProblem() {
    assertThat(
            new RegistryValidator(java.time.Clock.systemDefaultZone())
                .validate(province, RegistryContent.empty()))
        .isEmpty();
  }

  @Test
  void nothingIsRecordedAfterTheReferenceDateAndOldUnitsEndTheDayBeforeTheMerger() {
    for (Assignment a : province.assignments()) {
      assertThat(a.startDate()).isBeforeOrEqualTo(DemoProvince.REFERENCE_DATE);
    }
    assertThat(province.units())
        .filteredOn(u -> u.validTo() != null)
        .allSatisfy(u -> assertThat(u.validTo()).isEqualTo(DemoProvince.MERGER.minusDays(1)));
    assertThat(province.units())
        .filteredOn(u -> !u.predecessorCodes().isEmpty())
        .allSatisfy(u -> assertThat(u.validFrom()).isEqualTo(DemoProvince.MERGER));
  }

  @Test
  void someHeadsMustMoveBecauseTheirTenureCrossesTheMerger() {
    ScreeningReport report =
        new RotationScreening()
            .screen(
                snapshot(province),
                PolicyLoader.fromClasspath("province-2025"),
                DemoProvince.REFERENCE_DATE);

    var crossing =
        report.cadres().stream()
            .flatMap(c -> c.verdictsOf(RuleId.HEAD_TENURE).stream())
            .filter(v -> v.outcome() == Outcome.MUST_MOVE)
            .filter(v -> ((LocalDate) v.facts().get("sinceDate")).isBefore(DemoProvince.MERGER))
            .map(Verdict::facts)
            .toList();
    assertThat(crossing).hasSizeGreaterThan(20);
  }

  @Test
  void someCommuneLeadersAreLocalOnlyThroughTheMergeLinks() {
    RegistrySnapshot snapshot = snapshot(province);
    TargetResult communes =
        new RotationScreening()
            .screen(
                snapshot, PolicyLoader.fromClasspath("province-2025"), DemoProvince.REFERENCE_DATE)
            .target("non-local-commune-leaders")
            .orElseThrow();
    Map<String, Cadre> cadres =
        province.cadres().stream().collect(Collectors.toMap(Cadre::code, Function.identity()));
    Set<String> oldLocalities =
        province.units().stream()
            .filter(u -> u.validTo() != null)
            .map(Unit::localityCode)
            .collect(Collectors.toSet());

    assertThat(communes.denominator()).isEqualTo(2 * 126);
    assertThat(communes.seats())
        .filteredOn(s -> Boolean.TRUE.equals(s.local()))
        .filteredOn(s -> oldLocalities.contains(cadres.get(s.holder()).hometown()))
        .isNotEmpty();
    assertThat(communes.met()).isFalse();
  }
}
