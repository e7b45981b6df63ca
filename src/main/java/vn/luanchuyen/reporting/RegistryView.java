package vn.luanchuyen.reporting;

import java.util.List;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.succession.PlanningEntry;

/** The registry's records as read for a report; plain lists, nothing indexed yet. */
public record RegistryView(
    List<Unit> units,
    List<Position> positions,
    List<Cadre> cadres,
    List<Assignment> assignments,
    List<PlanningEntry> planning,
    List<Assessment> assessments,
    List<Discipline> disciplines) {

  public RegistryView {
    units = List.copyOf(units);
    positions = List.copyOf(positions);
    cadres = List.copyOf(cadres);
    assignments = List.copyOf(assignments);
    planning = List.copyOf(planning);
    assessments = List.copyOf(assessments);
    disciplines = List.copyOf(disciplines);
  }
}
