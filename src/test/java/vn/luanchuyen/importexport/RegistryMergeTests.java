package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.PartialDate;

class RegistryMergeTests {

  private static Cadre cadre(String code, String name) {
    return new Cadre(
        code,
        name,
        Sex.MALE,
        PartialDate.ofYear(1970),
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
        0);
  }

  private static Assignment stay(String cadre, String seat, int year) {
    return new Assignment(null, cadre, seat, LocalDate.of(year, 1, 1), null, null, null, 0);
  }

  private static RegistryContent content(
      List<Cadre> cadres, List<Assignment> assignments, List<Assessment> assessments) {
    return new RegistryContent(
        List.of(), List.of(), List.of(), cadres, assignments, List.of(), assessments, List.of());
  }

  @Test
  void replacesCadresByCodeAndTheirWholeHistory() {
    RegistryContent existing =
        content(
            List.of(cadre("CB1", "Cũ"), cadre("CB2", "Giữ nguyên")),
            List.of(stay("CB1", "P1", 2000), stay("CB2", "P2", 2001)),
            List.of(new Assessment("CB1", 2020, AssessmentGrade.HTNV)));
    RegistryContent workbook =
        content(
            List.of(cadre("CB1", "Mới"), cadre("CB3", "Thêm")),
            List.of(stay("CB3", "P1", 2010)),
            List.of());

    RegistryContent merged = RegistryMerge.merge(existing, workbook);

    assertThat(merged.cadres())
        .extracting(Cadre::fullName)
        .containsExactly("Mới", "Giữ nguyên", "Thêm");
    assertThat(merged.assignments())
        .containsExactly(stay("CB2", "P2", 2001), stay("CB3", "P1", 2010));
    assertThat(merged.assessments()).isEmpty();
  }

  @Test
  void replacesOnlyTheKindOfHistoryGivenForACadreNotOnTheCadreSheet() {
    RegistryContent existing =
        content(
            List.of(cadre("CB1", "An")),
            List.of(stay("CB1", "P1", 2000)),
            List.of(new Assessment("CB1", 2020, AssessmentGrade.HTNV)));
    RegistryContent workbook =
        content(List.of(), List.of(), List.of(new Assessment("CB1", 2021, AssessmentGrade.HTTNV)));

    RegistryContent merged = RegistryMerge.merge(existing, workbook);

    assertThat(merged.assignments()).containsExactly(stay("CB1", "P1", 2000));
    assertThat(merged.assessments())
        .containsExactly(new Assessment("CB1", 2021, AssessmentGrade.HTTNV));
    assertThat(RegistryMerge.merge(merged, workbook)).isEqualTo(merged);
  }
}
