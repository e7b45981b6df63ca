package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;

/**
 * The rows of a workbook whose record was changed in the registry after the workbook was exported:
 * the row carries the version the record had then, and the stored version differs. Importing such a
 * row would silently overwrite the newer edit, so it is refused unless the user chooses to
 * overwrite. Rows without a version, and records not stored, are never stale.
 */
final class NewerEdits {

  /**
   * One stale row.
   *
   * @param kind the kind of record
   * @param code its code
   * @param stored the version stored now
   * @param exported the version the workbook carries
   * @param problem where it is, and why it is refused
   */
  record Stale(RecordKind kind, String code, long stored, long exported, ImportProblem problem) {

    /** The record and both versions, for the audit trail. */
    String described() {
      return kind.name().toLowerCase(Locale.ROOT)
          + ' '
          + code
          + " (stored="
          + stored
          + ", workbook="
          + exported
          + ')';
    }
  }

  private NewerEdits() {}

  /** The stale unit, seat and cadre rows of a read workbook, in sheet and row order. */
  static List<Stale> in(WorkbookRead read, RegistryContent existing) {
    List<Stale> stale = new ArrayList<>();
    RegistryContent workbook = read.content();
    find(
        stale,
        read,
        RecordKind.UNIT,
        workbook.units(),
        existing.units(),
        Unit::code,
        Unit::version);
    find(
        stale,
        read,
        RecordKind.POSITION,
        workbook.positions(),
        existing.positions(),
        Position::code,
        Position::version);
    find(
        stale,
        read,
        RecordKind.CADRE,
        workbook.cadres(),
        existing.cadres(),
        Cadre::code,
        Cadre::version);
    return stale;
  }

  private static <T> void find(
      List<Stale> stale,
      WorkbookRead read,
      RecordKind kind,
      List<T> rows,
      List<T> stored,
      Function<T, String> code,
      ToLongFunction<T> version) {
    Map<String, Long> storedVersions = new HashMap<>();
    stored.forEach(r -> storedVersions.put(code.apply(r), version.applyAsLong(r)));
    for (int i = 0; i < rows.size(); i++) {
      Long exported = read.versions().of(kind, i);
      String c = code.apply(rows.get(i));
      Long now = c == null ? null : storedVersions.get(c);
      if (exported == null || now == null || now.longValue() == exported.longValue()) {
        continue;
      }
      ImportProblem problem =
          ImportProblem.of(
              read.rows().sheet(kind, i),
              read.rows().row(kind, i),
              WorkbookFormat.VERSION,
              ImportProblem.reason(
                  "newer-edit", "record", kind, "code", c, "stored", now, "exported", exported));
      stale.add(new Stale(kind, c, now, exported, problem));
    }
  }
}
