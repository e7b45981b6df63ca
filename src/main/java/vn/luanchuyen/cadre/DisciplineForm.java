package vn.luanchuyen.cadre;

import java.util.Arrays;
import java.util.Optional;

/** Disciplinary measures, mildest first; reprimand (khiển trách) and above block planning. */
public enum DisciplineForm {
  KHIEN_TRACH("Khiển trách"),
  CANH_CAO("Cảnh cáo"),
  CACH_CHUC("Cách chức"),
  KHAI_TRU("Khai trừ");

  private final String label;

  DisciplineForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<DisciplineForm> fromCode(String code) {
    return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
  }
}
