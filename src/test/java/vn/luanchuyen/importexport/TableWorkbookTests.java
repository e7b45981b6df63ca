package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.shared.Table;

class TableWorkbookTests {

  @Test
  void writesTextsNumbersAndDatesAsTypedCellsUnderBoldHeadersAfterTheRowNumber() throws Exception {
    byte[] bytes =
        write(
            new TableWorkbook()
                .add(
                    "Độ tuổi",
                    List.of("Nhóm", "Số cán bộ", "Ngày"),
                    List.of(
                        List.of("Dưới 40 tuổi", 12, LocalDate.of(2022, 6, 30)),
                        java.util.Arrays.asList("Chưa có thông tin", 3.5, null))));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("Độ tuổi");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("STT");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nhóm");
      assertThat(book.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2.0);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Dưới 40 tuổi");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12.0);
      assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2022, 6, 30));
      assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString())
          .isEqualTo("dd/mm/yyyy");
      assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(3.5);
      assertThat(sheet.getRow(2).getCell(3)).isNull();
    }
  }

  @Test
  void aSheetIsLaidOutAsAnOfficeFilesIt() throws Exception {
    String title = "Giới tính — tính đến ngày 30/06/2022";
    byte[] bytes =
        write(
            new TableWorkbook()
                .add(
                    new Table(
                        "Giới tính",
                        title,
                        List.of("Nhóm", "Số cán bộ", "Tỷ lệ"),
                        List.of(
                            List.of("Nam", 21, new Table.Percent(0.6176)),
                            List.of("Nữ", 13, new Table.Percent(0.3824)),
                            List.of(
                                new Table.Total(
                                    List.of("Tổng cộng", 34, new Table.Percent(1))))))));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = book.getSheet("Giới tính");
      // the title above the table, across its columns
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
      assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:D1");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("STT");
      // shares as percentages
      assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(0.3824);
      assertThat(sheet.getRow(3).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      // the total: no row number, bold
      assertThat(sheet.getRow(4).getCell(0)).isNull();
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(book.getFontAt(sheet.getRow(4).getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      // texts wrap; columns as wide as their contents
      assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
      // the header frozen, with an autofilter over the table
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:D5");
      // A4 landscape, one page wide, the title and header on every page
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
    }
  }

  @Test
  void sheetNamesAreCutToExcelsLimitCleanedAndMadeUnique() throws Exception {
    String longName = "Xếp loại chất lượng năm 2021: Hoàn thành xuất sắc nhiệm vụ";
    byte[] bytes =
        write(
            new TableWorkbook()
                .add(longName, List.of("A"), List.of())
                .add(longName, List.of("A"), List.of()));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      assertThat(book.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContain(":");
      assertThat(book.getSheetName(1)).hasSizeLessThanOrEqualTo(31).endsWith("(2)");
    }
  }

  private static byte[] write(TableWorkbook workbook) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
