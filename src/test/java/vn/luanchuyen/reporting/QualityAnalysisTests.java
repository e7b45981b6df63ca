package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.reporting.QualityReport.Breakdown;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

class QualityAnalysisTests {

  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  final QualityAnalysis analysis = new QualityAnalysis(PolicyLoader.fromClasspath("hadong-2022"));
  final Registry registry = new Registry();

  @Test
  void aCadreTurningFortyOnTheDayIsNoLongerUnderForty() {
    registry.cadre("A", Sex.MALE, LocalDate.of(1982, 6, 30)).seat("VP-CT", "2020-01-01");
    registry.cadre("B", Sex.MALE, LocalDate.of(1982, 7, 1)).seat("YN-CT", "2020-01-01");

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.AGE, "FROM_40_TO_50")).containsExactly("A");
    assertThat(codes(report, QualityDimension.AGE, "UNDER_40")).containsExactly("B");
  }

  @Test
  void fiftyIsStillInTheMiddleBandAndFiftyOneIsOver() {
    registry.cadre("A", Sex.MALE, LocalDate.of(1971, 7, 1)).seat("VP-CT", "2020-01-01");
    registry.cadre("B", Sex.MALE, LocalDate.of(1971, 6, 30)).seat("YN-CT", "2020-01-01");

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.AGE, "FROM_40_TO_50")).containsExactly("A");
    assertThat(codes(report, QualityDimension.AGE, "OVER_50")).containsExactly("B");
  }

  @Test
  void sixtyMonthsLeftIsOneFullTermAndFiftyNineIsNot() {
    // Men need 61 years 9 months in 2027: born 03/1966 he retires in 12/2027, born 02/1966 in
    // 11/2027; from 12/2022 that leaves 60 and 59 months.
    registry.cadre("SIXTY", Sex.MALE, LocalDate.of(1966, 3, 10)).seat("VP-CT", "2020-01-01");
    registry.cadre("FIFTY_NINE", Sex.MALE, LocalDate.of(1966, 2, 10)).seat("YN-CT", "2020-01-01");

    QualityReport report =
        analysis.analyse(registry.view(), LocalDate.of(2022, 12, 15), everything());

    assertThat(row(report, "SIXTY").remainingMonths()).isEqualTo(60);
    assertThat(row(report, "FIFTY_NINE").remainingMonths()).isEqualTo(59);
    assertThat(codes(report, QualityDimension.REMAINING_TIME, "FROM_60_TO_120"))
        .containsExactly("SIXTY");
    assertThat(codes(report, QualityDimension.REMAINING_TIME, "UNDER_60"))
        .containsExactly("FIFTY_NINE");
  }

  @Test
  void eightYearsInThePostIsTheTopTenureBandAndADayLessIsNot() {
    registry.cadre("EIGHT", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("VP-CT", "2014-06-30");
    registry.cadre("ALMOST", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("YN-CT", "2014-07-01");

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.TENURE, "FROM_96")).containsExactly("EIGHT");
    assertThat(codes(report, QualityDimension.TENURE, "FROM_60_TO_96")).containsExactly("ALMOST");
  }

  /**
   * The founding policy's thresholds with other numbers: heads 72 months, deputies 36, remaining
   * time 96 with a one-term exception of 48.
   */
  private static Policy otherThresholds() {
    String yaml;
    try (var in = QualityAnalysisTests.class.getResourceAsStream("/policies/hadong-2022.yaml")) {
      yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String changed =
        yaml.replace("headTenureMonths: 96", "headTenureMonths: 72")
            .replace("deputyTenureMonths: 60", "deputyTenureMonths: 36")
            .replace("remainingTimeMonths: 120", "remainingTimeMonths: 96")
            .replace("    months: 60", "    months: 48");
    assertThat(changed).doesNotContain("headTenureMonths: 96", "remainingTimeMonths: 120");
    return PolicyLoader.fromYaml(changed, "other-thresholds.yaml");
  }

  @Test
  void theBandsOfYearsInPostAndRemainingTimeSplitWhereThePolicysThresholdsSay() {
    // 80 and 40 months in post on 30/06/2022; a man born 01/1970 retires in 01/2032: 115 months.
    registry.cadre("EIGHTY", Sex.MALE, LocalDate.of(1970, 1, 10)).seat("VP-CT", "2015-10-30");
    registry.cadre("FORTY", Sex.MALE, LocalDate.of(1970, 1, 10)).seat("YN-CT", "2019-02-28");

    QualityReport founding = analyse();
    QualityReport other =
        new QualityAnalysis(otherThresholds()).analyse(registry.view(), AS_OF, everything());

    assertThat(row(founding, "EIGHTY").remainingMonths()).isEqualTo(115);
    assertThat(keys(founding, QualityDimension.TENURE))
        .containsExactly("UNDER_60", "FROM_60_TO_96", "FROM_96");
    assertThat(codes(founding, QualityDimension.TENURE, "FROM_60_TO_96")).containsExactly("EIGHTY");
    assertThat(codes(founding, QualityDimension.TENURE, "UNDER_60")).containsExactly("FORTY");
    assertThat(codes(founding, QualityDimension.REMAINING_TIME, "FROM_60_TO_120"))
        .containsExactly("EIGHTY", "FORTY");

    assertThat(keys(other, QualityDimension.TENURE))
        .containsExactly("UNDER_36", "FROM_36_TO_72", "FROM_72");
    assertThat(codes(other, QualityDimension.TENURE, "FROM_72")).containsExactly("EIGHTY");
    assertThat(codes(other, QualityDimension.TENURE, "FROM_36_TO_72")).containsExactly("FORTY");
    assertThat(keys(other, QualityDimension.REMAINING_TIME))
        .containsExactly("UNDER_48", "FROM_48_TO_96", "FROM_96");
    assertThat(codes(other, QualityDimension.REMAINING_TIME, "FROM_96"))
        .containsExactly("EIGHTY", "FORTY");
  }

  @Test
  void aBandStatesItsLimitsInMonthsForTheBundlesToName() {
    registry.cadre("A", Sex.MALE, LocalDate.of(1970, 1, 10)).seat("VP-CT", "2015-10-30");

    List<Bucket> tenure = analyse().breakdown(QualityDimension.TENURE).orElseThrow().buckets();

    assertThat(tenure)
        .extracting(Bucket::messageKey, Bucket::limitMonths)
        .containsExactly(
            tuple("reporting.bucket.band.under", List.of(60)),
            tuple("reporting.bucket.band.between", List.of(60, 96)),
            tuple("reporting.bucket.band.from", List.of(96)));
  }

  @Test
  void withoutADeputyRuleYearsInPostSplitOnlyAtTheHeadThreshold() {
    registry.cadre("A", Sex.MALE, LocalDate.of(1970, 1, 10)).seat("VP-CT", "2015-10-30");

    QualityReport report =
        new QualityAnalysis(PolicyLoader.fromClasspath("qd65-2022"))
            .analyse(registry.view(), AS_OF, everything());

    assertThat(keys(report, QualityDimension.TENURE)).containsExactly("UNDER_96", "FROM_96");
    assertThat(keys(report, QualityDimension.REMAINING_TIME))
        .containsExactly("UNDER_120", "FROM_120");
  }

  @Test
  void staysInOneSeatWithAShortBreakCountAsOneTenure() {
    registry
        .cadre("A", Sex.MALE, LocalDate.of(1975, 1, 1))
        .stay("VP-CT", "2013-01-01", "2016-12-31")
        .stay("VP-CT", "2017-01-20", null);

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.TENURE, "FROM_96")).containsExactly("A");
  }

  @Test
  void localIsAHometownEqualToTheUnitsLocalityAndAMissingLocalityIsUnknown() {
    registry
        .cadre("LOCAL", Sex.MALE, LocalDate.of(1975, 1, 1))
        .from("L-VP")
        .seat("VP-CT", "2020-01-01");
    registry
        .cadre("AWAY", Sex.MALE, LocalDate.of(1975, 1, 1))
        .from("L-VP")
        .seat("YN-CT", "2020-01-01");
    registry.cadre("NO_PLACE", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("VP-PCT", "2020-01-01");
    registry.cadre("DISTRICT", Sex.FEMALE, LocalDate.of(1975, 1, 1)).seat("TC-TB", "2020-01-01");

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.LOCAL, "LOCAL")).containsExactly("LOCAL");
    assertThat(codes(report, QualityDimension.LOCAL, "NON_LOCAL"))
        .containsExactly("AWAY", "NO_PLACE");
    assertThat(codes(report, QualityDimension.LOCAL, QualityAnalysis.UNKNOWN))
        .containsExactly("DISTRICT");
  }

  @Test
  void grassrootsExperienceIsAnyStartedStayInAWard() {
    registry
        .cadre("WAS_IN_WARD", Sex.MALE, LocalDate.of(1975, 1, 1))
        .stay("VP-PCT", "2010-01-01", "2015-12-31")
        .seat("TC-TB", "2016-01-01");
    registry.cadre("NEVER", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("TC-PB", "2016-01-01");

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.GRASSROOTS, "YES")).containsExactly("WAS_IN_WARD");
    assertThat(codes(report, QualityDimension.GRASSROOTS, "NO")).containsExactly("NEVER");
  }

  @Test
  void gradesAreCountedForTheLatestAssessedYearUpToTheAsOfYear() {
    registry
        .cadre("A", Sex.MALE, LocalDate.of(1975, 1, 1))
        .seat("VP-CT", "2020-01-01")
        .graded(2021, AssessmentGrade.HTXSNV)
        .graded(2023, AssessmentGrade.KHTNV);
    registry
        .cadre("B", Sex.MALE, LocalDate.of(1975, 1, 1))
        .seat("YN-CT", "2020-01-01")
        .graded(2020, AssessmentGrade.HTNV);

    QualityReport report = analyse();

    assertThat(report.gradeYear()).isEqualTo(2021);
    assertThat(codes(report, QualityDimension.GRADE, "HTXSNV")).containsExactly("A");
    assertThat(codes(report, QualityDimension.GRADE, "NOT_ASSESSED")).containsExactly("B");
    assertThat(codes(report, QualityDimension.GRADE, "KHTNV")).isEmpty();
  }

  @Test
  void planningCountsOnlyTermsNotYetEnded() {
    registry
        .cadre("CURRENT", Sex.MALE, LocalDate.of(1975, 1, 1))
        .seat("VP-CT", "2020-01-01")
        .planned("2020-2025");
    registry
        .cadre("PAST", Sex.MALE, LocalDate.of(1975, 1, 1))
        .seat("YN-CT", "2020-01-01")
        .planned("2015-2020");

    QualityReport report = analyse();

    assertThat(codes(report, QualityDimension.PLANNING, "PLANNED")).containsExactly("CURRENT");
    assertThat(codes(report, QualityDimension.PLANNING, "NOT_PLANNED")).containsExactly("PAST");
  }

  @Test
  void onlyCadresHoldingASeatOnTheDayAreCounted() {
    registry
        .cadre("LEFT", Sex.MALE, LocalDate.of(1975, 1, 1))
        .stay("VP-CT", "2015-01-01", "2022-06-29");
    registry
        .cadre("LAST_DAY", Sex.MALE, LocalDate.of(1975, 1, 1))
        .stay("YN-CT", "2015-01-01", "2022-06-30");
    registry.cadre("LATER", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("VP-PCT", "2022-07-01");

    assertThat(analyse().cadres())
        .extracting(QualityReport.CadreRow::code)
        .containsExactly("LAST_DAY");
  }

  @Test
  void aUnitScopeTakesItsDescendantsAndBlockAndLevelNarrowIt() {
    registry.cadre("WARD", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("VP-CT", "2020-01-01");
    registry.cadre("BOARD", Sex.MALE, LocalDate.of(1975, 1, 1)).seat("TC-TB", "2020-01-01");

    assertThat(codesIn(new QualityScope("QUAN", null, null))).containsExactly("BOARD", "WARD");
    assertThat(codesIn(new QualityScope("VP", null, null))).containsExactly("WARD");
    assertThat(codesIn(new QualityScope(null, Block.DANG, null))).containsExactly("BOARD");
    assertThat(codesIn(new QualityScope(null, null, "PHUONG"))).containsExactly("WARD");
    assertThat(codesIn(new QualityScope("QUAN", Block.CHINH_QUYEN, "QUAN"))).isEmpty();
  }

  @Test
  void everyDimensionsCountsAddUpToTheTotalAndEachCadreIsInOneBucket() {
    registry
        .cadre("A", Sex.MALE, LocalDate.of(1985, 1, 1))
        .seat("VP-CT", "2020-01-01")
        .education("Thạc sĩ");
    registry
        .cadre("B", Sex.FEMALE, LocalDate.of(1965, 1, 1))
        .seat("YN-CT", "2010-01-01")
        .education("Cử nhân");
    registry.cadre("C", Sex.FEMALE, null).seat("TC-TB", "2021-01-01");

    QualityReport report = analyse();

    assertThat(report.total()).isEqualTo(3);
    for (Breakdown b : report.breakdowns()) {
      assertThat(b.buckets().stream().mapToInt(Bucket::count).sum())
          .as(b.dimension().id())
          .isEqualTo(report.total());
      assertThat(b.buckets().stream().flatMap(x -> x.cadreCodes().stream()).distinct().count())
          .as(b.dimension().id())
          .isEqualTo(report.total());
    }
    assertThat(codes(report, QualityDimension.EDUCATION, QualityAnalysis.UNKNOWN))
        .containsExactly("C");
    assertThat(codes(report, QualityDimension.AGE, QualityAnalysis.UNKNOWN)).containsExactly("C");
    assertThat(report.breakdowns()).hasSize(QualityDimension.values().length);
  }

  @Test
  void professionalQualificationsAreCountedByLevelNotByMajor() {
    registry
        .cadre("A", Sex.MALE, LocalDate.of(1985, 1, 1))
        .seat("VP-CT", "2020-01-01")
        .education("Thạc sĩ Luật");
    registry
        .cadre("B", Sex.FEMALE, LocalDate.of(1975, 1, 1))
        .seat("YN-CT", "2010-01-01")
        .education("Thạc sĩ Quản lý kinh tế");
    registry
        .cadre("C", Sex.FEMALE, LocalDate.of(1980, 1, 1))
        .seat("TC-TB", "2021-01-01")
        .education("Cử nhân Luật");

    Breakdown education = analyse().breakdown(QualityDimension.EDUCATION).orElseThrow();

    assertThat(education.buckets())
        .filteredOn(b -> b.count() > 0)
        .extracting(Bucket::text, Bucket::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Thạc sĩ (ThS)", 2),
            org.assertj.core.groups.Tuple.tuple("Đại học (ĐH)", 1));
  }

  @Test
  void aQualificationOfNoKnownLevelIsCountedAsOtherAndNoneRecordedAsUnknown() {
    assertThat(QualificationLevels.levelOf("Tiến sĩ Kinh tế")).isEqualTo("Tiến sĩ (TS)");
    assertThat(QualificationLevels.levelOf("kỹ sư Xây dựng")).isEqualTo("Đại học (ĐH)");
    assertThat(QualificationLevels.levelOf("Trung cấp Kế toán")).isEqualTo("Trung cấp (TC)");
    assertThat(QualificationLevels.levelOf("Sơ cấp nghề")).isEqualTo("Trình độ khác");
    assertThat(QualificationLevels.levelOf(" ")).isNull();
  }

  private QualityReport analyse() {
    return analysis.analyse(registry.view(), AS_OF, everything());
  }

  private List<String> codesIn(QualityScope scope) {
    return analysis.analyse(registry.view(), AS_OF, scope).cadres().stream()
        .map(QualityReport.CadreRow::code)
        .toList();
  }

  private static QualityScope everything() {
    return QualityScope.everything();
  }

  private static List<String> keys(QualityReport report, QualityDimension d) {
    return report.breakdown(d).orElseThrow().buckets().stream().map(Bucket::key).toList();
  }

  private static List<String> codes(QualityReport report, QualityDimension d, String key) {
    return report
        .breakdown(d)
        .flatMap(b -> b.bucket(key))
        .map(Bucket::cadreCodes)
        .orElse(List.of());
  }

  private static QualityReport.CadreRow row(QualityReport report, String code) {
    return report.cadres().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  /** A district with two wards (Vạn Phúc, Yên Nghĩa) and its Organisation Board. */
  static final class Registry {
    final List<Unit> units =
        new ArrayList<>(
            List.of(
                unit("QUAN", "Quận ủy Hà Đông", "QUAN", Block.DANG, null, null),
                unit("TC", "Ban Tổ chức Quận ủy", "QUAN", Block.DANG, "QUAN", null),
                unit("VP", "UBND phường Vạn Phúc", "PHUONG", Block.CHINH_QUYEN, "QUAN", "L-VP"),
                unit("YN", "UBND phường Yên Nghĩa", "PHUONG", Block.CHINH_QUYEN, "QUAN", "L-YN")));
    final List<Position> positions =
        List.of(
            new Position("TC-TB", "TC", "Trưởng Ban Tổ chức", PositionRank.HEAD, "TRUONG_BAN", 0),
            new Position("TC-PB", "TC", "Phó Ban Tổ chức", PositionRank.DEPUTY, "PHO_BAN", 0),
            new Position(
                "VP-CT", "VP", "Chủ tịch UBND phường", PositionRank.HEAD, "CHU_TICH_UBND", 0),
            new Position(
                "VP-PCT",
                "VP",
                "Phó Chủ tịch UBND phường",
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND",
                0),
            new Position(
                "YN-CT", "YN", "Chủ tịch UBND phường", PositionRank.HEAD, "CHU_TICH_UBND", 0));
    final List<CadreSpec> cadres = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<SuccessionEntry> planning = new ArrayList<>();

    private static Unit unit(
        String code, String name, String level, Block block, String parent, String locality) {
      return new Unit(code, name, level, "X", block, parent, locality, null, null, List.of(), 0);
    }

    CadreSpec cadre(String code, Sex sex, LocalDate birth) {
      CadreSpec spec = new CadreSpec(code, sex, birth);
      cadres.add(spec);
      return spec;
    }

    RegistryContent view() {
      return RegistryContent.of(
          units,
          positions,
          cadres.stream().map(CadreSpec::cadre).toList(),
          assignments,
          planning,
          assessments,
          List.of());
    }

    final class CadreSpec {
      final String code;
      final Sex sex;
      final LocalDate birth;
      String hometown;
      String education;

      CadreSpec(String code, Sex sex, LocalDate birth) {
        this.code = code;
        this.sex = sex;
        this.birth = birth;
      }

      CadreSpec seat(String position, String since) {
        return stay(position, since, null);
      }

      CadreSpec stay(String position, String from, String to) {
        assignments.add(
            new Assignment(
                null,
                code,
                position,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                AssignmentForm.BO_NHIEM,
                null,
                0));
        return this;
      }

      CadreSpec from(String place) {
        hometown = place;
        return this;
      }

      CadreSpec education(String text) {
        education = text;
        return this;
      }

      CadreSpec graded(int year, AssessmentGrade grade) {
        assessments.add(new Assessment(code, year, grade));
        return this;
      }

      CadreSpec planned(String term) {
        planning.add(new SuccessionEntry(code, "CHU_TICH_UBND", null, Term.parse(term)));
        return this;
      }

      Cadre cadre() {
        return new Cadre(
            code,
            "Cán bộ " + code,
            sex,
            birth == null ? null : PartialDate.ofDay(birth),
            null,
            hometown,
            null,
            "Kinh",
            null,
            education,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0);
      }
    }
  }
}
