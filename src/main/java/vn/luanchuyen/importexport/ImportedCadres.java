package vn.luanchuyen.importexport;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.AuditableEvent;
import vn.luanchuyen.shared.AuditableEvents;
import vn.luanchuyen.shared.RecordChanged;

/**
 * The audit entries of one import, cadre by cadre: an {@code IMPORT} entry for each cadre the
 * workbook created or changed, naming the fields and the kinds of rows (history, planning,
 * assessments, discipline) that changed, with their values before and after; then a closing entry
 * counting them. Every cadre of the workbook is rewritten, so all are sealed. Computed in memory
 * from the registry as loaded before the import and the workbook.
 */
final class ImportedCadres {
  static final String RECORD = "cadre";
  static final String ACTION = "IMPORT";
  private static final Set<String> NOT_CONTENT = Set.of("id", "version");

  private ImportedCadres() {}

  static AuditableEvents entries(RegistryContent before, RegistryContent workbook, String source) {
    Map<String, Cadre> stored = new HashMap<>();
    before.cadres().forEach(c -> stored.put(c.code(), c));
    Map<String, Map<String, List<String>>> rowsBefore = rows(before, stored.keySet());
    Map<String, Map<String, List<String>>> rowsAfter = rows(workbook, stored.keySet());
    List<AuditableEvent> events = new ArrayList<>();
    Set<String> rewritten = new LinkedHashSet<>();
    int created = 0;
    int changed = 0;
    for (Cadre cadre : workbook.cadres()) {
      rewritten.add(cadre.code());
      Cadre old = stored.get(cadre.code());
      if (old == null) {
        created++;
        events.add(
            new RecordChanged(RECORD, cadre.code(), ACTION, null, source + "; " + content(cadre)));
        continue;
      }
      StringJoiner was = new StringJoiner(", ");
      StringJoiner now = new StringJoiner(", ");
      for (Field field : FIELDS.get(Cadre.class)) {
        Object a = field.value(old);
        Object b = field.value(cadre);
        if (!String.valueOf(a).equals(String.valueOf(b))) {
          was.add(field.name() + "=" + a);
          now.add(field.name() + "=" + b);
        }
      }
      Map<String, List<String>> rowsWere = rowsBefore.getOrDefault(cadre.code(), Map.of());
      Map<String, List<String>> rowsNow = rowsAfter.getOrDefault(cadre.code(), Map.of());
      for (String kind : SECTIONS) {
        List<String> a = rowsWere.getOrDefault(kind, List.of());
        List<String> b = rowsNow.getOrDefault(kind, List.of());
        if (!a.equals(b)) {
          was.add(kind + "=" + a);
          now.add(kind + "=" + b);
        }
      }
      if (was.length() > 0) {
        changed++;
        events.add(
            new RecordChanged(RECORD, cadre.code(), ACTION, was.toString(), source + "; " + now));
      }
    }
    events.add(
        new RecordChanged(
            "registry",
            "import-cadres",
            ACTION,
            null,
            String.format(
                "%s; created=%d, changed=%d, unchanged=%d",
                source, created, changed, workbook.cadres().size() - created - changed)));
    return new AuditableEvents(events, rewritten);
  }

  /**
   * The workbook's cadres whose history, planning, assessments or discipline differ from {@code
   * before}'s, by content (ids and versions aside).
   */
  static Set<String> withChangedRows(RegistryContent before, RegistryContent workbook) {
    Set<String> stored = new java.util.HashSet<>();
    before.cadres().forEach(c -> stored.add(c.code()));
    Map<String, Map<String, List<String>>> rowsBefore = rows(before, stored);
    Map<String, Map<String, List<String>>> rowsAfter = rows(workbook, stored);
    Set<String> changed = new java.util.HashSet<>();
    for (Cadre cadre : workbook.cadres()) {
      if (!stored.contains(cadre.code())) {
        continue;
      }
      Map<String, List<String>> was = rowsBefore.getOrDefault(cadre.code(), Map.of());
      Map<String, List<String>> now = rowsAfter.getOrDefault(cadre.code(), Map.of());
      for (String kind : SECTIONS) {
        if (!was.getOrDefault(kind, List.of()).equals(now.getOrDefault(kind, List.of()))) {
          changed.add(cadre.code());
        }
      }
    }
    return changed;
  }

  private static final List<String> SECTIONS =
      List.of("assignments", "planning", "assessments", "disciplines");

  /**
   * The rows of each kind of the given cadres, as content without ids, sorted. Only cadres stored
   * before are compared (a new cadre's entry holds its rows as created), so a first import of a
   * large workbook renders no row as text.
   */
  private static Map<String, Map<String, List<String>>> rows(
      RegistryContent c, Set<String> cadres) {
    Map<String, Map<String, List<String>>> rows = new HashMap<>();
    if (cadres.isEmpty()) {
      return rows;
    }
    add(rows, cadres, "assignments", c.assignments(), vn.luanchuyen.cadre.Assignment::cadreCode);
    add(
        rows,
        cadres,
        "planning",
        c.planning(),
        vn.luanchuyen.succession.SuccessionEntry::cadreCode);
    add(rows, cadres, "assessments", c.assessments(), vn.luanchuyen.cadre.Assessment::cadreCode);
    add(rows, cadres, "disciplines", c.disciplines(), vn.luanchuyen.cadre.Discipline::cadreCode);
    rows.values().forEach(kinds -> kinds.values().forEach(java.util.Collections::sort));
    return rows;
  }

  private static <T extends Record> void add(
      Map<String, Map<String, List<String>>> rows,
      Set<String> cadres,
      String kind,
      List<T> records,
      Function<T, String> cadre) {
    for (T r : records) {
      String code = cadre.apply(r);
      if (!cadres.contains(code)) {
        continue;
      }
      rows.computeIfAbsent(code, k -> new HashMap<>())
          .computeIfAbsent(kind, k -> new ArrayList<>())
          .add(content(r));
    }
  }

  /** A record's fields but its id and version, as {@code name=value} pairs. */
  static String content(Record r) {
    StringJoiner fields = new StringJoiner(", ", "[", "]");
    for (Field field : FIELDS.get(r.getClass())) {
      fields.add(field.name() + "=" + field.value(r));
    }
    return fields.toString();
  }

  /** A content field of a record: its name and accessor. */
  private record Field(String name, Method accessor) {
    Object value(Record r) {
      try {
        return accessor.invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Each record type's content fields, in declaration order, looked up once: asking a class for its
   * record components builds them anew each time, which cost seconds for 100,000 cadres.
   */
  private static final ClassValue<List<Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          List<Field> fields = new ArrayList<>();
          for (RecordComponent component : type.getRecordComponents()) {
            if (!NOT_CONTENT.contains(component.getName())) {
              Method accessor = component.getAccessor();
              // a public accessor of a public record: skipping the access check on every call
              accessor.setAccessible(true);
              fields.add(new Field(component.getName(), accessor));
            }
          }
          return List.copyOf(fields);
        }
      };
}
