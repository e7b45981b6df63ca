package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.MessageRenderer;

class WorkbookTemplateTests {

  private static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkbookTemplate().write(out);
    return out.toByteArray();
  }

  @Test
  void readsTheBlankTemplateWithoutRecordsOrProblems() {
    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(template()));

    assertThat(read.problems()).isEmpty();
    RegistryContent c = read.content();
    assertThat(c.units()).isEmpty();
    assertThat(c.positions()).isEmpty();
    assertThat(c.cadres()).isEmpty();
    assertThat(c.assignments()).isEmpty();
    assertThat(c.planning()).isEmpty();
    assertThat(c.assessments()).isEmpty();
    assertThat(c.disciplines()).isEmpty();
    assertThat(c.codes()).containsExactlyInAnyOrderElementsOf(StandardCodes.all());
    assertThat(
            new RegistryValidator(java.time.Clock.systemDefaultZone())
                .validate(read, RegistryContent.empty()))
        .isEmpty();
  }

  @Test
  void startsWithAGuideAndListsTheAllowedCodesWithDropDowns() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("HuongDan");
      assertThat(workbook.getSheet("MaHopLe").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("DANG");
      XSSFSheet units = workbook.getSheet("DonVi");
      assertThat(units.getDataValidations()).hasSize(3);
      assertThat(workbook.getSheet("ChucDanh").getDataValidations()).hasSize(2);
      XSSFSheet cadres = workbook.getSheet("CanBo");
      int idColumn = -1;
      for (var cell : cadres.getRow(0)) {
        if (cell.getStringCellValue().equals("Số định danh cá nhân")) {
          idColumn = cell.getColumnIndex();
        }
      }
      assertThat(idColumn).as("the personal identification number column").isPositive();
      assertThat(cadres.getColumnStyle(idColumn).getDataFormatString())
          .as("typed as text, keeping leading zeros")
          .isEqualTo("@");
      boolean describesEveryHeader =
          WorkbookFormat.SHEETS.stream()
              .allMatch(
                  s ->
                      s.columns().stream()
                          .allMatch(
                              col ->
                                  Vietnamese.isVietnamese(
                                      s.guide(col, MessageRenderer.VIETNAMESE))));
      assertThat(describesEveryHeader).isTrue();
    }
  }

  @Test
  void theGuideOfEverySheetAndColumnIsWordedInVietnameseAndInEnglish() {
    Locale english = Locale.ENGLISH;
    for (WorkbookFormat.Sheet sheet : WorkbookFormat.SHEETS) {
      assertThat(sheet.guide(MessageRenderer.VIETNAMESE)).as(sheet.name()).doesNotStartWith("[");
      assertThat(sheet.guide(english))
          .as(sheet.name())
          .doesNotStartWith("[")
          .isNotEqualTo(sheet.guide(MessageRenderer.VIETNAMESE));
      for (WorkbookFormat.Column column : sheet.columns()) {
        String vietnamese = sheet.guide(column, MessageRenderer.VIETNAMESE);
        String inEnglish = sheet.guide(column, english);
        assertThat(vietnamese).as(sheet.name() + "." + column.key()).doesNotContain("[", "{");
        assertThat(inEnglish)
            .as(sheet.name() + "." + column.key())
            .doesNotContain("[", "{")
            .isNotEqualTo(vietnamese);
      }
    }
  }

  @Test
  void theVersionColumnNamesTheRecordOfItsSheet() {
    WorkbookFormat.Sheet units = WorkbookFormat.UNITS;
    WorkbookFormat.Sheet cadres = WorkbookFormat.CADRES;

    assertThat(units.guide(units.column(WorkbookFormat.VERSION), MessageRenderer.VIETNAMESE))
        .startsWith("Phiên bản của đơn vị khi xuất sổ")
        .contains("dòng của đơn vị đã được sửa");
    assertThat(cadres.guide(cadres.column(WorkbookFormat.VERSION), Locale.ENGLISH))
        .startsWith("The version of the cadre when the registry was exported")
        .contains("a row of a cadre edited since the export is refused");
  }
}
