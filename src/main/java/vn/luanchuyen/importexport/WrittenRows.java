package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.SealedRows;

/**
 * The digests of the rows an import writes for the cadres new to the registry, as the audit trail
 * seals them ({@link SealedRows}): the import holds every row of such a cadre, so the seals need
 * not read them back. A cadre already stored is left out (its row keeps a version the database
 * counts), as is one with a value whose text the databases would give otherwise.
 */
final class WrittenRows {

  private WrittenRows() {}

  /** By cadre code, the digest of each new cadre's rows as {@link RegistryStore} writes them. */
  static Map<String, String> digests(RegistryContent workbook, Set<String> newCadres) {
    Map<String, List<String>> lines = new HashMap<>();
    Set<String> unrepresentable = ConcurrentHashMap.newKeySet();
    add(lines, unrepresentable, newCadres, RegistryStore.CADRES, workbook.cadres(), Cadre::code);
    add(
        lines,
        unrepresentable,
        newCadres,
        RegistryStore.ASSIGNMENTS,
        workbook.assignments(),
        vn.luanchuyen.cadre.Assignment::cadreCode);
    add(
        lines,
        unrepresentable,
        newCadres,
        RegistryStore.ASSESSMENTS,
        workbook.assessments(),
        vn.luanchuyen.cadre.Assessment::cadreCode);
    add(
        lines,
        unrepresentable,
        newCadres,
        RegistryStore.DISCIPLINES,
        workbook.disciplines(),
        vn.luanchuyen.cadre.Discipline::cadreCode);
    add(
        lines,
        unrepresentable,
        newCadres,
        RegistryStore.PLANNING,
        workbook.planning(),
        vn.luanchuyen.succession.SuccessionEntry::cadreCode);
    Map<String, String> digests = new ConcurrentHashMap<>();
    lines.entrySet().parallelStream()
        .filter(e -> !unrepresentable.contains(e.getKey()))
        .forEach(e -> digests.put(e.getKey(), SealedRows.digest(e.getValue())));
    return digests;
  }

  private static <T> void add(
      Map<String, List<String>> lines,
      Set<String> unrepresentable,
      Set<String> newCadres,
      TableRows<T> rows,
      List<T> records,
      Function<T, String> cadreOf) {
    SealedRows.Table table = sealed(rows.table());
    List<Function<T, Object>> values = new ArrayList<>();
    for (String column : table.columns()) {
      values.add(
          rows.columns().stream()
              .filter(c -> c.name().equals(column))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          rows.table() + " seals " + column + ", which the import does not write"))
              .value());
    }
    for (T record : records) {
      String code = cadreOf.apply(record);
      if (!newCadres.contains(code)) {
        continue;
      }
      SealedRows.Line line = SealedRows.line(table);
      for (Function<T, Object> value : values) {
        line.written(value.apply(record));
      }
      String text = line.text();
      if (text == null) {
        unrepresentable.add(code);
      } else {
        lines.computeIfAbsent(code, c -> new ArrayList<>()).add(text);
      }
    }
  }

  private static SealedRows.Table sealed(String table) {
    return SealedRows.TABLES.stream()
        .filter(t -> t.name().equals(table))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(table + " is not sealed"));
  }
}
