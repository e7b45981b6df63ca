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
    private int next;
    private boolean representable = true;

    private Line(Table table, StringBuilder text) {
      this.table = table;
      this.text = text;
      text.setLength(0);
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
      if (value instanceof LocalDate d && (d.getYear() < 1 || d.getYear() > 9999)) {
        representable = false;
      }
      return stored(value == null ? null : value.toString());
    }

    /** The row's text, or null if a value has no text both databases agree on. */
    public String text() {
      if (next != table.columns().size()) {
        throw new IllegalStateException(
            table.name() + ": " + next + " of " + table.columns().size() + " columns given");
      }
      return representable ? text.toString() : null;
    }
  }

  public static Line line(Table table) {
    return new Line(table, new StringBuilder(256));
  }

  /**
   * A row's line written into {@code scratch}, emptied first: one builder serves many rows in turn,
   * each line taken ({@link Line#text()}) before the next begins.
   */
  public static Line line(Table table, StringBuilder scratch) {
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
    MessageDigest sha = digesting.sha;
    sha.reset();
    for (String line : sorted) {
      int need = 4 + Utf8.maxBytes(line.length());
      if (digesting.buffer.length < need) {
        digesting.buffer = new byte[Math.max(need, 2 * digesting.buffer.length)];
      }
      byte[] buffer = digesting.buffer;
      int n = Utf8.encode(line, 0, line.length(), buffer, 4);
      int length = n - 4;
      buffer[0] = (byte) (length >>> 24);
      buffer[1] = (byte) (length >>> 16);
      buffer[2] = (byte) (length >>> 8);
      buffer[3] = (byte) length;
      sha.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A thread's digest and buffer, kept from cadre to cadre: sealing many makes neither anew. */
  private static final class Digesting {
    final MessageDigest sha;
    byte[] buffer = new byte[1024];

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
