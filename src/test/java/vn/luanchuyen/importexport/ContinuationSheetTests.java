package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.registry.RegistryContent;

/** Sheets longer than Excel allows go on in "QuaTrinhCongTac (2)", "(3)", … and read back whole. */
class ContinuationSheetTests {

  private static byte[] write(RegistryContent content, int rowsPerSheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkbookWriter(rowsPerSheet).write(content, out);
    return out.toByteArray();
  }

  @Test
  void aLongSheetContinuesOnNumberedSheetsAndReadsBackWhole() throws Exception {
    RegistryContent demo = DemoDistrict.generate(2022);
    byte[] bytes = write(demo, 600);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getSheet("QuaTrinhCongTac").getLastRowNum()).isEqualTo(600);
      assertThat(workbook.getSheet("QuaTrinhCongTac (2)").getLastRowNum()).isEqualTo(600);
      assertThat(workbook.getSheet("QuaTrinhCongTac (3)").getLastRowNum())
          .isEqualTo(demo.assignments().size() - 1200);
    }
    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(bytes));
    assertThat(read.problems()).isEmpty();
    assertThat(read.content().assignments()).hasSize(demo.assignments().size());
    assertThat(
            new RegistryValidator(java.time.Clock.systemDefaultZone())
                .validate(read, RegistryContent.empty()))
        .isEmpty();
  }

  @Test
  void aProblemOnAContinuationSheetNamesThatSheetAndItsRow() {
    RegistryContent demo = DemoDistrict.generate(2022);
    List<Assignment> assignments = new ArrayList<>(demo.assignments());
    Assignment last = assignments.get(assignments.size() - 1);
    assignments.add(
        new Assignment(
            null,
            last.cadreCode(),
            "NO-SUCH-SEAT",
            LocalDate.of(2000, 1, 1),
            LocalDate.of(2000, 2, 1),
            AssignmentForm.BO_NHIEM,
            null,
            0));
    RegistryContent broken =
        new RegistryContent(
            demo.codes(),
            demo.units(),
            demo.positions(),
            demo.cadres(),
            assignments,
            demo.planning(),
            demo.assessments(),
            demo.disciplines());

    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(write(broken, 1000)));
    List<ImportProblem> problems =
        new RegistryValidator(java.time.Clock.systemDefaultZone())
            .validate(read, RegistryContent.empty());

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).sheet()).isEqualTo("QuaTrinhCongTac (2)");
    assertThat(problems.get(0).row()).isGreaterThan(1);
    assertThat(problems.get(0).message()).contains("NO-SUCH-SEAT");
  }
}
