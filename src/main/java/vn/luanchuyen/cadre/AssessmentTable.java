package vn.luanchuyen.cadre;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Many annual assessments held as columns (the cadre's code, the year, the grade), not as one
 * record each: a registry of a million cadres holds five million of them. Reading an element makes
 * its record; the columns are read without making one. Immutable, and equal to any list of the same
 * records.
 */
public final class AssessmentTable extends AbstractList<Assessment> implements RandomAccess {

  private static final AssessmentGrade[] GRADES = AssessmentGrade.values();

  private final int size;
  private final String[] cadreCode;
  private final int[] year;

  /** The grade's ordinal, -1 when missing. */
  private final byte[] grade;

  private AssessmentTable(String[] cadreCode, int[] year, byte[] grade, int size) {
    this.size = size;
    this.cadreCode = cadreCode;
    this.year = year;
    this.grade = grade;
  }

  /** The assessments as a table: an immutable list of the same records. */
  public static List<Assessment> compact(List<Assessment> assessments) {
    if (assessments instanceof AssessmentTable) {
      return assessments;
    }
    Builder b = new Builder(assessments.size());
    assessments.forEach(b::add);
    return b.build();
  }

  /**
   * Collects assessments row by row. It makes one table, which takes its columns over, so the
   * builder takes no assessment after it.
   */
  public static final class Builder {
    private boolean built;
    private int size;
    private String[] cadreCode;
    private int[] year;
    private byte[] grade;

    public Builder(int capacity) {
      int c = Math.max(1, capacity);
      cadreCode = new String[c];
      year = new int[c];
      grade = new byte[c];
    }

    public Builder add(Assessment a) {
      if (built) {
        throw new IllegalStateException("the assessments were already made into a table");
      }
      if (size == cadreCode.length) {
        int c = 2 * size;
        cadreCode = Arrays.copyOf(cadreCode, c);
        year = Arrays.copyOf(year, c);
        grade = Arrays.copyOf(grade, c);
      }
      cadreCode[size] = a.cadreCode();
      year[size] = a.year();
      grade[size] = (byte) (a.grade() == null ? -1 : a.grade().ordinal());
      size++;
      return this;
    }

    public AssessmentTable build() {
      built = true;
      boolean exact = cadreCode.length == size;
      return new AssessmentTable(
          exact ? cadreCode : Arrays.copyOf(cadreCode, size),
          exact ? year : Arrays.copyOf(year, size),
          exact ? grade : Arrays.copyOf(grade, size),
          size);
    }
  }

  /** Whether the list is one this class made, and so immutable. */
  public static boolean isTable(List<Assessment> assessments) {
    return assessments instanceof AssessmentTable;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Assessment get(int k) {
    Objects.checkIndex(k, size);
    return new Assessment(cadreCode[k], year[k], grade(k));
  }

  public String cadreCode(int k) {
    return cadreCode[k];
  }

  public int year(int k) {
    return year[k];
  }

  /** The grade, null when missing. */
  public AssessmentGrade grade(int k) {
    return grade[k] < 0 ? null : GRADES[grade[k]];
  }

  /** The grade's ordinal in {@link AssessmentGrade}, -1 when missing. */
  public int gradeOrdinal(int k) {
    return grade[k];
  }
}
