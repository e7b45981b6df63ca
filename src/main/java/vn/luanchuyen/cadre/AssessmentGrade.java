package vn.luanchuyen.cadre;

import java.util.Optional;

/** The four grades of the annual assessment (đánh giá, xếp loại). */
public enum AssessmentGrade {
  HTXSNV("Hoàn thành xuất sắc nhiệm vụ"),
  HTTNV("Hoàn thành tốt nhiệm vụ"),
  HTNV("Hoàn thành nhiệm vụ"),
  KHTNV("Không hoàn thành nhiệm vụ");

  private final String label;

  AssessmentGrade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  private static final AssessmentGrade[] VALUES = values();

  public static Optional<AssessmentGrade> fromCode(String code) {
    // read for every cell of an import: a loop over a shared array, no stream
    for (AssessmentGrade g : VALUES) {
      if (g.name().equals(code)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
