package vn.luanchuyen.cadre;

import java.util.Arrays;
import java.util.Optional;

/** A cadre's sex, as the workbook writes it. */
public enum Sex {
  MALE("Nam"),
  FEMALE("Nữ");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads {@code Nam} or {@code Nữ}, ignoring case and surrounding spaces. */
  public static Optional<Sex> fromLabel(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    return Arrays.stream(values()).filter(x -> x.label.equalsIgnoreCase(s)).findFirst();
  }
}
