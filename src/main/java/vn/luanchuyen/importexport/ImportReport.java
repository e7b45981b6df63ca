package vn.luanchuyen.importexport;

import java.util.List;

/**
 * What an import did: either the workbook was taken whole (with the counts of what it held) or it
 * was refused with every problem found, and nothing was written.
 */
public record ImportReport(boolean imported, List<ImportProblem> problems, Counts counts) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  /** How many records of each kind the workbook held. */
  public record Counts(
      int units,
      int positions,
      int cadres,
      int assignments,
      int planning,
      int assessments,
      int disciplines) {

    static Counts of(RegistryContent c) {
      return new Counts(
          c.units().size(),
          c.positions().size(),
          c.cadres().size(),
          c.assignments().size(),
          c.planning().size(),
          c.assessments().size(),
          c.disciplines().size());
    }
  }

  static ImportReport refused(List<ImportProblem> problems) {
    return new ImportReport(false, problems, null);
  }

  static ImportReport imported(RegistryContent content) {
    return new ImportReport(true, List.of(), Counts.of(content));
  }
}
