package vn.luanchuyen.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * What the audit trail seals of a cadre's records, written once for the trail, which reads the rows
 * back from the database, and for a writer that holds the rows it wrote (an import), which hands
 * their digest over instead: the sealed tables and columns, a row's text, and the digest of a
 * cadre's rows.
 *
 * <p>A row's text is {@code table␞column=value␟…} over the columns below, in their order; a null is
 * {@code null}, a date {@code yyyy-MM-dd}, a number its decimal digits. These are the texts both
 * PostgreSQL and H2 give for the columns' types. The surrogate {@code id} of a history row is not
 * sealed: it tells nothing about the cadre, and a writer does not know it before the database
 * assigns it.
 */
public final class SealedRows {

  /**
   * A sealed table.
   *
   * @param name the table
   * @param cadreColumn the column naming the cadre
   * @param columns the sealed columns, in the order their text is written
   */
  public record Table(String name, String cadreColumn, List<String> columns) {
    public Table {
      columns = List.copyOf(columns);
    }
  }

  /** The tables holding a cadre's personal data. */
  public static final List<Table> TABLES =
      List.of(
          new Table(
              "cadre",
              "code",
              List.of(
                  "code",
                  "full_name",
                  "search_key",
                  "sex",
                  "birth_date",
                  "birth_precision",
                  "birthplace",
                  "hometown",
                  "permanent_residence",
                  "ethnicity",
                  "religion",
                  "education",
                  "political_theory",
                  "state_management",
                  "foreign_language",
                  "it_level",
                  "party_join_date",
                  "retirement_override",
                  "retirement_override_reason",
                  "other_names",
                  "general_education",
                  "party_official_date",
                  "awards",
                  "personal_id_number",
                  "version")),
          new Table(
              "cadre_assignment",
              "cadre_code",
              List.of(
                  "cadre_code",
                  "position_code",
                  "start_date",
                  "end_date",
                  "form",
                  "decision_number",
                  "version")),
          new Table(
              "cadre_assessment",
              "cadre_code",
              List.of("cadre_code", "assessed_year", "grade", "version")),
          new Table(
              "cadre_discipline",
              "cadre_code",
              List.of("cadre_code", "form", "decided_on", "effective_until", "reason", "version")),
          new Table(
              "succession_entry",
              "cadre_code",
              List.of("cadre_code", "role_key", "unit_code", "term_code", "version")));

  private static final char TABLE_END = '\u001e';
  private static final char VALUE_END = '\u001f';

  private SealedRows() {}

  /** Builds one row's text, a column at a time in the table's order. */
  public static final class Line {
    private final Table table;
    private final StringBuilder text;
    private final int start;
    private int next;
    private boolean representable = true;

    /** A line written into {@code text} from its end on, after whatever it holds. */
    private Line(Table table, StringBuilder text) {
      this.table = table;
      this.text = text;
      this.start = text.length();
      text.append(table.name()).append(TABLE_END);
    }

    /** Adds the next column's value as the database gives it back as text (null for none). */
    public Line stored(String value) {
      text.append(table.columns().get(next++)).append('=').append(value).append(VALUE_END);
      return this;
    }

    /**
     * Adds the next column's value as written: a string, a number, a date or null. A date the
     * databases would write otherwise (a year outside 1–9999) makes the line unrepresentable.
     */
    public Line written(Object value) {
      text.append(table.columns().get(next++)).append('=');
      if (value instanceof Integer i) {
        text.append(i.intValue());
      } else if (value instanceof LocalDate d) {
        date(d);
      } else {
        text.append(value);
      }
      text.append(VALUE_END);
      return this;
    }

    /** {@code yyyy-MM-dd}, as {@link LocalDate#toString} writes a year from 1 to 9999. */
    private void date(LocalDate d) {
      int year = d.getYear();
      if (year < 1 || year > 9999) {
        representable = false;
        text.append(d);
        return;
      }
      digits(year, 4);
      text.append('-');
      digits(d.getMonthValue(), 2);
      text.append('-');
      digits(d.getDayOfMonth(), 2);
    }

    private void digits(int value, int width) {
      for (int unit = width == 4 ? 1000 : 10; unit > 0; unit /= 10) {
        text.append((char) ('0' + value / unit % 10));
      }
    }

    private void complete() {
      if (next != table.columns().size()) {
        throw new IllegalStateException(
            table.name() + ": " + next + " of " + table.columns().size() + " columns given");
      }
    }

    /** The row's text, or null if a value has no text both databases agree on. */
    public String text() {
      complete();
      return representable ? text.substring(start) : null;
    }
  }

  /**
   * The rows of one cadre, their texts written one after another into one buffer and digested as
   * {@link #digest(List)} digests them, without a string for each row. One serves many cadres in
   * turn ({@link #clear()}).
   */
  public static final class Lines {
    private final StringBuilder text = new StringBuilder(4096);
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int count;
    private boolean representable = true;
    private Line open;

    /** Empties it for the next cadre. */
    public void clear() {
      text.setLength(0);
      count = 0;
      representable = true;
      open = null;
    }

    /** Begins the next row's text; the row before it is then complete. */
    public Line add(Table table) {
      close();
      open = new Line(table, text);
      return open;
    }

    private void close() {
      if (open == null) {
        return;
      }
      open.complete();
      representable &= open.representable;
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, 2 * count);
        ends = java.util.Arrays.copyOf(ends, 2 * count);
      }
      starts[count] = open.start;
      ends[count] = text.length();
      count++;
      open = null;
    }

    /** The digest of the rows added, or null if one has a value with no text both agree on. */
    public String digest() {
      close();
      if (!representable) {
        return null;
      }
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      // as String.compareTo orders the texts: char by char, a prefix first
      java.util.Arrays.sort(order, (a, b) -> compare(starts[a], ends[a], starts[b], ends[b]));
      Digesting digesting = DIGESTING.get();
      digesting.sha.reset();
      for (int i : order) {
        digesting.frame(text, starts[i], ends[i]);
      }
      return HexFormat.of().formatHex(digesting.sha.digest());
    }

    private int compare(int a, int aEnd, int b, int bEnd) {
      int n = Math.min(aEnd - a, bEnd - b);
      for (int k = 0; k < n; k++) {
        char x = text.charAt(a + k);
        char y = text.charAt(b + k);
        if (x != y) {
          return x - y;
        }
      }
      return (aEnd - a) - (bEnd - b);
    }
  }

  /** A row's text written into a new builder. */
  public static Line line(Table table) {
    return new Line(table, new StringBuilder(256));
  }

  /**
   * A row's line written into {@code scratch}, emptied first: one builder serves many rows in turn,
   * each line taken ({@link Line#text()}) before the next begins.
   */
  public static Line line(Table table, StringBuilder scratch) {
    scratch.setLength(0);
    return new Line(table, scratch);
  }

  /**
   * The digest (SHA-256, hex) of a cadre's rows, whatever their order: the texts sorted, each
   * framed by its length in UTF-8 bytes.
   */
  public static String digest(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    Collections.sort(sorted);
    Digesting digesting = DIGESTING.get();
    digesting.sha.reset();
    for (String line : sorted) {
      digesting.frame(line, 0, line.length());
    }
    return HexFormat.of().formatHex(digesting.sha.digest());
  }

  /** A thread's digest and buffer, kept from cadre to cadre: sealing many makes neither anew. */
  private static final class Digesting {
    final MessageDigest sha;
    byte[] buffer = new byte[1024];

    /** Adds one row's text, framed by its length in UTF-8 bytes. */
    void frame(CharSequence line, int from, int to) {
      int need = 4 + Utf8.maxBytes(to - from);
      if (buffer.length < need) {
        buffer = new byte[Math.max(need, 2 * buffer.length)];
      }
      int n = Utf8.encode(line, from, to, buffer, 4);
      int length = n - 4;
      buffer[0] = (byte) (length >>> 24);
      buffer[1] = (byte) (length >>> 16);
      buffer[2] = (byte) (length >>> 8);
      buffer[3] = (byte) length;
      sha.update(buffer, 0, n);
    }

    Digesting() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this Java", e);
      }
    }
  }

  private static final ThreadLocal<Digesting> DIGESTING = ThreadLocal.withInitial(Digesting::new);
}
