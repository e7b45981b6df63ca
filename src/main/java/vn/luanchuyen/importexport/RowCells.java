package vn.luanchuyen.importexport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.SharedValues;
import vn.luanchuyen.shared.Term;

/**
 * The cells of one data row, read by column header into typed values. A cell that cannot be read
 * becomes a problem at its sheet, row and column, and its value is null.
 */
final class RowCells {

  private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TERM = Pattern.compile("\\d{4}\\s*[-–]\\s*\\d{4}");

  private final WorkbookFormat.Sheet sheet;
  private final String sheetName;
  private final Map<String, Integer> slots;
  private final SheetCell[] cells;

  /**
   * Day 0 of the 1900 date system for serials from 61 (1 March 1900) on; earlier serials count the
   * fictitious 29 February 1900 and go through POI.
   */
  private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

  private static final double FIRST_PLAIN_SERIAL = 61;

  private final boolean date1904;
  private final SharedValues shared;
  private final List<ImportProblem> problems;
  private int row;

  RowCells(
      WorkbookFormat.Sheet sheet,
      String sheetName,
      Map<String, Integer> slots,
      boolean date1904,
      SharedValues shared,
      List<ImportProblem> problems) {
    this.sheet = sheet;
    this.sheetName = sheetName;
    this.slots = slots;
    this.cells = new SheetCell[sheet.columns().size()];
    this.date1904 = date1904;
    this.shared = shared;
    this.problems = problems;
  }

  void start(int row) {
    this.row = row;
    Arrays.fill(cells, null);
  }

  void put(int slot, SheetCell cell) {
    cells[slot] = cell;
  }

  int row() {
    return row;
  }

  boolean isBlank() {
    for (SheetCell c : cells) {
      if (c != null) {
        return false;
      }
    }
    return true;
  }

  /** The cell's text, trimmed; a number or date is given as the user sees it. */
  String text(String header) {
    SheetCell c = usable(header);
    if (c == null) {
      return null;
    }
    return switch (c.kind()) {
      case TEXT -> c.text();
      case NUMBER -> NumberToTextConverter.toText(c.number());
      case DATE -> {
        LocalDate d = excelDate(c.number());
        yield d == null ? NumberToTextConverter.toText(c.number()) : Texts.date(d);
      }
      default -> null;
    };
  }

  /**
   * A number written with a fixed count of digits, such as a personal identification number: text
   * as written; a number cell as its digits, with the leading zeros that a spreadsheet drops from a
   * number put back when at most two were lost (a 10- or 11-digit number for 12 digits).
   */
  String digits(String header, int width) {
    SheetCell c = usable(header);
    if (c != null && c.kind() == SheetCell.Kind.NUMBER) {
      String s = NumberToTextConverter.toText(c.number());
      if (s.chars().allMatch(Character::isDigit) && s.length() >= width - 2 && s.length() < width) {
        return "0".repeat(width - s.length()) + s;
      }
      return s;
    }
    return text(header);
  }

  /** A code: trimmed text, shared with equal codes read before to save memory. */
  String code(String header) {
    String s = text(header);
    return s == null ? null : shared.shared(s);
  }

  /** Comma-separated codes; empty when the cell is blank. */
  List<String> codes(String header) {
    String s = text(header);
    List<String> result = new ArrayList<>();
    if (s != null) {
      for (String part : s.split("[,;]")) {
        String p = part.strip();
        if (!p.isEmpty()) {
          result.add(shared.shared(p));
        }
      }
    }
    return result;
  }

  /** A real Excel date or text {@code dd/MM/yyyy}. */
  LocalDate date(String header) {
    SheetCell c = usable(header);
    if (c == null) {
      return null;
    }
    if (c.kind() == SheetCell.Kind.DATE) {
      LocalDate d = excelDate(c.number());
      if (d != null) {
        return d;
      }
    } else if (c.kind() == SheetCell.Kind.TEXT) {
      Matcher m = DAY.matcher(c.text());
      if (m.matches()) {
        try {
          return LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
          // reported below as not a date
        }
      }
    }
    problem(header, "not-a-date", "value", shown(c));
    return null;
  }

  /**
   * A birth date to its known precision: a real date, {@code dd/MM/yyyy}, {@code MM/yyyy}, {@code
   * yyyy}.
   */
  PartialDate partialDate(String header) {
    SheetCell c = usable(header);
    if (c == null) {
      return null;
    }
    switch (c.kind()) {
      case DATE -> {
        LocalDate d = excelDate(c.number());
        if (d != null) {
          return PartialDate.ofDay(d);
        }
      }
      case NUMBER -> {
        double n = c.number();
        if (n == Math.rint(n) && n >= 1000 && n <= 9999) {
          return PartialDate.ofYear((int) n);
        }
      }
      case TEXT -> {
        try {
          return PartialDate.parse(c.text());
        } catch (IllegalArgumentException e) {
          // reported below as not a date
        }
      }
      default -> {}
    }
    problem(header, "not-a-birth-date", "value", shown(c));
    return null;
  }

  /** A month: a real date (its month) or text {@code MM/yyyy}. */
  YearMonth yearMonth(String header) {
    SheetCell c = usable(header);
    if (c == null) {
      return null;
    }
    if (c.kind() == SheetCell.Kind.DATE) {
      LocalDate d = excelDate(c.number());
      if (d != null) {
        return YearMonth.from(d);
      }
    } else if (c.kind() == SheetCell.Kind.TEXT) {
      Matcher m = MONTH.matcher(c.text());
      if (m.matches()) {
        try {
          return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
          // reported below as not a month
        }
      }
    }
    problem(header, "not-a-month", "value", shown(c));
    return null;
  }

  /** A four-digit year, or 0 when the cell is blank or not a year. */
  int year(String header) {
    SheetCell c = usable(header);
    if (c == null) {
      return 0;
    }
    if (c.kind() == SheetCell.Kind.NUMBER) {
      double n = c.number();
      if (n == Math.rint(n) && n >= 1000 && n <= 9999) {
        return (int) n;
      }
    } else if (c.kind() == SheetCell.Kind.TEXT && YEAR.matcher(c.text()).matches()) {
      return Integer.parseInt(c.text());
    }
    problem(header, "not-a-year", "value", shown(c));
    return 0;
  }

  /** A record version (a whole number from 0), or null when the cell is blank or not one. */
  Long version(String header) {
    SheetCell c = usable(header);
    if (c == null) {
      return null;
    }
    if (c.kind() == SheetCell.Kind.NUMBER) {
      double n = c.number();
      if (n == Math.rint(n) && n >= 0 && n < 1e15) {
        return (long) n;
      }
    } else if (c.kind() == SheetCell.Kind.TEXT && VERSION_DIGITS.matcher(c.text()).matches()) {
      return Long.parseLong(c.text());
    }
    problem(header, "not-a-version", "value", shown(c));
    return null;
  }

  private static final java.util.regex.Pattern VERSION_DIGITS =
      java.util.regex.Pattern.compile("\\d{1,15}");

  /** A term {@code yyyy-yyyy} whose second year is later than the first. */
  Term term(String header) {
    String s = text(header);
    if (s == null) {
      return null;
    }
    if (TERM.matcher(s).matches()) {
      try {
        return Term.parse(s);
      } catch (IllegalArgumentException e) {
        // reported below as not a term
      }
    }
    problem(header, "not-a-term", "value", s);
    return null;
  }

  /** One of a fixed set of codes; {@code allowed} lists them for the message. */
  <E> E choice(String header, Function<String, Optional<E>> parse, String allowed) {
    String s = text(header);
    if (s == null) {
      return null;
    }
    Optional<E> value = parse.apply(s);
    if (value.isEmpty()) {
      problem(header, "not-a-choice", "value", s, "allowed", allowed);
      return null;
    }
    return value.get();
  }

  /** The cell if it holds a value that can be interpreted; reports error and formula cells. */
  private SheetCell usable(String header) {
    Integer slot = slots.get(header);
    SheetCell c = slot == null ? null : cells[slot];
    if (c == null) {
      return null;
    }
    switch (c.kind()) {
      case ERROR -> {
        problem(header, "formula-error", "error", c.text());
        cells[slot] = null;
        return null;
      }
      case FORMULA_WITHOUT_VALUE -> {
        problem(header, "formula-without-value");
        cells[slot] = null;
        return null;
      }
      case TOO_LONG -> {
        problem(header, "cell-too-long", "max", Texts.number(CappedSharedStrings.MAX_TEXT_LENGTH));
        cells[slot] = null;
        return null;
      }
      default -> {
        return c;
      }
    }
  }

  /** The day of an Excel serial: one object per day among the workbook's records. */
  private LocalDate excelDate(double serial) {
    if (!DateUtil.isValidExcelDate(serial)) {
      return null;
    }
    // a whole day after 1 March 1900 (the 1900 system): counted directly, as Excel counts it
    if (!date1904 && serial >= FIRST_PLAIN_SERIAL && serial == Math.rint(serial)) {
      return shared.shared(EXCEL_DAY_ZERO.plusDays((long) serial));
    }
    return shared.shared(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
  }

  private String shown(SheetCell c) {
    return switch (c.kind()) {
      case TEXT -> c.text();
      case NUMBER, DATE -> NumberToTextConverter.toText(c.number());
      default -> "";
    };
  }

  /**
   * Reports the problem {@code code} of a cell with its named facts ({@link ImportProblem#reason}).
   */
  private void problem(String header, String code, Object... namesAndValues) {
    problems.add(
        ImportProblem.of(sheetName, row, header, ImportProblem.reason(code, namesAndValues)));
  }
}
