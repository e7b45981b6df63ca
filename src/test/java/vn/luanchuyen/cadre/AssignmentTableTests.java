package vn.luanchuyen.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTableTests {

  private static Assignment stay(
      Long id, String cadre, String seat, LocalDate start, LocalDate end, long version) {
    return new Assignment(
        id, cadre, seat, start, end, AssignmentForm.BO_NHIEM, "12-QĐ/QU", version);
  }

  @Test
  void staysReadFromColumnsAreTheRecordsThatWentIn() {
    List<Assignment> records =
        List.of(
            stay(null, "CB1", "P-NV-TP", LocalDate.of(2010, 1, 1), null, 0),
            stay(7L, "CB1", "P-NV-PP1", LocalDate.of(2005, 2, 28), LocalDate.of(2009, 12, 31), 3),
            new Assignment(null, "CB2", null, null, null, null, null, 0),
            stay(0L, "CB2", "VP-BT", LocalDate.of(1969, 12, 31), LocalDate.of(2024, 2, 29), 0),
            new Assignment(
                9L,
                "CB3",
                "P-X",
                LocalDate.of(2020, 1, 1),
                null,
                AssignmentForm.CHUYEN_DOI,
                null,
                1));

    List<Assignment> table = AssignmentTable.compact(records);

    assertThat(AssignmentTable.isTable(table)).isTrue();
    assertThat(table).containsExactlyElementsOf(records);
    assertThat(table).isEqualTo(records).hasSameHashCodeAs(records);
    assertThat(new ArrayList<>(records)).isEqualTo(table);
    AssignmentTable columns = (AssignmentTable) table;
    assertThat(columns.cadreCode(1)).isEqualTo("CB1");
    assertThat(columns.positionCode(2)).isNull();
    assertThat(columns.startDay(0)).isEqualTo(LocalDate.of(2010, 1, 1).toEpochDay());
    assertThat(columns.startDay(2)).isEqualTo(AssignmentTable.NO_DATE);
    assertThat(columns.startDate(1)).isEqualTo(LocalDate.of(2005, 2, 28));
    assertThat(columns.startDate(2)).isNull();
    assertThat(columns.endDay(0)).isEqualTo(AssignmentTable.NO_DATE);
  }

  @Test
  void staysWithoutIdsOrVersionsReadBackWithoutThem() {
    List<Assignment> records =
        List.of(
            stay(null, "CB1", "P1", LocalDate.of(2010, 1, 1), null, 0),
            stay(null, "CB2", "P2", LocalDate.of(2011, 1, 1), null, 0));

    assertThat(AssignmentTable.compact(records)).containsExactlyElementsOf(records);
  }

  @Test
  void aDateBeyondTheRangeOfDayNumbersKeepsTheStaysAsRecords() {
    List<Assignment> records =
        List.of(
            stay(null, "CB1", "P1", LocalDate.of(2010, 1, 1), null, 0),
            stay(null, "CB1", "P2", LocalDate.MAX, null, 0));

    List<Assignment> kept = AssignmentTable.compact(records);

    assertThat(AssignmentTable.isTable(kept)).isFalse();
    assertThat(kept).containsExactlyElementsOf(records);
  }

  @Test
  void assessmentsReadFromColumnsAreTheRecordsThatWentIn() {
    List<Assessment> records =
        List.of(
            new Assessment("CB1", 2021, AssessmentGrade.HTXSNV),
            new Assessment("CB1", 2020, null),
            new Assessment("CB2", 2021, AssessmentGrade.KHTNV));

    List<Assessment> table = AssessmentTable.compact(records);

    assertThat(AssessmentTable.isTable(table)).isTrue();
    assertThat(table).isEqualTo(records).hasSameHashCodeAs(records);
    AssessmentTable columns = (AssessmentTable) table;
    assertThat(columns.grade(1)).isNull();
    assertThat(columns.gradeOrdinal(1)).isEqualTo(-1);
    assertThat(columns.year(2)).isEqualTo(2021);
  }

  @Test
  void aBuilderTakesNothingAfterItsTableIsMadeSoTheTableStaysAsItWas() {
    AssignmentTable.Builder stays =
        new AssignmentTable.Builder(1)
            .add(stay(null, "CB1", "P1", LocalDate.of(2010, 1, 1), null, 0));
    List<Assignment> made = stays.build();
    AssessmentTable.Builder grades =
        new AssessmentTable.Builder(1).add(new Assessment("CB1", 2021, AssessmentGrade.HTNV));
    List<Assessment> graded = grades.build();

    assertThatThrownBy(() -> stays.add(stay(null, "CB2", "P2", LocalDate.of(2011, 1, 1), null, 0)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> grades.add(new Assessment("CB2", 2021, AssessmentGrade.HTNV)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(made).extracting(Assignment::cadreCode).containsExactly("CB1");
    assertThat(graded).extracting(Assessment::cadreCode).containsExactly("CB1");
  }
}
