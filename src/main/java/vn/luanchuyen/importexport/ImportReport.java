package vn.luanchuyen.importexport;

import java.util.List;
import vn.luanchuyen.registry.RegistryContent;

/**
 * What an import did: either the workbook was taken whole (with the counts of what it held) or it
 * was refused, and nothing was written, with how many problems were found and the first {@link
 * #MAX_LISTED} of them (a damaged workbook can have a million: the answer stays readable).
 *
 * @param problemCount every problem found; more than {@code problems} when they were capped
 */
public record ImportReport(
    boolean imported,
    List<ImportProblem> problems,
    long problemCount,
    Counts counts,
    Phases phases) {

  /** The most problems listed in a report. */
  public static final int MAX_LISTED = 1000;

  public ImportReport {
    problems =
        List.copyOf(problems.size() > MAX_LISTED ? problems.subList(0, MAX_LISTED) : problems);
  }

  /**
   * How long each phase of the import took, in milliseconds: reading the workbook, reading the
   * registry it is checked against, checking, writing the records (not counting the waits for the
   * reader), writing their audit entries, and committing (which seals each cadre's records first);
   * the last three zero when refused. The records are written while the workbook is read, and
   * checked while the last of them are written, so the phases overlap.
   *
   * @param writtenAtMs when, counted from the start of the import, the records and their audit
   *     entries were all written and the commit began
   */
  public record Phases(
      long readMs,
      long existingMs,
      long checkMs,
      long writeMs,
      long auditMs,
      long commitMs,
      long writtenAtMs) {
    static final Phases NONE = new Phases(0, 0, 0, 0, 0, 0, 0);

    Phases withRead(long ms) {
      return new Phases(ms, existingMs, checkMs, writeMs, auditMs, commitMs, writtenAtMs);
    }

    Phases withCommit(long ms) {
      return new Phases(readMs, existingMs, checkMs, writeMs, auditMs, ms, writtenAtMs);
    }
  }

  /** The same report with the phases' times. */
  ImportReport with(Phases measured) {
    return new ImportReport(imported, problems, problemCount, counts, measured);
  }

  /** Whether some problems were found beyond those listed. */
  public boolean capped() {
    return problemCount > problems.size();
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
    return new ImportReport(false, problems, problems.size(), null, Phases.NONE);
  }

  static ImportReport imported(RegistryContent content) {
    return new ImportReport(true, List.of(), 0, Counts.of(content), Phases.NONE);
  }
}
