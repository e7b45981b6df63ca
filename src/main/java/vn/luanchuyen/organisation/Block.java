package vn.luanchuyen.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The political-system block a unit belongs to (khối). */
public enum Block {
  DANG("Khối Đảng"),
  CHINH_QUYEN("Khối chính quyền"),
  MTTQ_DOAN_THE("Khối Mặt trận Tổ quốc và các đoàn thể"),
  SU_NGHIEP("Khối đơn vị sự nghiệp");

  private final String label;

  Block(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Block> fromCode(String code) {
    return Arrays.stream(values()).filter(b -> b.name().equals(code)).findFirst();
  }
}
