package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.PartialDate;

class RegistryValidatorTests {

  private final RegistryValidator validator =
      new RegistryValidator(java.time.Clock.systemDefaultZone());

  private List<ImportProblem> problemsOf(TestWorkbook workbook) {
    return validator.validate(workbook.read(), RegistryContent.empty());
  }

  private static void assertOnlyProblemAt(
      List<ImportProblem> problems, String sheet, int row, String column, String fragment) {
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly(sheet, row, column);
              assertThat(p.message()).contains(fragment);
              assertThat(Vietnamese.isVietnamese(p.message())).isTrue();
            });
  }

  @Test
  void aProblemCarriesItsCodeAndReadsInEnglishWhenAsked() {
    List<ImportProblem> problems =
        problemsOf(TestWorkbook.valid().set("DonVi", 3, "Cấp", "PHUONGG"));

    assertThat(problems).extracting(ImportProblem::code).containsExactly("unknown-code");
    assertThat(problems.get(0).message(java.util.Locale.ENGLISH))
        .startsWith("Code \"PHUONGG\" is not in the list");
    assertThat(problems.get(0).message(java.util.Locale.forLanguageTag("vi")))
        .isEqualTo(problems.get(0).message());
  }

  @Test
  void aDuplicateCodeNamesTheRowItRepeats() {
    TestWorkbook workbook = TestWorkbook.valid().set("DonVi", 3, "Mã đơn vị", "HD");

    assertThat(problemsOf(workbook))
        .filteredOn(p -> "duplicate".equals(p.code()))
        .extracting(ImportProblem::message)
        .containsExactly("Mã đơn vị \"HD\" bị trùng với dòng 2.");
  }

  @Test
  void acceptsAConsistentWorkbook() {
    assertThat(problemsOf(TestWorkbook.valid())).isEmpty();
  }

  @Test
  void rejectsAnUnknownLevelCode() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("DonVi", 3, "Cấp", "PHUONGG")),
        "DonVi",
        3,
        "Cấp",
        "Mã \"PHUONGG\" không có trong danh mục Cấp (CAP)");
  }

  @Test
  void acceptsACodeDeclaredOnTheCodeSheet() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .set("DonVi", 3, "Cấp", "DAC_KHU")
            .sheet("DanhMuc", "Danh mục", "Mã", "Tên")
            .row("DanhMuc", "CAP", "DAC_KHU", "Đặc khu");

    assertThat(problemsOf(workbook)).isEmpty();
  }

  @Test
  void rejectsADuplicateCadreCode() {
    assertOnlyProblemAt(
        problemsOf(
            TestWorkbook.valid().row("CanBo", "CB1", "Nguyễn Văn Ba", "Nam", "1960", null, null)),
        "CanBo",
        4,
        "Mã cán bộ",
        "Mã cán bộ \"CB1\" bị trùng với dòng 2");
  }

  @Test
  void rejectsACodeLongerThanTheDatabaseKeeps() {
    String code = "C".repeat(65);
    assertOnlyProblemAt(
        problemsOf(
            TestWorkbook.valid().row("CanBo", code, "Nguyễn Văn Ba", "Nam", "1960", null, null)),
        "CanBo",
        4,
        "Mã cán bộ",
        "Mã dài 65 ký tự, quá 64 ký tự cho phép.");
  }

  @Test
  void rejectsALocalityCodeLongerThanTheDatabaseKeeps() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("DonVi", 3, "Địa bàn", "Ạ".repeat(70))),
        "DonVi",
        3,
        "Địa bàn",
        "Mã dài 70 ký tự, quá 64 ký tự cho phép.");
  }

  @Test
  void rejectsAHometownLongerThanTheDatabaseKeeps() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("CanBo", 2, "Quê quán", "x".repeat(301))),
        "CanBo",
        2,
        "Quê quán",
        "Nội dung dài 301 ký tự, quá 300 ký tự cho phép.");
  }

  @Test
  void rejectsANameHidingABidiOverrideOrAnIsolate() {
    for (String hidden : new String[] {"\u202E", "\u2066"}) {
      assertOnlyProblemAt(
          problemsOf(
              TestWorkbook.valid().set("CanBo", 2, "Họ và tên", "Nguyễn" + hidden + "Văn An")),
          "CanBo",
          2,
          "Họ và tên",
          "Nội dung có ký tự ẩn (ký tự điều khiển hoặc đổi hướng chữ); hãy gõ lại ô này.");
    }
  }

  @Test
  void rejectsAUnitCodeThatIsNoCode() {
    for (String code : new String[] {"-1", "CB 0002 <x>"}) {
      assertThat(problemsOf(TestWorkbook.valid().set("DonVi", 2, "Mã đơn vị", code)))
          .extracting(ImportProblem::message)
          .contains(
              "Mã \""
                  + code
                  + "\" không hợp lệ: bắt đầu bằng chữ hoặc số, chỉ gồm chữ, số và _ . - /"
                  + " (không có dấu cách).");
    }
  }

  @Test
  void acceptsAHometownExactlyAsLongAsTheDatabaseKeeps() {
    assertThat(problemsOf(TestWorkbook.valid().set("CanBo", 2, "Quê quán", "x".repeat(300))))
        .isEmpty();
  }

  @Test
  void rejectsAnEmptyRequiredValue() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("CanBo", 3, "Họ và tên", "   ")),
        "CanBo",
        3,
        "Họ và tên",
        "Chưa nhập \"Họ và tên\"");
  }

  @Test
  void reportsABadDateOnceNotAlsoAsEmpty() {
    List<ImportProblem> problems =
        problemsOf(TestWorkbook.valid().set("QuaTrinhCongTac", 2, "Từ ngày", "hôm qua"));

    assertOnlyProblemAt(problems, "QuaTrinhCongTac", 2, "Từ ngày", "không phải là ngày");
  }

  @Test
  void rejectsAnAssignmentToAnUnknownCadre() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("QuaTrinhCongTac", 2, "Mã cán bộ", "CB9")),
        "QuaTrinhCongTac",
        2,
        "Mã cán bộ",
        "Không tìm thấy cán bộ có mã \"CB9\"");
  }

  @Test
  void rejectsAPositionInAnUnknownUnit() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("ChucDanh", 2, "Mã đơn vị", "HD-XX")),
        "ChucDanh",
        2,
        "Mã đơn vị",
        "Không tìm thấy đơn vị có mã \"HD-XX\"");
  }

  @Test
  void rejectsAnEndDateBeforeTheStartDate() {
    assertOnlyProblemAt(
        problemsOf(
            TestWorkbook.valid().set("QuaTrinhCongTac", 2, "Đến ngày", LocalDate.of(2009, 12, 31))),
        "QuaTrinhCongTac",
        2,
        "Đến ngày",
        "Đến ngày (31/12/2009) trước Từ ngày (01/01/2010)");
  }

  @Test
  void rejectsOverlappingAssignmentsOfOneCadreToOnePosition() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .row("QuaTrinhCongTac", "CB1", "P-VP-CT", "01/06/2015", "31/12/2016", "BO_NHIEM");

    assertOnlyProblemAt(
        problemsOf(workbook),
        "QuaTrinhCongTac",
        5,
        "Từ ngày",
        "Cán bộ \"CB1\" giữ chức danh \"P-VP-CT\" trùng thời gian: 01/06/2015 – 31/12/2016 trùng"
            + " với 01/01/2010 – 31/12/2019, dòng 2");
  }

  @Test
  void rejectsTwoCadresInOneSeatAtOnce() {
    TestWorkbook workbook =
        TestWorkbook.valid().row("QuaTrinhCongTac", "CB2", "P-VP-PCT", "01/01/2021", null, null);

    List<ImportProblem> problems = problemsOf(workbook);

    assertOnlyProblemAt(
        problems,
        "QuaTrinhCongTac",
        5,
        "Từ ngày",
        "Hai cán bộ cùng giữ chức danh \"P-VP-PCT\" một lúc: \"CB2\" (01/01/2021 – nay) và \"CB1\""
            + " (01/01/2020 – nay, dòng 4)");
  }

  @Test
  void rejectsTwoCadresSharingASingleDayOfASeat() {
    TestWorkbook workbook = TestWorkbook.valid().set("QuaTrinhCongTac", 3, "Từ ngày", "31/12/2019");

    assertOnlyProblemAt(
        problemsOf(workbook), "QuaTrinhCongTac", 3, "Từ ngày", "cùng giữ chức danh \"P-VP-CT\"");
  }

  @Test
  void acceptsAHandOverOnConsecutiveDays() {
    assertThat(problemsOf(TestWorkbook.valid().set("QuaTrinhCongTac", 3, "Từ ngày", "01/01/2020")))
        .isEmpty();
  }

  @Test
  void findsAClashHiddenBehindALongStayOfTheSameCadre() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .row("QuaTrinhCongTac", "CB2", "P-VP-PCT", "01/01/2005", "31/12/2008", null)
            .row("QuaTrinhCongTac", "CB1", "P-VP-PCT", "01/01/2006", "31/12/2006", null);

    List<ImportProblem> problems = problemsOf(workbook);

    assertThat(problems).extracting(ImportProblem::row).containsExactly(6);
    assertThat(problems.get(0).message()).contains("\"CB1\"").contains("\"CB2\"");
  }

  @Test
  void reportsEveryUnitInACycleOfTheUnitTree() {
    List<ImportProblem> problems =
        problemsOf(TestWorkbook.valid().set("DonVi", 2, "Mã đơn vị cha", "HD-VP"));

    assertThat(problems)
        .extracting("sheet", "row", "column")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DonVi", 2, "Mã đơn vị cha"),
            org.assertj.core.groups.Tuple.tuple("DonVi", 3, "Mã đơn vị cha"));
    assertThat(problems.get(0).message())
        .startsWith("Cây đơn vị có vòng lặp: ")
        .contains("HD → HD-VP → HD");
  }

  @Test
  void rejectsAUnitThatIsItsOwnParent() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().set("DonVi", 3, "Mã đơn vị cha", "HD-VP")),
        "DonVi",
        3,
        "Mã đơn vị cha",
        "vòng lặp: HD-VP → HD-VP");
  }

  @Test
  void acceptsACadreWhoseBirthDateIsNotKnownYet() {
    assertThat(
            problemsOf(
                TestWorkbook.valid().row("CanBo", "CB3", "Lê Văn Cường", "Nam", null, null, null)))
        .isEmpty();
  }

  @Test
  void rejectsAYearAssessedTwiceForOneCadre() {
    assertOnlyProblemAt(
        problemsOf(TestWorkbook.valid().row("DanhGia", "CB1", "2024", "HTNV")),
        "DanhGia",
        4,
        "Năm",
        "Cán bộ \"CB1\" đã có xếp loại năm 2024 ở dòng 3");
  }

  @Test
  void findsAYearAssessedTwiceAmongManyYearsAndOtherCadresRows() {
    TestWorkbook workbook = TestWorkbook.valid();
    // rows 4 to 13: CB1's years 2013 to 2022; row 14: CB2's 2023; row 15: CB1's 2023 again
    for (int year = 2013; year <= 2022; year++) {
      workbook.row("DanhGia", "CB1", String.valueOf(year), "HTNV");
    }
    workbook.row("DanhGia", "CB2", "2023", "HTNV").row("DanhGia", "CB1", "2023", "HTNV");

    assertOnlyProblemAt(
        problemsOf(workbook),
        "DanhGia",
        15,
        "Năm",
        "Cán bộ \"CB1\" đã có xếp loại năm 2023 ở dòng 2");
  }

  @Test
  void rejectsARetirementOverrideWithoutAReason() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .sheet(
                "CanBo",
                "Mã cán bộ",
                "Họ và tên",
                "Giới tính",
                "Ngày sinh",
                "Quê quán",
                "Nơi thường trú",
                "Tháng nghỉ hưu điều chỉnh",
                "Lý do điều chỉnh")
            .row(
                "CanBo",
                "CB1",
                "Nguyễn Văn An",
                "Nam",
                "1970",
                null,
                null,
                "06/2029",
                "Nghỉ hưu sớm")
            .row("CanBo", "CB2", "Trần Thị Bình", "Nữ", "1980", null, null, "06/2040", null);

    assertOnlyProblemAt(
        problemsOf(workbook),
        "CanBo",
        3,
        "Lý do điều chỉnh",
        "Có tháng nghỉ hưu điều chỉnh (06/2040)");
  }

  @Test
  void rejectsBirthYearsNoServingCadreCanHave() {
    RegistryValidator onTheFifthOfDecember2026 =
        new RegistryValidator(
            java.time.Clock.fixed(
                java.time.Instant.parse("2026-12-05T08:00:00Z"), java.time.ZoneOffset.UTC));
    for (String year : new String[] {"2090", "1850", "2009"}) {
      List<ImportProblem> problems =
          onTheFifthOfDecember2026.validate(
              TestWorkbook.valid().set("CanBo", 3, "Ngày sinh", year).read(),
              RegistryContent.empty());
      assertOnlyProblemAt(
          problems, "CanBo", 3, "Ngày sinh", "Ngày sinh " + year + " không thể đúng");
    }
    assertThat(
            onTheFifthOfDecember2026.validate(
                TestWorkbook.valid().set("CanBo", 3, "Ngày sinh", "2008").read(),
                RegistryContent.empty()))
        .as("born in 2008: 18 on 1 January 2026 at the latest")
        .isEmpty();
  }

  @Test
  void rejectsAPartyAdmissionBeforeBirthOrBeforeTheSixteenthBirthday() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .sheet(
                "CanBo",
                "Mã cán bộ",
                "Họ và tên",
                "Giới tính",
                "Ngày sinh",
                "Quê quán",
                "Nơi thường trú",
                "Ngày vào Đảng")
            .row("CanBo", "CB1", "Nguyễn Văn An", "Nam", "1970", null, null, "19/05/1965")
            .row("CanBo", "CB2", "Trần Thị Bình", "Nữ", "03/1980", null, null, "28/02/1996")
            .row("CanBo", "CB3", "Lê Văn Cường", "Nam", "03/1980", null, null, "01/03/1996");

    assertThat(problemsOf(workbook))
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
        .containsExactly(
            tuple(2, "Ngày vào Đảng", "Ngày vào Đảng 19/05/1965 trước ngày sinh (1970)."),
            tuple(
                3,
                "Ngày vào Đảng",
                "Ngày vào Đảng 28/02/1996 không thể đúng: sinh 03/1980, chưa đủ 16 tuổi."));
  }

  @Test
  void rejectsAnAssessmentYearAfterThisYearOrBefore1945() {
    for (String year : new String[] {"9999", "1944"}) {
      assertOnlyProblemAt(
          problemsOf(TestWorkbook.valid().set("DanhGia", 3, "Năm", year)),
          "DanhGia",
          3,
          "Năm",
          "Năm đánh giá " + year + " không hợp lệ");
    }
  }

  @Test
  void rejectsAFullPartyMembershipBeforeTheAdmission() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .sheet(
                "CanBo",
                "Mã cán bộ",
                "Họ và tên",
                "Giới tính",
                "Ngày sinh",
                "Quê quán",
                "Nơi thường trú",
                "Ngày vào Đảng",
                "Ngày chính thức")
            .row(
                "CanBo",
                "CB1",
                "Nguyễn Văn An",
                "Nam",
                "1970",
                null,
                null,
                "19/05/1995",
                "19/05/1996")
            .row(
                "CanBo",
                "CB2",
                "Trần Thị Bình",
                "Nữ",
                "1980",
                null,
                null,
                "19/05/2005",
                "18/05/2005");

    assertOnlyProblemAt(
        problemsOf(workbook), "CanBo", 3, "Ngày chính thức", "Ngày chính thức trước ngày vào Đảng");
  }

  @Test
  void rejectsADisciplineEndingBeforeItsDecision() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .sheet("KyLuat", "Mã cán bộ", "Hình thức", "Ngày quyết định", "Đến ngày", "Lý do")
            .row("KyLuat", "CB1", "KHIEN_TRACH", "01/03/2022", "01/03/2021", "Vi phạm quy chế");

    assertOnlyProblemAt(problemsOf(workbook), "KyLuat", 2, "Đến ngày", "trước Ngày quyết định");
  }

  @Test
  void collectsEveryProblemOfTheWorkbook() {
    TestWorkbook workbook =
        TestWorkbook.valid()
            .set("DonVi", 3, "Loại", "UBND_X")
            .set("CanBo", 2, "Ngày sinh", "12/13/1970")
            .row("QuaTrinhCongTac", "CB2", "P-VP-PCT", "01/01/2021", null, null);

    assertThat(problemsOf(workbook))
        .extracting("sheet", "row", "column")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DonVi", 3, "Loại"),
            org.assertj.core.groups.Tuple.tuple("CanBo", 2, "Ngày sinh"),
            org.assertj.core.groups.Tuple.tuple("QuaTrinhCongTac", 5, "Từ ngày"));
  }

  @Test
  void doesNotFloodReferencesToASheetThatIsMissing() {
    List<ImportProblem> problems = problemsOf(TestWorkbook.valid().without("CanBo"));

    assertThat(problems).extracting(ImportProblem::sheet).containsExactly("CanBo");
  }

  // --- merging into the registry ---

  private static RegistryContent registry(
      List<Unit> units,
      List<Position> positions,
      List<Cadre> cadres,
      List<Assignment> assignments) {
    return new RegistryContent(
        List.of(), units, positions, cadres, assignments, List.of(), List.of(), List.of());
  }

  private static Unit unit(String code, String parent) {
    return new Unit(
        code,
        "Đơn vị " + code,
        "PHUONG",
        "UBND",
        Block.CHINH_QUYEN,
        parent,
        null,
        null,
        null,
        List.of(),
        3);
  }

  private static Position seat(String code, String unit) {
    return new Position(code, unit, "Chức danh " + code, PositionRank.HEAD, "CHU_TICH_UBND", 2);
  }

  private static Cadre cadre(String code) {
    return new Cadre(
        code,
        "Cán bộ " + code,
        Sex.MALE,
        PartialDate.ofYear(1970),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        5);
  }

  private static Assignment stay(String cadre, String seat, String from, String to) {
    return new Assignment(
        7L,
        cadre,
        seat,
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        null,
        null,
        1);
  }

  @Test
  void acceptsReferencesToRecordsThatOnlyTheRegistryHolds() {
    RegistryContent existing =
        registry(
            List.of(unit("HD-YN", null)),
            List.of(seat("P-YN-CT", "HD-YN")),
            List.of(cadre("CB7")),
            List.of());
    TestWorkbook workbook =
        TestWorkbook.valid()
            .row(
                "DonVi",
                "HD-YN-1",
                "Tổ dân phố 1",
                "PHUONG",
                "PHUONG",
                "CHINH_QUYEN",
                "HD-YN",
                null)
            .row("QuaTrinhCongTac", "CB1", "P-YN-CT", "01/01/2000", "31/12/2004", null)
            .row("DanhGia", "CB7", 2024, "HTNV");

    assertThat(validator.validate(workbook.read(), existing)).isEmpty();
  }

  @Test
  void catchesASeatClashWithARegistryCadreNotInTheWorkbook() {
    RegistryContent existing =
        registry(
            List.of(),
            List.of(),
            List.of(cadre("CB7")),
            List.of(stay("CB7", "P-VP-CT", "2022-01-01", null)));

    List<ImportProblem> problems = validator.validate(TestWorkbook.valid().read(), existing);

    assertOnlyProblemAt(
        problems,
        "QuaTrinhCongTac",
        3,
        "Từ ngày",
        "\"CB7\" (01/01/2022 – nay, theo dữ liệu đã có trong hệ thống)");
  }

  @Test
  void letsAWorkbookCadreReplaceItsOwnOldAssignmentsWithoutAFalseClash() {
    RegistryContent existing =
        registry(
            List.of(),
            List.of(),
            List.of(cadre("CB2")),
            List.of(stay("CB2", "P-VP-PCT", "2020-06-01", null)));

    assertThat(validator.validate(TestWorkbook.valid().read(), existing)).isEmpty();
  }

  private static TestWorkbook withPersonalIdNumbers(String first, Object second) {
    return TestWorkbook.valid()
        .withColumn("CanBo", "Số định danh cá nhân")
        .set("CanBo", 2, "Số định danh cá nhân", first)
        .set("CanBo", 3, "Số định danh cá nhân", second);
  }

  @Test
  void acceptsTwelveDigitPersonalIdNumbersAndCadresWithoutOne() {
    assertThat(problemsOf(withPersonalIdNumbers("001070001234", null))).isEmpty();
  }

  @Test
  void rejectsAPersonalIdNumberThatIsNotTwelveDigits() {
    assertOnlyProblemAt(
        problemsOf(withPersonalIdNumbers("001070001234", "03618000123")),
        "CanBo",
        3,
        "Số định danh cá nhân",
        "phải gồm đúng 12 chữ số (đang ghi: 03618000123)");
    assertOnlyProblemAt(
        problemsOf(withPersonalIdNumbers("00107000123A", null)),
        "CanBo",
        2,
        "Số định danh cá nhân",
        "phải gồm đúng 12 chữ số");
  }

  @Test
  void rejectsOnePersonalIdNumberGivenToTwoCadresOfTheWorkbook() {
    assertOnlyProblemAt(
        problemsOf(withPersonalIdNumbers("001070001234", "001070001234")),
        "CanBo",
        3,
        "Số định danh cá nhân",
        "Số định danh cá nhân \"001070001234\" bị trùng với dòng 2");
  }

  @Test
  void rejectsAPersonalIdNumberThatARegistryCadreOutsideTheWorkbookHolds() {
    RegistryContent existing =
        registry(
            List.of(),
            List.of(),
            List.of(cadre("CB7").withPersonalIdNumber("036180001234")),
            List.of());

    assertOnlyProblemAt(
        validator.validate(withPersonalIdNumbers(null, "036180001234").read(), existing),
        "CanBo",
        3,
        "Số định danh cá nhân",
        "đã được ghi cho cán bộ CB7 trong hồ sơ");
  }

  @Test
  void letsAWorkbookCadreKeepOrPassOnTheNumberTheRegistryHeldForThem() {
    RegistryContent existing =
        registry(
            List.of(),
            List.of(),
            List.of(cadre("CB1").withPersonalIdNumber("001070001234")),
            List.of());

    assertThat(validator.validate(withPersonalIdNumbers("001070001234", null).read(), existing))
        .isEmpty();
    assertThat(validator.validate(withPersonalIdNumbers(null, "001070001234").read(), existing))
        .isEmpty();
  }

  @Test
  void validatesContentThatDidNotComeFromAWorkbook() {
    RegistryContent workbook =
        registry(List.of(unit("A", "B"), unit("B", "A")), List.of(), List.of(), List.of());

    assertThat(validator.validate(workbook, RegistryContent.empty()))
        .extracting("sheet", "row")
        .containsOnly(org.assertj.core.groups.Tuple.tuple("DonVi", 0));
  }

  @Test
  // How fast the check runs is measured by `bench import` (its "check" phase), not here: a timed
  // unit test fails on a loaded machine and proves nothing about a quiet one.
  void aHundredThousandCadresWithFiveStaysEachPassTheChecksWithoutAFalseProblem() {
    int cadres = 100_000;
    List<Unit> units = List.of(unit("U", null));
    java.util.ArrayList<Position> seats = new java.util.ArrayList<>();
    java.util.ArrayList<Cadre> people = new java.util.ArrayList<>();
    java.util.ArrayList<Assignment> stays = new java.util.ArrayList<>();
    for (int i = 0; i < cadres; i++) {
      String c = "CB" + i;
      people.add(cadre(c));
      for (int k = 0; k < 5; k++) {
        String p = "P" + ((i * 5 + k) % (cadres * 5));
        if (i == 0) {
          seats.add(seat(p, "U"));
        }
        LocalDate from = LocalDate.of(1990 + k * 6, 1, 1);
        stays.add(
            new Assignment(null, c, "P" + (i * 5 + k), from, from.plusYears(5), null, null, 0));
      }
    }
    for (int p = 5; p < cadres * 5; p++) {
      seats.add(seat("P" + p, "U"));
    }
    RegistryContent workbook = registry(units, seats, people, stays);

    List<ImportProblem> problems = validator.validate(workbook, RegistryContent.empty());

    assertThat(problems).isEmpty();
  }

  @Test
  void ignoresARetirementOverrideWithItsReason() {
    Cadre withReason =
        new Cadre(
            "CB9",
            "Cán bộ",
            Sex.FEMALE,
            PartialDate.ofYear(1975),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            YearMonth.of(2030, 1),
            "Sức khỏe",
            0);
    RegistryContent workbook = registry(List.of(), List.of(), List.of(withReason), List.of());

    assertThat(validator.validate(workbook, RegistryContent.empty())).isEmpty();
  }

  private static TestWorkbook withUnitHistory(Object[] root, Object[] ward) {
    return TestWorkbook.valid()
        .without("DonVi")
        .sheet(
            "DonVi",
            "Mã đơn vị",
            "Tên đơn vị",
            "Cấp",
            "Loại",
            "Khối",
            "Mã đơn vị cha",
            "Địa bàn",
            "Hiệu lực từ",
            "Hiệu lực đến",
            "Đơn vị tiền thân")
        .row("DonVi", root)
        .row("DonVi", ward);
  }

  @Test
  void rejectsUnitsFormedFromEachOtherThroughMergers() {
    List<ImportProblem> problems =
        problemsOf(
            withUnitHistory(
                new Object[] {
                  "HD", "Quận ủy Hà Đông", "QUAN", "CAP_UY", "DANG", null, null, null, null, "HD-VP"
                },
                new Object[] {
                  "HD-VP",
                  "UBND phường Vạn Phúc",
                  "PHUONG",
                  "UBND",
                  "CHINH_QUYEN",
                  "HD",
                  "VP",
                  null,
                  null,
                  "HD"
                }));

    assertThat(problems)
        .extracting("sheet", "row", "column")
        .containsExactlyInAnyOrder(
            tuple("DonVi", 2, "Đơn vị tiền thân"), tuple("DonVi", 3, "Đơn vị tiền thân"));
    assertThat(problems.get(0).message()).contains("HD ← HD-VP ← HD");
  }

  @Test
  void acceptsAUnitFormedFromAnotherThatEndedTheDayBefore() {
    assertThat(
            problemsOf(
                withUnitHistory(
                    new Object[] {
                      "HD",
                      "Quận ủy Hà Đông",
                      "QUAN",
                      "CAP_UY",
                      "DANG",
                      null,
                      null,
                      null,
                      LocalDate.of(2025, 6, 30),
                      null
                    },
                    new Object[] {
                      "HD-VP",
                      "UBND phường Vạn Phúc",
                      "PHUONG",
                      "UBND",
                      "CHINH_QUYEN",
                      null,
                      "VP",
                      null,
                      null,
                      "HD"
                    })))
        .isEmpty();
  }

  @Test
  void rejectsAStayRunningPastTheEndOfItsUnit() {
    List<ImportProblem> problems =
        problemsOf(
            withUnitHistory(
                new Object[] {
                  "HD", "Quận ủy Hà Đông", "QUAN", "CAP_UY", "DANG", null, null, null, null, null
                },
                new Object[] {
                  "HD-VP",
                  "UBND phường Vạn Phúc",
                  "PHUONG",
                  "UBND",
                  "CHINH_QUYEN",
                  "HD",
                  "VP",
                  null,
                  LocalDate.of(2025, 6, 30),
                  null
                }));

    assertThat(problems)
        .extracting("sheet", "row", "column")
        .containsExactlyInAnyOrder(
            tuple("QuaTrinhCongTac", 3, "Đến ngày"), tuple("QuaTrinhCongTac", 4, "Đến ngày"));
    assertThat(problems.get(0).message()).contains("30/06/2025", "chưa kết thúc");
  }
}
