package vn.luanchuyen.approval;

/** A fraction such as 2/3, for quorum and pass thresholds, compared in whole numbers. */
public record Share(int numerator, int denominator) {

  public Share {
    if (numerator < 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("share " + numerator + "/" + denominator);
    }
  }

  /** True if {@code count} is at least this share of {@code of}. */
  public boolean reachedBy(int count, int of) {
    return (long) count * denominator >= (long) of * numerator;
  }

  /** True if {@code count} is strictly more than this share of {@code of}. */
  public boolean exceededBy(int count, int of) {
    return (long) count * denominator > (long) of * numerator;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
