package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTests {

  @Test
  void writesTextsNumbersAndDatesAsTypedCellsUnderBoldHeaders() throws Exception {
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
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhóm");
      assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Dưới 40 tuổi");
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.0);
      assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2022, 6, 30));
      assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("dd/mm/yyyy");
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.5);
      assertThat(sheet.getRow(2).getCell(2)).isNull();
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
