package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentTable;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.registry.RegistryContent;

/**
 * The registry's stays and assessments come as columns from the database and the demo, and as
 * records from a workbook or a test: screening reads both alike.
 */
class StaysHeldAsColumnsTests extends ScreeningScenario {

  @Test
  void everyKindOfBadStayIsFoundAlikeInColumnsAndInRecords() {
    registry
        .add(aCadre("CB1").holding("P-KHONG-CO").since(date(2010, 1, 1)))
        .add(
            aCadre("CB2")
                .holding(homeAffairsHead)
                .since(date(2010, 1, 1))
                .until(date(2009, 1, 1))
                .holding(homeAffairsDeputy)
                .since(null))
        .add(
            aCadre("CB3")
                .holding(wardSecretary)
                .since(date(2010, 1, 1))
                .until(date(2016, 1, 1))
                .holding(wardSecretary)
                .since(date(2015, 1, 1))
                .graded(2021, AssessmentGrade.HTTNV)
                .graded(2020, null))
        .add(aCadre("CB4").holding(wardSecretary).since(date(2020, 1, 1)))
        .add(aCadre("CB5").holding(homeAffairsDeputy).since(date(2012, 3, 1)));

    RegistrySnapshot records = registry.snapshot();
    RegistrySnapshot columns = registry.snapshotOfColumns();

    assertThat(columns.dataQuality())
        .extracting(DataQualityFinding::code)
        .contains(
            "unknown-position",
            "end-before-start",
            "missing-start",
            "overlapping-stays",
            "shared-seat");
    assertThat(columns.dataQuality()).isEqualTo(records.dataQuality());
    assertThat(columns.usableStaysOf("CB3")).isEqualTo(records.usableStaysOf("CB3"));
    assertThat(columns.assessmentsOf("CB3")).isEqualTo(records.assessmentsOf("CB3"));
    assertThat(screened(columns)).isEqualTo(screened(records));
  }

  @Test
  void staysStartingBeyondTheRangeOfDayNumbersAreStillOrderedByTheirDates() {
    LocalDate last = LocalDate.MAX;
    LocalDate earlier = LocalDate.MAX.minusYears(1);
    registry.add(
        aCadre("CB1")
            .holding(homeAffairsDeputy)
            .since(last)
            .holding(homeAffairsDeputy)
            .since(earlier)
            .until(earlier.plusDays(1)));

    assertThat(registry.snapshot().usableStaysOf("CB1"))
        .extracting(Assignment::startDate)
        .containsExactly(earlier, last);
  }

  @Test
  void theDemoDistrictScreensAlikeFromColumnsAndFromRecords() {
    RegistryContent demo = DemoDistrict.generate(2022, 2000);
    RegistryContent records =
        new RegistryContent(
            demo.codes(),
            demo.units(),
            demo.positions(),
            demo.cadres(),
            new ArrayList<>(demo.assignments()),
            demo.planning(),
            new ArrayList<>(demo.assessments()),
            demo.disciplines());

    assertThat(AssignmentTable.isTable(demo.assignments())).isTrue();
    assertThat(AssessmentTable.isTable(demo.assessments())).isTrue();
    assertThat(AssignmentTable.isTable(records.assignments())).isFalse();
    assertThat(records).isEqualTo(demo);
    RegistrySnapshot fromColumns = RegistrySnapshot.of(demo);
    RegistrySnapshot fromRecords = RegistrySnapshot.of(records);
    assertThat(fromColumns.dataQuality()).isEqualTo(fromRecords.dataQuality());
    assertThat(new RotationScreening().screen(fromColumns, HADONG, AS_OF).mustMoveCount())
        .isPositive();
    assertThat(screened(fromColumns)).isEqualTo(screened(fromRecords));
  }

  private static String screened(RegistrySnapshot snapshot) {
    return ScreeningJson.write(new RotationScreening().screen(snapshot, HADONG, AS_OF));
  }
}
