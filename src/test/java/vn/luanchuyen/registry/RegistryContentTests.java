package vn.luanchuyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentTable;

class RegistryContentTests {

  private static Assignment stay(
      Long id, String cadre, String seat, LocalDate start, LocalDate end, long version) {
    return new Assignment(id, cadre, seat, start, end, null, null, version);
  }

  @Test
  void theRegistryKeepsStaysAndAssessmentsHeldAsColumnsAsTheyCame() {
    List<Assignment> stays =
        AssignmentTable.compact(
            List.of(stay(null, "CB1", "P1", LocalDate.of(2010, 1, 1), null, 0)));
    List<Assessment> grades =
        AssessmentTable.compact(List.of(new Assessment("CB1", 2021, AssessmentGrade.HTNV)));

    RegistryContent content =
        RegistryContent.of(List.of(), List.of(), List.of(), stays, List.of(), grades, List.of());

    assertThat(content.assignments()).isSameAs(stays);
    assertThat(content.assessments()).isSameAs(grades);
  }
}
