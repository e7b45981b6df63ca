package vn.luanchuyen.importexport;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * One problem found in a workbook, where a user can find it.
 *
 * @param sheet the sheet name, e.g. {@code CanBo}
 * @param row the Excel row number (1 is the header row); 0 when the problem is the whole sheet
 * @param column the column header, or null when the problem is the whole row or sheet
 * @param message what is wrong, in Vietnamese
 * @param reason the problem's code and facts, its message under {@code import.problem.<code>} in
 *     {@code i18n/importexport}; null for a problem given as a sentence
 */
public record ImportProblem(
    String sheet, int row, String column, String message, @JsonIgnore Reason reason) {

  /** A problem given as a sentence, without a code. */
  public ImportProblem(String sheet, int row, String column, String message) {
    this(sheet, row, column, message, null);
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

  /** The problem's code, e.g. {@code required}; null for a problem given as a sentence. */
  @JsonProperty("code")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public String code() {
    return reason == null ? null : reason.code();
  }

  /** What is wrong in the given language (the Vietnamese sentence for a problem without a code). */
  public String message(Locale locale) {
    return reason == null ? message : MessageRenderer.PLAIN.render(reason, locale);
  }

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
