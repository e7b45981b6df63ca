package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.DatePrecision;
import vn.luanchuyen.shared.PartialDate;

class WorkbookReaderTests {

  @Test
  void aPersonalIdNumberTypedAsANumberGetsBackTheLeadingZerosTheSpreadsheetDropped() {
    WorkbookRead read =
        TestWorkbook.valid()
            .withColumn("CanBo", "Số định danh cá nhân")
            .set("CanBo", 2, "Số định danh cá nhân", 1069000417L)
            .set("CanBo", 3, "Số định danh cá nhân", "036180001234")
            .read();

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().cadres())
        .extracting("personalIdNumber")
        .containsExactly("001069000417", "036180001234");
  }

  @Test
  void aWorkbookWithoutThePersonalIdNumberColumnStillReads() {
    WorkbookRead read = TestWorkbook.valid().read();

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().cadres()).extracting("personalIdNumber").containsOnlyNulls();
  }

  @Test
  void readsAValidWorkbookWithEveryRecordAndItsRow() {
    WorkbookRead read = TestWorkbook.valid().read();

    assertThat(read.problems()).isEmpty();
    RegistryContent c = read.content();
    assertThat(c.units())
        .extracting("code", "parentCode", "block")
        .containsExactly(tuple("HD", null, Block.DANG), tuple("HD-VP", "HD", Block.CHINH_QUYEN));
    assertThat(c.positions())
        .extracting("code", "rank")
        .containsExactly(
            tuple("P-VP-CT", PositionRank.HEAD), tuple("P-VP-PCT", PositionRank.DEPUTY));
    assertThat(c.cadres())
        .extracting("code", "sex")
        .containsExactly(tuple("CB1", Sex.MALE), tuple("CB2", Sex.FEMALE));
    assertThat(c.assignments()).hasSize(3);
    assertThat(c.assignments().get(0).form()).isEqualTo(AssignmentForm.BO_NHIEM);
    assertThat(c.assignments().get(1).startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(c.assignments().get(1).endDate()).isNull();
    assertThat(c.planning())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.term().code()).isEqualTo("2025-2030");
              assertThat(p.unitCode()).isNull();
            });
    assertThat(c.assessments()).extracting("year").containsExactly(2023, 2024);
    assertThat(read.rows().row(RecordKind.ASSIGNMENT, 2)).isEqualTo(4);
    assertThat(read.rows().row(RecordKind.CADRE, 0)).isEqualTo(2);
  }

  @Test
  void readsBirthDatesInAllThreePrecisions() {
    WorkbookRead read =
        TestWorkbook.valid()
            .row("CanBo", "CB3", "Lê Văn Cường", "Nam", "07/09/1975", null, null)
            .row("CanBo", "CB4", "Phạm Thị Dung", "Nữ", 1968, null, null)
            .row("CanBo", "CB5", "Hoàng Văn Em", "Nam", "1972", null, null)
            .read();

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().cadres())
        .extracting(c -> c.birthDate())
        .containsExactly(
            PartialDate.ofDay(LocalDate.of(1970, 4, 12)),
            PartialDate.ofMonth(1980, 3),
            PartialDate.ofDay(LocalDate.of(1975, 9, 7)),
            PartialDate.ofYear(1968),
            PartialDate.ofYear(1972));
    assertThat(read.content().cadres().get(1).birthDate().precision())
        .isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void matchesHeadersIgnoringCaseSpacesAndOrderAndIgnoresUnknownColumnsAndSheets() {
    WorkbookRead read =
        TestWorkbook.valid()
            .sheet("DanhGia", "  xếp LOẠI ", "Ghi chú", "NĂM", "mã cán bộ")
            .row("DanhGia", "HTNV", "bất kỳ", 2022, "CB2")
            .sheet("GhiChu", "Nội dung")
            .row("GhiChu", "không đọc")
            .read();

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().assessments())
        .singleElement()
        .satisfies(a -> assertThat(a.cadreCode() + a.year()).isEqualTo("CB22022"));
  }

  @Test
  void reportsAMissingSheet() {
    WorkbookRead read = TestWorkbook.valid().without("QuyHoach").read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.sheet()).isEqualTo("QuyHoach");
              assertThat(p.row()).isZero();
              assertThat(p.column()).isNull();
              assertThat(p.code()).isEqualTo("sheet-missing");
              assertThat(p.message()).isEqualTo("Thiếu trang tính \"QuyHoach\".");
              assertThat(p.message(Locale.ENGLISH)).isEqualTo("Sheet \"QuyHoach\" is missing.");
              assertThat(p.toString()).isEqualTo("QuyHoach: Thiếu trang tính \"QuyHoach\".");
            });
  }

  @Test
  void reportsAMissingHeaderByName() {
    WorkbookRead read = TestWorkbook.valid().withoutColumn("ChucDanh", "Bậc").read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly("ChucDanh", 1, "Bậc");
              assertThat(p.code()).isEqualTo("column-missing");
              assertThat(p.reason().args()).containsEntry("column", "Bậc");
              assertThat(p.toString())
                  .isEqualTo(
                      "ChucDanh / dòng 1 / cột \"Bậc\": Thiếu cột bắt buộc \"Bậc\" ở dòng tiêu"
                          + " đề.");
            });
  }

  @Test
  void reportsADateThatIsNotADate() {
    WorkbookRead read =
        TestWorkbook.valid().set("QuaTrinhCongTac", 3, "Từ ngày", "31/02/2020").read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly("QuaTrinhCongTac", 3, "Từ ngày");
              assertThat(p.code()).isEqualTo("not-a-date");
              assertThat(p.reason().args()).containsEntry("value", "31/02/2020");
            });
    assertThat(read.content().assignments().get(1).startDate()).isNull();
  }

  @Test
  void reportsAnUnknownFixedCode() {
    WorkbookRead read = TestWorkbook.valid().set("ChucDanh", 3, "Bậc", "pho").read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly("ChucDanh", 3, "Bậc");
              assertThat(p.code()).isEqualTo("not-a-choice");
              assertThat(p.message()).contains("TRUONG, PHO");
            });
  }

  @Test
  void reportsATermThatIsNotTwoYears() {
    WorkbookRead read = TestWorkbook.valid().set("QuyHoach", 2, "Nhiệm kỳ", "2025/2030").read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly("QuyHoach", 2, "Nhiệm kỳ");
              assertThat(p.code()).isEqualTo("not-a-term");
            });
  }

  @Test
  void rejectsAnOverlongCellWithoutKeepingIt() {
    String huge = "A".repeat(2001);
    WorkbookRead read = TestWorkbook.valid().set("CanBo", 3, "Họ và tên", huge).read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly("CanBo", 3, "Họ và tên");
              assertThat(p.message()).isEqualTo("Nội dung ô dài quá 2.000 ký tự.");
            });
    assertThat(read.content().cadres().get(1).fullName()).isNull();
  }

  @Test
  void acceptsACellOfExactlyTheLongestLength() {
    String longest = "B".repeat(2000);
    WorkbookRead read = TestWorkbook.valid().set("CanBo", 2, "Họ và tên", longest).read();

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().cadres().get(0).fullName()).hasSize(2000);
  }

  @Test
  void reportsAFormulaCellWithoutACachedValue() {
    WorkbookRead read =
        TestWorkbook.valid()
            .set("DanhGia", 3, "Xếp loại", new TestWorkbook.Formula("\"HT\"&\"NV\"", null))
            .read();

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p)
                  .extracting("sheet", "row", "column")
                  .containsExactly("DanhGia", 3, "Xếp loại");
              assertThat(p.code()).isEqualTo("formula-without-value");
            });
  }

  @Test
  void takesTheCachedValueOfAFormulaCell() {
    WorkbookRead read =
        TestWorkbook.valid()
            .set("DanhGia", 3, "Xếp loại", new TestWorkbook.Formula("\"HT\"&\"NV\"", "HTNV"))
            .read();

    assertThat(read.problems()).isEmpty();
    assertThat(read.content().assessments().get(1).grade().name()).isEqualTo("HTNV");
  }

  @Test
  void rejectsRandomBytesAsNotAnXlsx() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);

    assertSingleFileProblem(
        new WorkbookReader().read(new ByteArrayInputStream(noise)), "file-not-xlsx");
  }

  @Test
  void rejectsAnOldXlsWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook xls = new HSSFWorkbook()) {
      xls.createSheet("DonVi").createRow(0).createCell(0).setCellValue("Mã đơn vị");
      xls.write(out);
    }

    assertSingleFileProblem(
        new WorkbookReader().read(new ByteArrayInputStream(out.toByteArray())), "file-old-excel");
  }

  @Test
  void rejectsAZipThatIsNotAWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("ghichu.txt"));
      zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertSingleFileProblem(
        new WorkbookReader().read(new ByteArrayInputStream(out.toByteArray())), "file-not-xlsx");
  }

  @Test
  void rejectsAZipBombWhoseSheetInflatesHugely(@TempDir Path dir) throws IOException {
    byte[] valid = TestWorkbook.valid().bytes();
    Path bomb = dir.resolve("bom.xlsx");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          writeInflatingSheet(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);

    assertSingleFileProblem(new WorkbookReader().read(bomb), "file-zip-bomb");
  }

  private static void writeInflatingSheet(OutputStream out) throws IOException {
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] spaces = new byte[1 << 16];
    Arrays.fill(spaces, (byte) ' ');
    for (int i = 0; i < 800; i++) {
      out.write(spaces);
    }
    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rejectsAnOversizedFile() {
    byte[] bytes = TestWorkbook.valid().bytes();
    WorkbookReader small =
        new WorkbookReader(bytes.length - 1, WorkbookReader.DEFAULT_MAX_ENTRY_BYTES);

    assertSingleFileProblem(small.read(new ByteArrayInputStream(bytes)), "file-too-large");
  }

  @Test
  void readsTheSameFromAPathAsFromAStream(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("canbo.xlsx");
    Files.write(file, TestWorkbook.valid().bytes());

    WorkbookRead read = new WorkbookReader().read(file);

    assertThat(read.problems()).isEmpty();
    assertThat(read.content()).isEqualTo(TestWorkbook.valid().read().content());
  }

  private static void assertSingleFileProblem(WorkbookRead read, String code) {
    assertThat(read.content()).isEqualTo(RegistryContent.empty());
    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.sheet()).isEqualTo("(tệp)");
              assertThat(p.row()).isZero();
              assertThat(p.column()).isNull();
              assertThat(p.code()).isEqualTo(code);
              assertThat(Vietnamese.isVietnamese(p.message())).isTrue();
              assertThat(p.message(Locale.ENGLISH)).doesNotContain("[import.problem");
            });
  }
}
