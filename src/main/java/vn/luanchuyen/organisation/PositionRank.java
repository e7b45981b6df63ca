package vn.luanchuyen.organisation;

import java.util.Optional;

/** Whether a seat is the head of its unit (cấp trưởng) or a deputy (cấp phó). */
public enum PositionRank {
  HEAD("TRUONG", "Cấp trưởng"),
  DEPUTY("PHO", "Cấp phó");

  private final String code;
  private final String label;

  PositionRank(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The code used in the exchange workbook: {@code TRUONG} or {@code PHO}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  private static final PositionRank[] VALUES = values();

  public static Optional<PositionRank> fromCode(String code) {
    // read for every cell of an import: a loop over a shared array, no stream
    for (PositionRank r : VALUES) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
