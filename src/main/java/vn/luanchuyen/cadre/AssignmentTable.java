package vn.luanchuyen.cadre;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Many stays (quá trình công tác) held as columns, not as one record each: a registry of a million
 * cadres has five million stays, and a record per stay weighs twice its columns and gives the
 * collector five million more objects to trace. Reading an element makes its record; the columns
 * themselves are read without making one. Immutable, and equal to any list of the same records.
 */
public final class AssignmentTable extends AbstractList<Assignment> implements RandomAccess {

  /** A missing date, as a day number; no date that a table holds has it. */
  public static final int NO_DATE = Integer.MIN_VALUE;

  private static final AssignmentForm[] FORMS = AssignmentForm.values();

  private final int size;
  private final String[] cadreCode;
  private final String[] positionCode;
  private final int[] startDay;
  private final int[] endDay;

  /** The form's ordinal, -1 when not recorded. */
  private final byte[] form;

  private final String[] decisionNumber;

  /** The stored ids, or null when no stay has one; {@link #noId} marks the stays without one. */
  private final long[] id;

  private final boolean[] noId;

  /** The versions, or null when every stay's is 0. */
  private final long[] version;

  private AssignmentTable(Builder b) {
    size = b.size;
    // a builder filled to the count it was given hands its columns over as they are
    boolean exact = b.cadreCode.length == size;
    cadreCode = exact ? b.cadreCode : Arrays.copyOf(b.cadreCode, size);
    positionCode = exact ? b.positionCode : Arrays.copyOf(b.positionCode, size);
    startDay = exact ? b.startDay : Arrays.copyOf(b.startDay, size);
    endDay = exact ? b.endDay : Arrays.copyOf(b.endDay, size);
    form = exact ? b.form : Arrays.copyOf(b.form, size);
    decisionNumber = exact ? b.decisionNumber : Arrays.copyOf(b.decisionNumber, size);
    id = b.id == null ? null : Arrays.copyOf(b.id, size);
    noId = b.noId == null ? null : Arrays.copyOf(b.noId, size);
    version = b.version == null ? null : Arrays.copyOf(b.version, size);
  }

  /**
   * The stays as a table when every date fits a day number (every real date does), else as they
   * are; either way an immutable list of the same records.
   */
  public static List<Assignment> compact(List<Assignment> stays) {
    if (stays instanceof AssignmentTable) {
      return stays;
    }
    Builder b = new Builder(stays.size());
    for (Assignment a : stays) {
      b.add(a);
    }
    return b.build();
  }

  /** Whether the list is one this class made, and so immutable. */
  public static boolean isTable(List<Assignment> stays) {
    return stays instanceof AssignmentTable;
  }

  /** A day as a table holds it: days since 1970-01-01, {@link #NO_DATE} for null. */
  private static int dayOf(LocalDate date) {
    return date == null ? NO_DATE : (int) date.toEpochDay();
  }

  private static boolean fits(LocalDate date) {
    if (date == null) {
      return true;
    }
    long d = date.toEpochDay();
    return d > Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
  }

  private static LocalDate date(int day) {
    return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Assignment get(int k) {
    Objects.checkIndex(k, size);
    return new Assignment(
        id == null || noId[k] ? null : id[k],
        cadreCode[k],
        positionCode[k],
        date(startDay[k]),
        date(endDay[k]),
        form[k] < 0 ? null : FORMS[form[k]],
        decisionNumber[k],
        version == null ? 0 : version[k]);
  }

  public String cadreCode(int k) {
    return cadreCode[k];
  }

  public String positionCode(int k) {
    return positionCode[k];
  }

  /** The first day as days since 1970-01-01, {@link #NO_DATE} when unknown. */
  public int startDay(int k) {
    return startDay[k];
  }

  /** The first day, null when unknown. */
  public LocalDate startDate(int k) {
    return date(startDay[k]);
  }

  /** The last day as days since 1970-01-01, {@link #NO_DATE} while the seat is held. */
  public int endDay(int k) {
    return endDay[k];
  }

  /**
   * Collects stays row by row, as columns while every date fits a day number, as records from the
   * first that does not. It makes one list: the table takes its columns over, so the builder takes
   * no stay after it.
   */
  public static final class Builder {
    /** The stays as records, once one did not fit the columns; null before. */
    private List<Assignment> records;

    private boolean built;

    private int size;
    private String[] cadreCode;
    private String[] positionCode;
    private int[] startDay;
    private int[] endDay;
    private byte[] form;
    private String[] decisionNumber;

    /** Made when the first stay with an id or a version comes. */
    private long[] id;

    private boolean[] noId;
    private long[] version;

    public Builder(int capacity) {
      int c = Math.max(1, capacity);
      cadreCode = new String[c];
      positionCode = new String[c];
      startDay = new int[c];
      endDay = new int[c];
      form = new byte[c];
      decisionNumber = new String[c];
    }

    public Builder add(Assignment a) {
      if (built) {
        throw new IllegalStateException("the stays were already made into a list");
      }
      if (records == null && (!fits(a.startDate()) || !fits(a.endDate()))) {
        records = new ArrayList<>(new AssignmentTable(this));
      }
      if (records != null) {
        records.add(a);
        return this;
      }
      if (size == cadreCode.length) {
        grow();
      }
      int k = size++;
      cadreCode[k] = a.cadreCode();
      positionCode[k] = a.positionCode();
      startDay[k] = dayOf(a.startDate());
      endDay[k] = dayOf(a.endDate());
      form[k] = (byte) (a.form() == null ? -1 : a.form().ordinal());
      decisionNumber[k] = a.decisionNumber();
      if (a.id() != null && id == null) {
        id = new long[cadreCode.length];
        noId = new boolean[cadreCode.length];
        // the stays before this one have none
        Arrays.fill(noId, 0, k, true);
      }
      if (id != null) {
        noId[k] = a.id() == null;
        id[k] = a.id() == null ? 0 : a.id();
      }
      if (a.version() != 0 && version == null) {
        version = new long[cadreCode.length];
      }
      if (version != null) {
        version[k] = a.version();
      }
      return this;
    }

    private void grow() {
      int c = 2 * cadreCode.length;
      cadreCode = Arrays.copyOf(cadreCode, c);
      positionCode = Arrays.copyOf(positionCode, c);
      startDay = Arrays.copyOf(startDay, c);
      endDay = Arrays.copyOf(endDay, c);
      form = Arrays.copyOf(form, c);
      decisionNumber = Arrays.copyOf(decisionNumber, c);
      id = id == null ? null : Arrays.copyOf(id, c);
      noId = noId == null ? null : Arrays.copyOf(noId, c);
      version = version == null ? null : Arrays.copyOf(version, c);
    }

    /** The stays collected: a table, or an immutable list of records. */
    public List<Assignment> build() {
      built = true;
      return records == null ? new AssignmentTable(this) : List.copyOf(records);
    }
  }
}
