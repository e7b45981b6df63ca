package vn.luanchuyen.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The code lists kept as data: levels, unit types and role keys. */
public enum CodeKind {
  LEVEL("CAP", "Cấp"),
  UNIT_TYPE("LOAI", "Loại đơn vị"),
  ROLE("NHOM", "Nhóm chức danh");

  private final String code;
  private final String label;

  CodeKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<CodeKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
