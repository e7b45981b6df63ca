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
  void eachKindOfRecordIsHandedToTheWriterOnceItsLastContinuationSheetIsRead() {
    RegistryContent demo = DemoDistrict.generate(2022);
    List<RecordKind> told = new ArrayList<>();
    List<Integer> assignmentsWhenTold = new ArrayList<>();
    List<Integer> cadresWhenTold = new ArrayList<>();

    WorkbookRead read =
        new WorkbookReader()
            .read(
                new ByteArrayInputStream(write(demo, 600)),
                (kind, soFar, clean) -> {
                  told.add(kind);
                  assertThat(clean).isTrue();
                  assignmentsWhenTold.add(soFar.assignments().size());
                  cadresWhenTold.add(soFar.cadres().size());
                });

    assertThat(read.problems()).isEmpty();
    // every kind once, in the order of the sheets (the code lists come last)
    assertThat(told)
        .containsExactly(
            RecordKind.UNIT,
            RecordKind.POSITION,
            RecordKind.CADRE,
            RecordKind.ASSIGNMENT,
            RecordKind.PLANNING,
            RecordKind.ASSESSMENT,
            RecordKind.DISCIPLINE,
            RecordKind.CODE);
    int assignmentsAt = told.indexOf(RecordKind.ASSIGNMENT);
    // the cadres were all there before any assignment had been read
    assertThat(cadresWhenTold.get(told.indexOf(RecordKind.CADRE))).isEqualTo(demo.cadres().size());
    assertThat(assignmentsWhenTold.get(told.indexOf(RecordKind.CADRE))).isZero();
    // the assignments only once the third of their sheets was read, all of them
    assertThat(assignmentsWhenTold.get(assignmentsAt)).isEqualTo(demo.assignments().size());
  }

  @Test
  void aKindWhoseSheetIsMissingIsHandedOverEmptyAtTheEndAndMarkedUnclean() {
    byte[] withoutHistory = TestWorkbook.valid().without("QuaTrinhCongTac").bytes();
    List<RecordKind> told = new ArrayList<>();
    List<Boolean> clean = new ArrayList<>();

    new WorkbookReader()
        .read(
            new ByteArrayInputStream(withoutHistory),
            (kind, soFar, isClean) -> {
              told.add(kind);
              clean.add(isClean);
            });

    assertThat(told).containsExactlyInAnyOrder(RecordKind.values());
    assertThat(told.indexOf(RecordKind.ASSIGNMENT))
        .isGreaterThan(told.indexOf(RecordKind.ASSESSMENT));
    // the missing sheet is a problem: what is handed over after it is not worth writing
    assertThat(clean.get(told.indexOf(RecordKind.ASSIGNMENT))).isFalse();
    assertThat(clean.get(told.indexOf(RecordKind.CADRE))).isTrue();
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
