package vn.luanchuyen.importexport;

/**
 * One problem found in a workbook, where a user can find it.
 *
 * @param sheet the sheet name, e.g. {@code CanBo}
 * @param row the Excel row number (1 is the header row); 0 when the problem is the whole sheet
 * @param column the column header, or null when the problem is the whole row or sheet
 * @param message what is wrong, in Vietnamese
 */
public record ImportProblem(String sheet, int row, String column, String message) {

  /** Problems in the order of the workbook's sheets ({@link WorkbookFormat#SHEETS}), then rows. */
  static final java.util.Comparator<ImportProblem> IN_WORKBOOK_ORDER =
      java.util.Comparator.comparingInt((ImportProblem p) -> WorkbookFormat.order(p.sheet()))
          .thenComparingInt(ImportProblem::row);

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(sheet);
    if (row > 0) {
      s.append(" / dòng ").append(row);
    }
    if (column != null) {
      s.append(" / cột \"").append(column).append('"');
    }
    return s.append(": ").append(message).toString();
  }
}
