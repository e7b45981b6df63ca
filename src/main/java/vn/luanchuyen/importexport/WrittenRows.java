package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.SealedRows;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The digests of the rows an import writes for the cadres new to the registry, as the audit trail
 * seals them ({@link SealedRows}): the import holds every row of such a cadre, so the seals need
 * not read them back. A cadre already stored is left out (its row keeps a version the database
 * counts), as is one with a value whose text the databases would give otherwise.
 */
final class WrittenRows {

  private WrittenRows() {}

  /** Each thread's buffer of a cadre's lines, kept from cadre to cadre. */
  private static final ThreadLocal<SealedRows.Lines> LINES =
      ThreadLocal.withInitial(SealedRows.Lines::new);

  /** One kind of row: how it is written, and which cadre it belongs to. */
  private record Kind<T>(
      SealedRows.Table table, List<Function<T, Object>> sealed, Function<T, String> cadre) {
    static <T> Kind<T> of(TableRows<T> rows, Function<T, String> cadre) {
      SealedRows.Table table =
          SealedRows.TABLES.stream()
              .filter(t -> t.name().equals(rows.table()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException(rows.table() + " is not sealed"));
      List<Function<T, Object>> values = new ArrayList<>();
      for (String column : table.columns()) {
        values.add(
            rows.columns().stream()
                .filter(c -> c.name().equals(column))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            rows.table()
                                + " seals "
                                + column
                                + ", which the import does not write"))
                .value());
      }
      return new Kind<>(table, values, cadre);
    }

    /** Adds the row's text to the cadre's. */
    void line(T record, SealedRows.Lines lines) {
      SealedRows.Line line = lines.add(table);
      for (Function<T, Object> value : sealed) {
        line.written(value.apply(record));
      }
    }
  }

  /** By cadre code, the digest of each new cadre's rows as {@link RegistryStore} writes them. */
  static Map<String, String> digests(RegistryContent workbook, Set<String> newCadres) {
    Rows<Cadre> cadres =
        Rows.of(Kind.of(RegistryStore.CADRES, Cadre::code), workbook.cadres(), newCadres);
    List<Rows<?>> history =
        List.of(
            Rows.of(
                Kind.of(RegistryStore.ASSIGNMENTS, Assignment::cadreCode),
                workbook.assignments(),
                newCadres),
            Rows.of(
                Kind.of(RegistryStore.ASSESSMENTS, Assessment::cadreCode),
                workbook.assessments(),
                newCadres),
            Rows.of(
                Kind.of(RegistryStore.DISCIPLINES, Discipline::cadreCode),
                workbook.disciplines(),
                newCadres),
            Rows.of(
                Kind.of(RegistryStore.PLANNING, SuccessionEntry::cadreCode),
                workbook.planning(),
                newCadres));
    Map<String, String> digests = new ConcurrentHashMap<>();
    // each cadre's lines are made, digested and dropped in turn, on every core
    cadres.byCadre.keySet().parallelStream()
        .forEach(
            code -> {
              SealedRows.Lines lines = LINES.get();
              lines.clear();
              cadres.addLines(code, lines);
              for (Rows<?> rows : history) {
                rows.addLines(code, lines);
              }
              String digest = lines.digest();
              if (digest != null) {
                digests.put(code, digest);
              }
            });
    return digests;
  }

  /** The rows of one kind of the new cadres, cadre by cadre. */
  private record Rows<T>(Kind<T> kind, Map<String, List<T>> byCadre) {
    static <T> Rows<T> of(Kind<T> kind, List<T> records, Set<String> newCadres) {
      Map<String, List<T>> byCadre = new HashMap<>();
      for (T record : records) {
        String code = kind.cadre().apply(record);
        if (newCadres.contains(code)) {
          byCadre.computeIfAbsent(code, c -> new ArrayList<>(4)).add(record);
        }
      }
      return new Rows<>(kind, byCadre);
    }

    /** Adds the texts of the cadre's rows. */
    void addLines(String code, SealedRows.Lines lines) {
      for (T record : byCadre.getOrDefault(code, List.of())) {
        kind.line(record, lines);
      }
    }
  }
}
