package vn.luanchuyen.importexport;

import java.util.List;
import vn.luanchuyen.registry.RegistryContent;

/**
 * What a workbook held: its records, where each came from, and every problem found while reading
 * it. Reading never stops at the first problem; cross-record checks are {@link
 * RegistryValidator}'s.
 *
 * @param content the records read; a field whose cell could not be read is null (or 0 for a year)
 * @param rows the Excel row of every record
 * @param problems the problems found while reading, in sheet and row order
 * @param versions the version each unit, seat and cadre row carried when it was exported
 */
public record WorkbookRead(
    RegistryContent content,
    SourceRows rows,
    List<ImportProblem> problems,
    ExportedVersions versions) {

  public WorkbookRead {
    problems = List.copyOf(problems);
  }

  /** A read whose rows carry no exported versions. */
  public WorkbookRead(RegistryContent content, SourceRows rows, List<ImportProblem> problems) {
    this(content, rows, problems, ExportedVersions.none());
  }

  /** Whether the workbook was read without any problem. */
  public boolean readCleanly() {
    return problems.isEmpty();
  }
}
