package vn.luanchuyen.importexport;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Map;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * One problem found in a workbook, where a user can find it.
 *
 * @param sheet the sheet name, e.g. {@code CanBo}
 * @param row the Excel row number (1 is the header row); 0 when the problem is the whole sheet
 * @param column the column header, or null when the problem is the whole row or sheet
 * @param message what is wrong, in Vietnamese (the reason's sentence)
 * @param reason the problem's code and facts, its message under {@code import.problem.<code>} in
 *     {@code i18n/importexport} (or a shared rule's key of the {@code messages} bundle)
 */
public record ImportProblem(
    String sheet, int row, String column, String message, @JsonIgnore Reason reason) {

  public ImportProblem {
    java.util.Objects.requireNonNull(reason, "an import problem has a reason code");
  }

  /** A problem with its code and facts; its message is the Vietnamese sentence of the reason. */
  static ImportProblem of(String sheet, int row, String column, Reason reason) {
    return new ImportProblem(
        sheet,
        row,
        column,
        MessageRenderer.PLAIN.render(reason, MessageRenderer.VIETNAMESE),
        reason);
  }

  /**
   * A problem's reason: the code, its key {@code import.problem.<code>} and the named facts, given
   * as pairs {@code name, value, name, value…} (a missing value is written empty).
   */
  static Reason reason(String code, Object... namesAndValues) {
    java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      args.put((String) namesAndValues[i], value == null ? "" : value);
    }
    return new Reason(code, "import.problem." + code, args);
  }

  /** The problem's code, e.g. {@code required} or {@code sheet-missing}. */
  @JsonProperty("code")
  public String code() {
    return reason.code();
  }

  /** What is wrong in the given language. */
  public String message(Locale locale) {
    return MessageRenderer.PLAIN.render(reason, locale);
  }

  /** Problems in the order of the workbook's sheets ({@link WorkbookFormat#SHEETS}), then rows. */
  static final java.util.Comparator<ImportProblem> IN_WORKBOOK_ORDER =
      java.util.Comparator.comparingInt((ImportProblem p) -> WorkbookFormat.order(p.sheet()))
          .thenComparingInt(ImportProblem::row);

  /**
   * Where the problem is and what is wrong, as one line in the given language: {@code CanBo / dòng
   * 3 / cột "Ngày sinh": …}.
   */
  public String described(Locale locale) {
    StringBuilder s = new StringBuilder(sheet);
    if (row > 0) {
      s.append(MessageRenderer.PLAIN.render("import.where.row", Map.of("row", row), locale));
    }
    if (column != null) {
      s.append(
          MessageRenderer.PLAIN.render("import.where.column", Map.of("column", column), locale));
    }
    return s.append(": ").append(message(locale)).toString();
  }

  @Override
  public String toString() {
    return described(MessageRenderer.VIETNAMESE);
  }
}
