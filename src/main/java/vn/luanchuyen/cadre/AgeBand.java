package vn.luanchuyen.cadre;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The age bands of the quality analysis: under 40, 40 to 50, over 50 (full years). */
public enum AgeBand {
  UNDER_40("Dưới 40 tuổi", 0, 39),
  FROM_40_TO_50("Từ 40 đến 50 tuổi", 40, 50),
  OVER_50("Trên 50 tuổi", 51, 200);

  private final String label;
  private final int minYears;
  private final int maxYears;

  AgeBand(String label, int minYears, int maxYears) {
    this.label = label;
    this.minYears = minYears;
    this.maxYears = maxYears;
  }

  public String label() {
    return label;
  }

  /** The latest birth date in the band on the given day (inclusive). */
  public LocalDate bornOnOrBefore(LocalDate asOf) {
    return asOf.minusYears(minYears);
  }

  /** The earliest birth date in the band on the given day (exclusive). */
  public LocalDate bornAfter(LocalDate asOf) {
    return asOf.minusYears(maxYears + 1L);
  }

  public static Optional<AgeBand> fromName(String name) {
    return Arrays.stream(values()).filter(b -> b.name().equals(name)).findFirst();
  }
}
