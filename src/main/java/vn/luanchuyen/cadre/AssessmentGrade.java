package vn.luanchuyen.cadre;

import java.util.Arrays;
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

  public static Optional<AssessmentGrade> fromCode(String code) {
    return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
  }
}
