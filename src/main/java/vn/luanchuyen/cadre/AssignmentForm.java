package vn.luanchuyen.cadre;

import java.util.Arrays;
import java.util.Optional;

/** How a cadre came to hold a seat (hình thức). */
public enum AssignmentForm {
  BO_NHIEM("Bổ nhiệm"),
  BAU("Bầu cử"),
  LUAN_CHUYEN("Luân chuyển"),
  DIEU_DONG("Điều động"),
  CHUYEN_DOI("Chuyển đổi vị trí công tác");

  private final String label;

  AssignmentForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<AssignmentForm> fromCode(String code) {
    return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
  }
}
