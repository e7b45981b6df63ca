package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The quality of the cadre corps in a scope as of a day: each dimension split into buckets, each
 * bucket holding the codes of the cadres behind its number, so a count always equals its list.
 *
 * @param gradeYear the year whose annual grades are counted: the latest year up to the as-of year
 *     with any grade recorded, or the as-of year's previous year when none is
 * @param cadres the cadres counted, in name order
 */
public record QualityReport(
    LocalDate asOf,
    QualityScope scope,
    int gradeYear,
    List<CadreRow> cadres,
    List<Breakdown> breakdowns) {

  public QualityReport {
    cadres = List.copyOf(cadres);
    breakdowns = List.copyOf(breakdowns);
  }

  public int total() {
    return cadres.size();
  }

  public Optional<Breakdown> breakdown(QualityDimension dimension) {
    return breakdowns.stream().filter(b -> b.dimension() == dimension).findFirst();
  }

  /**
   * A counted cadre with the seat that places the cadre in the scope.
   *
   * @param ageYears full years of age on the as-of day, or null when the birth date is unknown
   * @param remainingMonths months to the retirement month, or null when it cannot be computed
   */
  public record CadreRow(
      String code,
      String fullName,
      String positionName,
      String unitName,
      Integer ageYears,
      Integer remainingMonths) {}

  /** One dimension's buckets, in display order; every counted cadre is in exactly one. */
  public record Breakdown(QualityDimension dimension, List<Bucket> buckets) {
    public Breakdown {
      buckets = List.copyOf(buckets);
    }

    public Optional<Bucket> bucket(String key) {
      return buckets.stream().filter(b -> b.key().equals(key)).findFirst();
    }
  }

  /**
   * A bucket of a dimension.
   *
   * @param key the bucket's stable key, e.g. {@code UNDER_40} or a recorded text
   * @param messageKey the message key of its name, or null when the name is the recorded text
   * @param text the recorded text (ethnicity, education…) when the bucket is one, otherwise null
   * @param cadreCodes the cadres in the bucket, in name order
   * @param limitMonths the month counts its name states, in order (a band's limits, set by the
   *     policy); empty for other buckets
   */
  public record Bucket(
      String key,
      String messageKey,
      String text,
      List<String> cadreCodes,
      List<Integer> limitMonths) {
    public Bucket {
      cadreCodes = List.copyOf(cadreCodes);
      limitMonths = List.copyOf(limitMonths);
    }

    /** A bucket whose name states no limit. */
    public Bucket(String key, String messageKey, String text, List<String> cadreCodes) {
      this(key, messageKey, text, cadreCodes, List.of());
    }

    public int count() {
      return cadreCodes.size();
    }
  }
}
