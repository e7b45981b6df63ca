package vn.luanchuyen.shared;

import java.util.Locale;

/**
 * Thrown when a record asked for by its code does not exist. Its kind is a code ({@code cadre},
 * {@code plan-version}, {@code approval-case}), worded for a reader by {@code record.kind.<kind>}
 * in the owning module's bundle.
 */
public class NotFoundException extends RuntimeException {
  private final String kind;
  private final String code;

  public NotFoundException(String kind, String code) {
    super(kind + " " + code + " not found");
    this.kind = kind;
    this.code = code;
  }

  public String kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** "Không có bản ghi cán bộ mã CB9." in the reader's language (Vietnamese unless English). */
  public String wording(Locale locale) {
    String key = "record.kind." + kind;
    String kindWord =
        MessageRenderer.hasKey(key, locale) ? MessageRenderer.text(key, locale) : kind;
    return MessageRenderer.format("error.notFound.record", locale, kindWord, code);
  }
}
