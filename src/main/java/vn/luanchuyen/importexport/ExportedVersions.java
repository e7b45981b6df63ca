package vn.luanchuyen.importexport;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The version each unit, seat and cadre row of a workbook carried in its {@code Phiên bản} column:
 * the record's optimistic-locking version when the registry was exported. A row without one (an old
 * export, the blank template, a row added by hand) has none and is not compared.
 */
public final class ExportedVersions {
  private static final ExportedVersions NONE =
      new ExportedVersions(new EnumMap<>(RecordKind.class));

  private final Map<RecordKind, Map<Integer, Long>> versions;

  private ExportedVersions(Map<RecordKind, Map<Integer, Long>> versions) {
    this.versions = versions;
  }

  /** No row carries a version: content that did not come from a workbook, or an old workbook. */
  public static ExportedVersions none() {
    return NONE;
  }

  /** The version the record at {@code index} of the list of {@code kind} carried, or null. */
  Long of(RecordKind kind, int index) {
    return versions.getOrDefault(kind, Map.of()).get(index);
  }

  /** Collects versions while a workbook is read. */
  static final class Recorder {
    private final Map<RecordKind, Map<Integer, Long>> versions = new EnumMap<>(RecordKind.class);

    void add(RecordKind kind, int index, Long version) {
      if (version != null) {
        versions.computeIfAbsent(kind, k -> new HashMap<>()).put(index, version);
      }
    }

    ExportedVersions build() {
      return versions.isEmpty() ? NONE : new ExportedVersions(versions);
    }
  }
}
