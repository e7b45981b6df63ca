package vn.luanchuyen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.DatePrecision;
import vn.luanchuyen.succession.SuccessionEntry;

class DemoDistrictTests {

  private static final long SEED = 2022;
  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  private static final Set<String> HA_DONG_WARDS =
      Set.of(
          "Biên Giang",
          "Đồng Mai",
          "Dương Nội",
          "Hà Cầu",
          "Kiến Hưng",
          "La Khê",
          "Mộ Lao",
          "Nguyễn Trãi",
          "Phú La",
          "Phú Lãm",
          "Phú Lương",
          "Phúc La",
          "Quang Trung",
          "Vạn Phúc",
          "Văn Quán",
          "Yên Nghĩa",
          "Yết Kiêu");

  private static RegistryContent haDong;
  private static RegistryFigures figures;

  @BeforeAll
  static void generateHaDong() {
    haDong = DemoDistrict.generate(SEED);
    figures = new RegistryFigures(haDong, AS_OF);
  }

  @Test
  void sameSeedAndCountGiveEqualContent() {
    assertThat(DemoDistrict.generate(SEED, 300)).isEqualTo(haDong);
    assertThat(DemoDistrict.generate(99, 1234)).isEqualTo(DemoDistrict.generate(99, 1234));
  }

  @Test
  void differentSeedGivesDifferentContent() {
    RegistryContent other = DemoDistrict.generate(SEED + 1);
    assertThat(other.cadres()).isNotEqualTo(haDong.cadres());
    assertThat(other.assignments()).isNotEqualTo(haDong.assignments());
  }

  @Test
  void defaultIsHaDongAloneWithAboutThreeHundredCadres() {
    assertThat(haDong.cadres()).hasSize(DemoDistrict.DEFAULT_CADRES);
    assertThat(haDong.units())
        .filteredOn(u -> u.levelCode().equals("QUAN") && u.parentCode() == null)
        .extracting(Unit::name)
        .containsExactly("Quận ủy Hà Đông", "UBND quận Hà Đông");
  }

  @Test
  void hasTheSeventeenWardsOfHaDongByTheirRealNames() {
    Set<String> partyCommittees = wardNames("CAP_UY", "Đảng ủy phường ");
    Set<String> peoplesCommittees = wardNames("UBND", "UBND phường ");
    assertThat(partyCommittees).isEqualTo(HA_DONG_WARDS);
    assertThat(peoplesCommittees).isEqualTo(HA_DONG_WARDS);

    Map<String, Set<String>> localitiesByWard = new HashMap<>();
    for (Unit unit : haDong.units()) {
      if (unit.levelCode().equals("PHUONG")) {
        String ward = unit.name().substring(unit.name().indexOf("phường ") + "phường ".length());
        localitiesByWard.computeIfAbsent(ward, w -> new HashSet<>()).add(unit.localityCode());
      }
    }
    assertThat(localitiesByWard).hasSize(17);
    assertThat(localitiesByWard.values()).allSatisfy(codes -> assertThat(codes).hasSize(1));
    assertThat(localitiesByWard.get("Vạn Phúc")).containsExactly("HD-VANPHUC");
  }

  @Test
  void hasTwelveSpecialisedDepartmentsAndEveryBlock() {
    assertThat(haDong.units())
        .filteredOn(u -> u.typeCode().equals("PHONG_CHUYEN_MON"))
        .extracting(Unit::name)
        .hasSize(12)
        .contains("Phòng Nội vụ", "Thanh tra quận", "Văn phòng HĐND và UBND quận");
    Set<Block> blocks = EnumSet.noneOf(Block.class);
    haDong.units().forEach(u -> blocks.add(u.block()));
    assertThat(blocks).containsExactlyInAnyOrder(Block.values());
    assertThat(haDong.units())
        .extracting(Unit::typeCode)
        .contains("CAP_UY", "UBND", "BAN_DANG", "MTTQ", "DOAN_THE", "SU_NGHIEP");
  }

  @Test
  void seatsAreNamedInVietnameseAndSomeStayVacant() {
    assertThat(haDong.positions())
        .extracting(Position::name)
        .contains("Bí thư Đảng ủy phường Vạn Phúc", "Phó Trưởng phòng Nội vụ");
    assertThat(haDong.positions())
        .filteredOn(p -> p.code().equals("P-VANPHUC-BT"))
        .singleElement()
        .satisfies(p -> assertThat(p.roleKey()).isEqualTo("BI_THU"));
    Set<String> filled =
        haDong.assignments().stream()
            .filter(a -> a.heldOn(AS_OF))
            .map(Assignment::positionCode)
            .collect(Collectors.toSet());
    assertThat(haDong.positions().size() - filled.size()).isBetween(3, 40);
  }

  @Test
  void atLeastAQuarterOfCadresAreWomen() {
    long women = haDong.cadres().stream().filter(c -> c.sex() == Sex.FEMALE).count();
    assertThat(women / (double) haDong.cadres().size()).isGreaterThanOrEqualTo(0.25);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 150, 299, 300, 301, 1234})
  void returnsExactlyTheCadresAskedFor(int count) {
    RegistryContent content = DemoDistrict.generate(SEED, count);
    assertThat(content.cadres()).hasSize(count);
    assertThat(content.cadres()).extracting(Cadre::code).doesNotHaveDuplicates();
    assertThat(content.cadres().get(0).code()).isEqualTo("CB0001");
    assertEveryReferenceResolves(content);
    assertNoSeatHasTwoHoldersOnOneDay(content);
  }

  @Test
  void everyReferenceResolves() {
    assertEveryReferenceResolves(haDong);
  }

  @Test
  void noTwoCadresHoldOneSeatOnTheSameDay() {
    assertNoSeatHasTwoHoldersOnOneDay(haDong);
  }

  @Test
  void noCadreHasOverlappingStaysInOneSeat() {
    Map<String, List<Assignment>> byCadreAndSeat = new HashMap<>();
    for (Assignment a : haDong.assignments()) {
      byCadreAndSeat
          .computeIfAbsent(a.cadreCode() + "|" + a.positionCode(), k -> new ArrayList<>())
          .add(a);
    }
    for (List<Assignment> stays : byCadreAndSeat.values()) {
      for (int i = 0; i < stays.size(); i++) {
        for (int j = i + 1; j < stays.size(); j++) {
          assertThat(stays.get(i).overlaps(stays.get(j))).as("%s", stays).isFalse();
        }
      }
    }
  }

  @Test
  void nothingIsRecordedAfterTheReferenceDate() {
    for (Assignment a : haDong.assignments()) {
      assertThat(a.startDate()).isBeforeOrEqualTo(AS_OF);
      if (a.endDate() != null) {
        assertThat(a.endDate()).isBefore(AS_OF).isAfterOrEqualTo(a.startDate());
      }
    }
    for (Cadre c : haDong.cadres()) {
      if (c.birthDate() != null) {
        assertThat(c.birthDate().date()).isBefore(c.partyJoinDate());
      }
      assertThat(c.partyJoinDate()).isBeforeOrEqualTo(AS_OF);
    }
    assertThat(haDong.disciplines()).allSatisfy(d -> assertThat(d.decidedOn()).isBefore(AS_OF));
    assertThat(haDong.assessments()).allSatisfy(a -> assertThat(a.year()).isBetween(2017, 2021));
  }

  @Test
  void everyCadreHoldsOneSeatTodayAndMostCareersReachBackTenYears() {
    Map<String, Long> open =
        haDong.assignments().stream()
            .filter(a -> a.endDate() == null)
            .collect(Collectors.groupingBy(Assignment::cadreCode, Collectors.counting()));
    assertThat(open).hasSize(haDong.cadres().size());
    assertThat(open.values()).containsOnly(1L);

    Map<String, Long> years = figures.historyYears();
    assertThat(years.values()).allSatisfy(y -> assertThat(y).isLessThanOrEqualTo(25));
    long atLeastTen = years.values().stream().filter(y -> y >= 10).count();
    assertThat(atLeastTen).isGreaterThan(haDong.cadres().size() * 3L / 4);
  }

  @Test
  void someHeadsHaveHeldTheirPostEightYearsOrMoreAndSomeNearly() {
    assertThat(figures.countTenures(PositionRank.HEAD, 96, Long.MAX_VALUE))
        .isGreaterThanOrEqualTo(3);
    assertThat(figures.countTenures(PositionRank.HEAD, 90, 95)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void someDeputiesHaveHeldTheirPostFiveYearsOrMoreAndSomeNearly() {
    assertThat(figures.countTenures(PositionRank.DEPUTY, 60, Long.MAX_VALUE))
        .isGreaterThanOrEqualTo(3);
    assertThat(figures.countTenures(PositionRank.DEPUTY, 55, 59)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aShortGapBetweenTwoStaysInOneSeatDoesNotBreakTenure() {
    LocalDate start = LocalDate.of(2013, 3, 1);
    List<Assignment> stays =
        List.of(stay(start, LocalDate.of(2015, 10, 10)), stay(LocalDate.of(2015, 11, 10), null));
    assertThat(RegistryFigures.tenureMonths(stays, AS_OF)).isEqualTo(111);
    List<Assignment> broken =
        List.of(stay(start, LocalDate.of(2015, 10, 10)), stay(LocalDate.of(2015, 11, 12), null));
    assertThat(RegistryFigures.tenureMonths(broken, AS_OF)).isEqualTo(79);
  }

  @Test
  void theDemoHoldsReappointmentsAfterAShortGap() {
    Map<String, List<Assignment>> byCadreAndSeat = new HashMap<>();
    for (Assignment a : haDong.assignments()) {
      byCadreAndSeat
          .computeIfAbsent(a.cadreCode() + "|" + a.positionCode(), k -> new ArrayList<>())
          .add(a);
    }
    long reappointed = byCadreAndSeat.values().stream().filter(stays -> stays.size() >= 2).count();
    assertThat(reappointed).isGreaterThanOrEqualTo(2);
  }

  @Test
  void fewerThanHalfOfWardSecretariesAndChairsAreNonLocal() {
    assertThat(figures.nonLocalWardLeaderShare()).isGreaterThan(0.0).isLessThan(0.5);
  }

  @Test
  void departmentsHaveOneToThreeDeputiesAndFewerThanTwoOnAverage() {
    Map<String, Integer> deputies = figures.filledDeputiesByDepartment();
    assertThat(deputies).hasSize(12);
    assertThat(deputies.values()).contains(1, 3);
    assertThat(figures.averageFilledDeputies()).isLessThan(2.0);
  }

  @Test
  void someYoungCadresInPlanningHaveNeverLedAWard() {
    assertThat(figures.youngPlannedWithoutWardSeats()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void someCadresCloseToRetirementMustMove() {
    Set<String> longHeads = new HashSet<>();
    Map<String, Position> positions = new HashMap<>();
    haDong.positions().forEach(p -> positions.put(p.code(), p));
    Map<String, List<Assignment>> byCadreAndSeat = new HashMap<>();
    for (Assignment a : haDong.assignments()) {
      byCadreAndSeat
          .computeIfAbsent(a.cadreCode() + "|" + a.positionCode(), k -> new ArrayList<>())
          .add(a);
    }
    byCadreAndSeat.forEach(
        (key, stays) -> {
          Position position = positions.get(stays.get(0).positionCode());
          if (position.rank() == PositionRank.HEAD
              && RegistryFigures.tenureMonths(stays, AS_OF) >= 96) {
            longHeads.add(stays.get(0).cadreCode());
          }
        });
    long bornBefore1970 =
        haDong.cadres().stream()
            .filter(c -> longHeads.contains(c.code()) && c.birthDate() != null)
            .filter(c -> c.birthDate().date().getYear() < 1970)
            .count();
    assertThat(bornBefore1970).isGreaterThanOrEqualTo(1);
  }

  @Test
  void planningCoversTheComingTermsWithAtMostThreePostsPerTerm() {
    Set<String> terms =
        haDong.planning().stream().map(p -> p.term().code()).collect(Collectors.toSet());
    assertThat(terms).contains("2025-2030", "2026-2031");
    assertThat(terms).containsAnyOf("2020-2025", "2021-2026");
    Map<String, Long> perCadreAndTerm =
        haDong.planning().stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.cadreCode() + "|" + p.term().code(), Collectors.counting()));
    assertThat(perCadreAndTerm.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
    assertThat(haDong.planning()).anySatisfy(p -> assertThat(p.unitCode()).isNull());
    assertThat(haDong.planning()).anySatisfy(p -> assertThat(p.unitCode()).isNotNull());
  }

  @Test
  void everyCadreIsAssessedFor2017To2021WithOneOrTwoFailures() {
    Map<String, Long> perCadre =
        haDong.assessments().stream()
            .collect(Collectors.groupingBy(a -> a.cadreCode(), Collectors.counting()));
    assertThat(perCadre).hasSize(haDong.cadres().size());
    assertThat(perCadre.values()).containsOnly(5L);
    long failures =
        haDong.assessments().stream().filter(a -> a.grade().name().equals("KHTNV")).count();
    assertThat(failures).isBetween(1L, 2L);
  }

  @Test
  void oneReprimandIsInForceOnTheReferenceDate() {
    assertThat(haDong.disciplines())
        .filteredOn(d -> d.form() == DisciplineForm.KHIEN_TRACH && d.inForceOn(AS_OF))
        .hasSize(1);
  }

  @Test
  void birthDatesComeInEveryPrecisionAndOneOrTwoAreMissing() {
    long missing = haDong.cadres().stream().filter(c -> c.birthDate() == null).count();
    assertThat(missing).isBetween(1L, 2L);
    Set<DatePrecision> precisions = EnumSet.noneOf(DatePrecision.class);
    haDong.cadres().stream()
        .filter(c -> c.birthDate() != null)
        .forEach(c -> precisions.add(c.birthDate().precision()));
    assertThat(precisions).containsExactlyInAnyOrder(DatePrecision.values());
    assertThat(haDong.cadres())
        .filteredOn(c -> c.birthDate() != null)
        .allSatisfy(c -> assertThat(c.birthDate().date().getYear()).isBetween(1962, 1994));
  }

  @Test
  void cadreRecordsLookVietnamese() {
    assertThat(haDong.cadres())
        .allSatisfy(
            c -> {
              assertThat(c.fullName().split(" ")).hasSizeGreaterThanOrEqualTo(3);
              assertThat(c.hometown()).isNotBlank();
              assertThat(c.permanentResidence()).isNotBlank();
            });
    assertThat(haDong.cadres()).extracting(Cadre::fullName).anyMatch(n -> n.startsWith("Nguyễn "));
    assertThat(haDong.cadres())
        .filteredOn(c -> c.ethnicity().equals("Kinh"))
        .hasSizeGreaterThan(haDong.cadres().size() * 9 / 10);
    assertThat(haDong.cadres())
        .filteredOn(c -> c.retirementOverride() != null)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.retirementOverrideReason()).isNotBlank());
  }

  @Test
  void aHundredThousandCadresSpreadOverSimulatedDistrictsAfterHaDong() {
    RegistryContent large = DemoDistrict.generate(SEED, 100_000);
    assertThat(large.cadres()).hasSize(100_000);
    assertThat(large.cadres().get(99_999).code()).isEqualTo("CB100000");
    List<Unit> districtRoots =
        large.units().stream()
            .filter(u -> u.levelCode().equals("QUAN") && u.typeCode().equals("CAP_UY"))
            .toList();
    assertThat(districtRoots).hasSizeGreaterThanOrEqualTo(334);
    assertThat(districtRoots.get(0).name()).isEqualTo("Quận ủy Hà Đông");
    assertThat(large.units()).extracting(Unit::code).doesNotHaveDuplicates();
    assertThat(large.positions()).extracting(Position::code).doesNotHaveDuplicates();
    Set<String> wardLocalities =
        large.units().stream()
            .filter(u -> u.typeCode().equals("CAP_UY") && u.levelCode().equals("PHUONG"))
            .map(Unit::localityCode)
            .collect(Collectors.toSet());
    assertThat(wardLocalities).hasSize(districtRoots.size() * 17);
    assertThat(large.units()).extracting(Unit::name).contains("Đảng ủy phường Mô phỏng 12-3");
  }

  private static Set<String> wardNames(String type, String prefix) {
    return haDong.units().stream()
        .filter(u -> u.levelCode().equals("PHUONG") && u.typeCode().equals(type))
        .map(u -> u.name().substring(prefix.length()))
        .collect(Collectors.toSet());
  }

  private static Assignment stay(LocalDate start, LocalDate end) {
    return new Assignment(null, "CB0001", "P-X-TP", start, end, null, null, 0);
  }

  private static void assertEveryReferenceResolves(RegistryContent content) {
    Map<String, Unit> units = new HashMap<>();
    content.units().forEach(u -> assertThat(units.put(u.code(), u)).isNull());
    Map<String, Position> positions = new HashMap<>();
    content.positions().forEach(p -> assertThat(positions.put(p.code(), p)).isNull());
    Set<String> cadres = new HashSet<>();
    content.cadres().forEach(c -> assertThat(cadres.add(c.code())).isTrue());
    Set<String> codes = new HashSet<>();
    for (CodeEntry entry : content.codes()) {
      codes.add(entry.kind() + ":" + entry.code());
    }

    for (Unit unit : content.units()) {
      if (unit.parentCode() != null) {
        assertThat(units).containsKey(unit.parentCode());
      }
      assertThat(codes).contains(CodeKind.LEVEL + ":" + unit.levelCode());
      assertThat(codes).contains(CodeKind.UNIT_TYPE + ":" + unit.typeCode());
    }
    Map<String, Set<String>> rolesByUnit = new HashMap<>();
    for (Position position : content.positions()) {
      assertThat(units).containsKey(position.unitCode());
      assertThat(codes).contains(CodeKind.ROLE + ":" + position.roleKey());
      rolesByUnit
          .computeIfAbsent(position.unitCode(), u -> new HashSet<>())
          .add(position.roleKey());
    }
    for (Assignment a : content.assignments()) {
      assertThat(cadres).contains(a.cadreCode());
      assertThat(positions).containsKey(a.positionCode());
    }
    for (SuccessionEntry entry : content.planning()) {
      assertThat(cadres).contains(entry.cadreCode());
      assertThat(codes).contains(CodeKind.ROLE + ":" + entry.roleKey());
      if (entry.unitCode() != null) {
        assertThat(rolesByUnit.get(entry.unitCode())).contains(entry.roleKey());
      }
    }
    content.assessments().forEach(a -> assertThat(cadres).contains(a.cadreCode()));
    content.disciplines().forEach(d -> assertThat(cadres).contains(d.cadreCode()));
  }

  private static void assertNoSeatHasTwoHoldersOnOneDay(RegistryContent content) {
    Map<String, List<Assignment>> bySeat = new HashMap<>();
    for (Assignment a : content.assignments()) {
      bySeat.computeIfAbsent(a.positionCode(), k -> new ArrayList<>()).add(a);
    }
    for (List<Assignment> stays : bySeat.values()) {
      stays.sort(Comparator.comparing(Assignment::startDate));
      for (int i = 1; i < stays.size(); i++) {
        Assignment before = stays.get(i - 1);
        Assignment after = stays.get(i);
        assertThat(before.endDate()).as("%s then %s", before, after).isNotNull();
        assertThat(before.endDate()).as("%s then %s", before, after).isBefore(after.startDate());
      }
    }
  }
}
