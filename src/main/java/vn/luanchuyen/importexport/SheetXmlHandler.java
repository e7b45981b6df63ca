package vn.luanchuyen.importexport;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler for one worksheet part that hands each row's non-blank cells to a {@link RowSink},
 * keeping the cell's kind: text, number, date (a number in a date format), error, or a formula
 * without a cached value. POI's {@code XSSFSheetXMLHandler} is not used because it formats every
 * value to text and silently skips a formula cell that has no cached value, which must be reported.
 * Text is never accumulated beyond {@code maxTextLength + 1} characters.
 */
final class SheetXmlHandler extends DefaultHandler {

  /** Receives the cells of one sheet, row by row. */
  interface RowSink {
    void startRow(int row);

    void cell(int row, int column, SheetCell cell);

    void endRow(int row);
  }

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final CappedSharedStrings strings;
  private final StylesTable styles;
  private final int maxTextLength;
  private final RowSink sink;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();
  private final StringBuilder text = new StringBuilder();

  private int row;
  private int nextColumn;
  private int column;
  private String type;
  private int style;
  private boolean formula;
  private boolean hasValue;
  private boolean collecting;
  private boolean tooLong;

  SheetXmlHandler(
      CappedSharedStrings strings, StylesTable styles, int maxTextLength, RowSink sink) {
    this.strings = strings;
    this.styles = styles;
    this.maxTextLength = maxTextLength;
    this.sink = sink;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attrs) {
    if (!MAIN_NS.equals(uri)) {
      return;
    }
    switch (localName) {
      case "row" -> {
        String r = attrs.getValue("r");
        row = r == null ? row + 1 : Integer.parseInt(r);
        nextColumn = 0;
        sink.startRow(row);
      }
      case "c" -> {
        String ref = attrs.getValue("r");
        int at = ref == null ? -1 : columnOf(ref);
        column = at < 0 ? nextColumn : at;
        nextColumn = column + 1;
        type = attrs.getValue("t");
        String s = attrs.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        formula = false;
        hasValue = false;
        tooLong = false;
        text.setLength(0);
      }
      case "f" -> formula = true;
      case "v", "t" -> {
        collecting = true;
        hasValue = true;
      }
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (!collecting || tooLong) {
      return;
    }
    int room = maxTextLength + 1 - text.length();
    if (length > room) {
      text.append(ch, start, room);
      tooLong = true;
    } else {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (!MAIN_NS.equals(uri)) {
      return;
    }
    switch (localName) {
      case "v", "t" -> collecting = false;
      case "c" -> {
        SheetCell cell = finishCell();
        if (cell != null) {
          sink.cell(row, column, cell);
        }
      }
      case "row" -> {
        sink.endRow(row);
      }
      default -> {}
    }
  }

  private SheetCell finishCell() {
    if (!hasValue) {
      return formula ? SheetCell.of(SheetCell.Kind.FORMULA_WITHOUT_VALUE) : null;
    }
    if (tooLong) {
      return SheetCell.of(SheetCell.Kind.TOO_LONG);
    }
    String raw = text.toString();
    String t = type == null ? "n" : type;
    switch (t) {
      case "s" -> {
        String value = strings.get(Integer.parseInt(raw.strip()));
        return textCell(value);
      }
      case "inlineStr", "str" -> {
        return textCell(raw);
      }
      case "b" -> {
        return SheetCell.text("1".equals(raw.strip()) ? "TRUE" : "FALSE");
      }
      case "e" -> {
        return SheetCell.error(raw.strip());
      }
      case "d" -> {
        return textCell(raw);
      }
      default -> {
        String s = raw.strip();
        if (s.isEmpty()) {
          return formula ? SheetCell.of(SheetCell.Kind.FORMULA_WITHOUT_VALUE) : null;
        }
        try {
          return SheetCell.number(Double.parseDouble(s), isDateStyle(style));
        } catch (NumberFormatException e) {
          return textCell(s);
        }
      }
    }
  }

  /** The zero-based column of a cell reference such as {@code AB12}. */
  private static int columnOf(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        column = column * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        column = column * 26 + (ch - 'a' + 1);
      } else if (ch != '$') {
        break;
      }
    }
    return column - 1;
  }

  private SheetCell textCell(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > maxTextLength) {
      return SheetCell.of(SheetCell.Kind.TOO_LONG);
    }
    String s = value.strip();
    return s.isEmpty() ? null : SheetCell.text(s);
  }

  private boolean isDateStyle(int index) {
    if (styles == null) {
      return false;
    }
    return dateStyles.computeIfAbsent(
        index,
        i -> {
          if (i < 0 || i >= styles.getNumCellStyles()) {
            return false;
          }
          XSSFCellStyle cellStyle = styles.getStyleAt(i);
          if (cellStyle == null) {
            return false;
          }
          return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
  }
}
