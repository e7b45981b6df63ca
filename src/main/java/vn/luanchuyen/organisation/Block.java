package vn.luanchuyen.organisation;

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

  private static final Block[] VALUES = values();

  public static Optional<Block> fromCode(String code) {
    // read for every cell of an import: a loop over a shared array, no stream
    for (Block b : VALUES) {
      if (b.name().equals(code)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
