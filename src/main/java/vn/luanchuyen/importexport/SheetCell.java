package vn.luanchuyen.importexport;

/**
 * One non-blank cell as found in the sheet XML, before it is interpreted for a column.
 *
 * @param text the trimmed text of a text cell, the error code of an error cell, else null
 * @param number the value of a numeric or date cell
 */
record SheetCell(Kind kind, String text, double number) {

  enum Kind {
    TEXT,
    NUMBER,
    /** A number in a date format: an Excel date serial. */
    DATE,
    ERROR,
    FORMULA_WITHOUT_VALUE,
    TOO_LONG
  }

  static SheetCell text(String text) {
    return new SheetCell(Kind.TEXT, text, 0);
  }

  static SheetCell number(double number, boolean date) {
    return new SheetCell(date ? Kind.DATE : Kind.NUMBER, null, number);
  }

  static SheetCell of(Kind kind) {
    return new SheetCell(kind, null, 0);
  }

  static SheetCell error(String code) {
    return new SheetCell(Kind.ERROR, code, 0);
  }
}
