package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.registry.RegistryContent;

/**
 * Where each record of a read workbook came from: for the record at index {@code i} of a list of
 * {@link RegistryContent}, its Excel row number on the sheet of its {@link RecordKind}.
 */
public final class SourceRows {

  private static final SourceRows NONE =
      new SourceRows(new EnumMap<>(RecordKind.class), new EnumMap<>(RecordKind.class));

  private final Map<RecordKind, int[]> rows;
  private final Map<RecordKind, List<Part>> parts;

  /** A sheet holding the records of a kind from index {@code from} on. */
  private record Part(int from, String sheet) {}

  private SourceRows(Map<RecordKind, int[]> rows, Map<RecordKind, List<Part>> parts) {
    this.rows = rows;
    this.parts = parts;
  }

  /**
   * The sheet the record at {@code index} of the list of {@code kind} was read from: the kind's
   * sheet, or a continuation such as {@code QuaTrinhCongTac (2)}.
   */
  public String sheet(RecordKind kind, int index) {
    String name = kind.sheet();
    for (Part part : parts.getOrDefault(kind, List.of())) {
      if (part.from() <= index) {
        name = part.sheet();
      }
    }
    return name;
  }

  /** Source rows for content that did not come from a workbook: every row is 0. */
  public static SourceRows none() {
    return NONE;
  }

  /**
   * The Excel row (1 is the header row) of the record at {@code index} of the list of {@code kind},
   * or 0 when unknown.
   */
  public int row(RecordKind kind, int index) {
    int[] r = rows.get(kind);
    return r == null || index < 0 || index >= r.length ? 0 : r[index];
  }

  /** Collects row numbers while a workbook is read. */
  static final class Recorder {
    private final Map<RecordKind, int[]> rows = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Integer> sizes = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, List<Part>> parts = new EnumMap<>(RecordKind.class);

    /** The records of {@code kind} added from now on come from the named sheet. */
    void startPart(RecordKind kind, String sheet) {
      parts
          .computeIfAbsent(kind, k -> new ArrayList<>())
          .add(new Part(sizes.getOrDefault(kind, 0), sheet));
    }

    void add(RecordKind kind, int row) {
      int size = sizes.getOrDefault(kind, 0);
      int[] r = rows.computeIfAbsent(kind, k -> new int[64]);
      if (size == r.length) {
        r = Arrays.copyOf(r, r.length * 2);
        rows.put(kind, r);
      }
      r[size] = row;
      sizes.put(kind, size + 1);
    }

    SourceRows build() {
      Map<RecordKind, int[]> trimmed = new EnumMap<>(RecordKind.class);
      rows.forEach((kind, r) -> trimmed.put(kind, Arrays.copyOf(r, sizes.get(kind))));
      return new SourceRows(trimmed, parts);
    }
  }
}
