package vn.luanchuyen.reporting;

import java.util.Arrays;
import java.util.Optional;

/** A dimension of the quality analysis of the cadre corps. */
public enum QualityDimension {
  AGE("age"),
  SEX("sex"),
  ETHNICITY("ethnicity"),
  EDUCATION("education"),
  POLITICAL_THEORY("political-theory"),
  STATE_MANAGEMENT("state-management"),
  GRADE("grade"),
  PLANNING("planning"),
  TENURE("tenure"),
  REMAINING_TIME("remaining-time"),
  LOCAL("local"),
  GRASSROOTS("grassroots");

  private final String id;

  QualityDimension(String id) {
    this.id = id;
  }

  /** The id in URLs and JSON, e.g. {@code political-theory}. */
  public String id() {
    return id;
  }

  /** The message key of the dimension's name. */
  public String messageKey() {
    return "reporting.dimension." + id;
  }

  public static Optional<QualityDimension> fromId(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }
}
