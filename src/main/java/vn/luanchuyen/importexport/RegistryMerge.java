package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * How an imported workbook is merged into the registry.
 *
 * <ul>
 *   <li>Codes (by list and code), units, positions and cadres (by code) are created, or replaced
 *       whole by the workbook's row; records only in the registry stay.
 *   <li>For every cadre on the workbook's {@code CanBo} sheet, the registry's assignments, planning
 *       entries, assessments and disciplines are replaced by the workbook's rows (none if it has
 *       none).
 *   <li>A history row for a cadre who is not on the {@code CanBo} sheet (but is in the registry)
 *       replaces that cadre's records of the same kind only: a workbook sending just the {@code
 *       DanhGia} rows of a cadre replaces the cadre's assessments and keeps the rest. So importing
 *       the same workbook twice gives the same registry.
 * </ul>
 */
public final class RegistryMerge {

  private RegistryMerge() {}

  /** The registry after importing {@code workbook} into {@code existing}. */
  public static RegistryContent merge(RegistryContent existing, RegistryContent workbook) {
    return new RegistryContent(
        byKey(existing.codes(), workbook.codes(), c -> c.kind() + "\u0000" + c.code()),
        byKey(existing.units(), workbook.units(), u -> u.code()),
        byKey(existing.positions(), workbook.positions(), p -> p.code()),
        byKey(existing.cadres(), workbook.cadres(), Cadre::code),
        history(
            existing.assignments(),
            workbook.assignments(),
            replacedCadres(workbook, workbook.assignments(), Assignment::cadreCode),
            Assignment::cadreCode),
        history(
            existing.planning(),
            workbook.planning(),
            replacedCadres(workbook, workbook.planning(), SuccessionEntry::cadreCode),
            SuccessionEntry::cadreCode),
        history(
            existing.assessments(),
            workbook.assessments(),
            replacedCadres(workbook, workbook.assessments(), Assessment::cadreCode),
            Assessment::cadreCode),
        history(
            existing.disciplines(),
            workbook.disciplines(),
            replacedCadres(workbook, workbook.disciplines(), Discipline::cadreCode),
            Discipline::cadreCode));
  }

  /**
   * The cadres whose records of one kind the workbook replaces: those on its {@code CanBo} sheet
   * and those with a row of that kind.
   */
  static <T> Set<String> replacedCadres(
      RegistryContent workbook, List<T> rows, Function<T, String> cadreOf) {
    Set<String> codes = new HashSet<>(workbook.cadres().size() * 2 + rows.size());
    for (Cadre c : workbook.cadres()) {
      codes.add(c.code());
    }
    for (T row : rows) {
      codes.add(cadreOf.apply(row));
    }
    return codes;
  }

  private static <T> List<T> byKey(List<T> existing, List<T> workbook, Function<T, String> key) {
    Map<String, T> merged = new LinkedHashMap<>(existing.size() * 2 + workbook.size() * 2);
    for (T t : existing) {
      merged.put(key.apply(t), t);
    }
    Set<String> seen = new HashSet<>();
    for (T t : workbook) {
      String k = key.apply(t);
      if (seen.add(k)) {
        merged.put(k, t);
      }
    }
    return new ArrayList<>(merged.values());
  }

  private static <T> List<T> history(
      List<T> existing, List<T> workbook, Set<String> replaced, Function<T, String> cadreOf) {
    List<T> merged = new ArrayList<>(existing.size() + workbook.size());
    for (T t : existing) {
      if (!replaced.contains(cadreOf.apply(t))) {
        merged.add(t);
      }
    }
    merged.addAll(workbook);
    return merged;
  }
}
