package vn.luanchuyen.registry;

import java.util.List;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentTable;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.succession.SuccessionEntry;

/** The whole registry, or a workbook's part of it, as plain records. */
public record RegistryContent(
    List<CodeEntry> codes,
    List<Unit> units,
    List<Position> positions,
    List<Cadre> cadres,
    List<Assignment> assignments,
    List<SuccessionEntry> planning,
    List<Assessment> assessments,
    List<Discipline> disciplines) {

  public RegistryContent {
    codes = List.copyOf(codes);
    units = List.copyOf(units);
    positions = List.copyOf(positions);
    cadres = List.copyOf(cadres);
    // stays and assessments kept as columns stay so: copying would make a record of each
    assignments = AssignmentTable.isTable(assignments) ? assignments : List.copyOf(assignments);
    planning = List.copyOf(planning);
    assessments = AssessmentTable.isTable(assessments) ? assessments : List.copyOf(assessments);
    disciplines = List.copyOf(disciplines);
  }

  /** The registry's records without code lists (a snapshot to screen, a cadre's own records). */
  public static RegistryContent of(
      List<Unit> units,
      List<Position> positions,
      List<Cadre> cadres,
      List<Assignment> assignments,
      List<SuccessionEntry> planning,
      List<Assessment> assessments,
      List<Discipline> disciplines) {
    return new RegistryContent(
        List.of(), units, positions, cadres, assignments, planning, assessments, disciplines);
  }

  public static RegistryContent empty() {
    return new RegistryContent(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
