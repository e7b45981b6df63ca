package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

class WorkbookWriterTests {

  /** A small registry touching every field, deliberately out of order. */
  static RegistryContent aRegistry() {
    return new RegistryContent(
        List.of(
            new CodeEntry(CodeKind.ROLE, "TRUONG_TRAM", "Trưởng trạm"),
            new CodeEntry(CodeKind.LEVEL, "DAC_KHU", "Đặc khu")),
        List.of(
            new Unit(
                "HD-VP",
                "UBND phường Vạn Phúc",
                "PHUONG",
                "UBND",
                Block.CHINH_QUYEN,
                "HD",
                "VP",
                LocalDate.of(2025, 7, 1),
                null,
                List.of("HD-VP-CU"),
                4),
            new Unit(
                "HD-VP-CU",
                "UBND phường Vạn Phúc (cũ)",
                "PHUONG",
                "UBND",
                Block.CHINH_QUYEN,
                "HD",
                "VP",
                null,
                LocalDate.of(2025, 6, 30),
                List.of(),
                2),
            new Unit(
                "HD",
                "Quận ủy Hà Đông",
                "QUAN",
                "CAP_UY",
                Block.DANG,
                null,
                null,
                null,
                LocalDate.of(2025, 6, 30),
                List.of(),
                1)),
        List.of(
            new Position(
                "P-VP-PCT",
                "HD-VP",
                "Phó Chủ tịch UBND phường Vạn Phúc",
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND",
                2),
            new Position(
                "P-VP-CT",
                "HD-VP",
                "Chủ tịch UBND phường Vạn Phúc",
                PositionRank.HEAD,
                "CHU_TICH_UBND",
                0)),
        List.of(
            new Cadre(
                "CB2",
                "Trần Thị Bình",
                Sex.FEMALE,
                PartialDate.ofMonth(1980, 3),
                "Nam Định",
                "Nam Định",
                "VP",
                "Tày",
                "Không",
                "Thạc sĩ Luật",
                "Cao cấp",
                "Chuyên viên chính",
                "Tiếng Anh B2",
                "Ứng dụng CNTT cơ bản",
                LocalDate.of(2005, 5, 19),
                "Bình Nguyên",
                "12/12",
                LocalDate.of(2006, 5, 19),
                "Bằng khen của Chủ tịch UBND Thành phố (2019)",
                YearMonth.of(2034, 2),
                "Kéo dài thời gian công tác",
                9),
            new Cadre(
                "CB1",
                "Nguyễn Văn An",
                Sex.MALE,
                PartialDate.ofDay(LocalDate.of(1970, 4, 12)),
                null,
                "VP",
                "Hà Nội",
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
                0),
            new Cadre(
                "CB3",
                "Lê Văn Cường",
                Sex.MALE,
                PartialDate.ofYear(1968),
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
                0)),
        List.of(
            new Assignment(11L, "CB1", "P-VP-PCT", LocalDate.of(2020, 1, 1), null, null, null, 3),
            new Assignment(
                12L,
                "CB1",
                "P-VP-CT",
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2019, 12, 31),
                AssignmentForm.BO_NHIEM,
                "123/QĐ-UBND",
                1),
            new Assignment(
                13L,
                "CB2",
                "P-VP-CT",
                LocalDate.of(2020, 1, 1),
                null,
                AssignmentForm.BAU,
                null,
                1)),
        List.of(
            new SuccessionEntry("CB2", "BI_THU", null, new Term(2025, 2030)),
            new SuccessionEntry("CB1", "CHU_TICH_UBND", "HD-VP", new Term(2026, 2031))),
        List.of(
            new Assessment("CB1", 2024, AssessmentGrade.HTXSNV),
            new Assessment("CB1", 2023, AssessmentGrade.HTTNV)),
        List.of(
            new Discipline(
                "CB3",
                DisciplineForm.KHIEN_TRACH,
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2023, 2, 28),
                "Vi phạm quy chế làm việc")));
  }

  /** The content as the reader gives it back: stored ids and versions cleared, lists sorted. */
  static RegistryContent comparable(RegistryContent c) {
    return new RegistryContent(
        sortedText(c.codes()),
        sortedText(
            c.units().stream()
                .map(
                    u ->
                        new Unit(
                            u.code(),
                            u.name(),
                            u.levelCode(),
                            u.typeCode(),
                            u.block(),
                            u.parentCode(),
                            u.localityCode(),
                            u.validFrom(),
                            u.validTo(),
                            u.predecessorCodes(),
                            0))
                .toList()),
        sortedText(
            c.positions().stream()
                .map(p -> new Position(p.code(), p.unitCode(), p.name(), p.rank(), p.roleKey(), 0))
                .toList()),
        sortedText(
            c.cadres().stream()
                .map(
                    x ->
                        new Cadre(
                            x.code(),
                            x.fullName(),
                            x.sex(),
                            x.birthDate(),
                            x.birthplace(),
                            x.hometown(),
                            x.permanentResidence(),
                            x.ethnicity(),
                            x.religion(),
                            x.education(),
                            x.politicalTheory(),
                            x.stateManagement(),
                            x.foreignLanguage(),
                            x.itLevel(),
                            x.partyJoinDate(),
                            x.retirementOverride(),
                            x.retirementOverrideReason(),
                            0))
                .toList()),
        sortedText(
            c.assignments().stream()
                .map(
                    a ->
                        new Assignment(
                            null,
                            a.cadreCode(),
                            a.positionCode(),
                            a.startDate(),
                            a.endDate(),
                            a.form(),
                            a.decisionNumber(),
                            0))
                .toList()),
        sortedText(c.planning()),
        sortedText(c.assessments()),
        sortedText(c.disciplines()));
  }

  private static <T> List<T> sortedText(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.sort(copy, (a, b) -> a.toString().compareTo(b.toString()));
    return copy;
  }

  private static byte[] written(RegistryContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkbookWriter().write(content, out);
    return out.toByteArray();
  }

  @Test
  void readsBackWhatItWrites() {
    RegistryContent registry = aRegistry();

    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(written(registry)));

    assertThat(read.problems()).isEmpty();
    assertThat(comparable(read.content())).isEqualTo(comparable(registry));
    assertThat(
            new RegistryValidator(java.time.Clock.systemDefaultZone())
                .validate(read, RegistryContent.empty()))
        .isEmpty();
  }

  @Test
  void writesInTheSameOrderWhateverTheInputOrder() {
    RegistryContent registry = aRegistry();
    RegistryContent reversed =
        new RegistryContent(
            reversed(registry.codes()),
            reversed(registry.units()),
            reversed(registry.positions()),
            reversed(registry.cadres()),
            reversed(registry.assignments()),
            reversed(registry.planning()),
            reversed(registry.assessments()),
            reversed(registry.disciplines()));

    RegistryContent once =
        new WorkbookReader().read(new ByteArrayInputStream(written(registry))).content();
    RegistryContent again =
        new WorkbookReader().read(new ByteArrayInputStream(written(reversed))).content();

    assertThat(again).isEqualTo(once);
    assertThat(once.units()).extracting(Unit::code).containsExactly("HD", "HD-VP", "HD-VP-CU");
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void writesBoldFrozenHeadersRealDatesAndBirthDatesAsText() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(aRegistry())))) {
      Sheet cadres = workbook.getSheet("CanBo");
      assertThat(cadres.getPaneInformation().isFreezePane()).isTrue();
      assertThat(
              workbook
                  .getFontAt(cadres.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(cadres.getRow(3).getCell(3).getStringCellValue()).isEqualTo("1968");
      assertThat(cadres.getRow(2).getCell(3).getStringCellValue()).isEqualTo("03/1980");
      Sheet stays = workbook.getSheet("QuaTrinhCongTac");
      assertThat(stays.getRow(1).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("dd/mm/yyyy");
      assertThat(stays.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2010, 1, 1));
      assertThat(workbook.getSheet("KyLuat").getLastRowNum()).isEqualTo(1);
      assertThat(workbook.getSheet("DanhMuc").getLastRowNum()).isEqualTo(2);
    }
  }
}
