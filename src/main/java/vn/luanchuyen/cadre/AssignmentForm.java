package vn.luanchuyen.cadre;

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

  private static final AssignmentForm[] VALUES = values();

  public static Optional<AssignmentForm> fromCode(String code) {
    // read for every cell of an import: a loop over a shared array, no stream
    for (AssignmentForm f : VALUES) {
      if (f.name().equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
