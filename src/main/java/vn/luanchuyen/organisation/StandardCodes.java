package vn.luanchuyen.organisation;

import java.util.List;

/**
 * The code lists every installation starts with: the levels before and after the 2025 reform, the
 * unit types and role keys of the exchange format. Users add more through the workbook's {@code
 * DanhMuc} sheet.
 */
public final class StandardCodes {

  private static final List<CodeEntry> ALL =
      List.of(
          new CodeEntry(CodeKind.LEVEL, "TRUNG_UONG", "Trung ương"),
          new CodeEntry(CodeKind.LEVEL, "TINH", "Tỉnh, thành phố trực thuộc Trung ương"),
          new CodeEntry(CodeKind.LEVEL, "QUAN", "Quận, huyện, thị xã"),
          new CodeEntry(CodeKind.LEVEL, "PHUONG", "Phường"),
          new CodeEntry(CodeKind.LEVEL, "XA", "Xã, đặc khu"),
          new CodeEntry(CodeKind.UNIT_TYPE, "CAP_UY", "Cấp ủy"),
          new CodeEntry(CodeKind.UNIT_TYPE, "UBND", "Ủy ban nhân dân"),
          new CodeEntry(CodeKind.UNIT_TYPE, "HDND", "Hội đồng nhân dân"),
          new CodeEntry(CodeKind.UNIT_TYPE, "PHONG_CHUYEN_MON", "Phòng chuyên môn"),
          new CodeEntry(CodeKind.UNIT_TYPE, "BAN_DANG", "Ban, cơ quan tham mưu của cấp ủy"),
          new CodeEntry(CodeKind.UNIT_TYPE, "MTTQ", "Mặt trận Tổ quốc"),
          new CodeEntry(CodeKind.UNIT_TYPE, "DOAN_THE", "Tổ chức chính trị - xã hội"),
          new CodeEntry(CodeKind.UNIT_TYPE, "SU_NGHIEP", "Đơn vị sự nghiệp công lập"),
          new CodeEntry(CodeKind.UNIT_TYPE, "PHUONG", "Phường"),
          new CodeEntry(CodeKind.UNIT_TYPE, "XA", "Xã"),
          // Bodies named by the two-tier local government of 1 July 2025 (Decrees 150/2025 and
          // 370/2025): the province's departments, the inspection committee and the inspectorate,
          // and a commune's Public Administration Service Centre.
          new CodeEntry(
              CodeKind.UNIT_TYPE, "SO", "Sở, cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"),
          new CodeEntry(CodeKind.UNIT_TYPE, "UY_BAN_KIEM_TRA", "Ủy ban kiểm tra của cấp ủy"),
          new CodeEntry(CodeKind.UNIT_TYPE, "THANH_TRA", "Thanh tra"),
          new CodeEntry(
              CodeKind.UNIT_TYPE, "TRUNG_TAM_HANH_CHINH_CONG", "Trung tâm Phục vụ hành chính công"),
          new CodeEntry(CodeKind.ROLE, "BI_THU", "Bí thư"),
          new CodeEntry(CodeKind.ROLE, "PHO_BI_THU", "Phó Bí thư"),
          new CodeEntry(CodeKind.ROLE, "CHU_TICH_UBND", "Chủ tịch Ủy ban nhân dân"),
          new CodeEntry(CodeKind.ROLE, "PHO_CHU_TICH_UBND", "Phó Chủ tịch Ủy ban nhân dân"),
          new CodeEntry(CodeKind.ROLE, "CHU_TICH_HDND", "Chủ tịch Hội đồng nhân dân"),
          new CodeEntry(CodeKind.ROLE, "PHO_CHU_TICH_HDND", "Phó Chủ tịch Hội đồng nhân dân"),
          new CodeEntry(CodeKind.ROLE, "TRUONG_PHONG", "Trưởng phòng"),
          new CodeEntry(CodeKind.ROLE, "PHO_TRUONG_PHONG", "Phó Trưởng phòng"),
          new CodeEntry(CodeKind.ROLE, "TRUONG_BAN", "Trưởng ban"),
          new CodeEntry(CodeKind.ROLE, "PHO_TRUONG_BAN", "Phó Trưởng ban"),
          new CodeEntry(CodeKind.ROLE, "CHU_TICH_MTTQ", "Chủ tịch Ủy ban Mặt trận Tổ quốc"),
          new CodeEntry(CodeKind.ROLE, "PHO_CHU_TICH_MTTQ", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc"),
          new CodeEntry(CodeKind.ROLE, "CHU_TICH_DOAN_THE", "Chủ tịch, Bí thư tổ chức đoàn thể"),
          new CodeEntry(
              CodeKind.ROLE, "PHO_CHU_TICH_DOAN_THE", "Phó Chủ tịch, Phó Bí thư đoàn thể"),
          new CodeEntry(CodeKind.ROLE, "GIAM_DOC", "Giám đốc, Thủ trưởng đơn vị sự nghiệp"),
          new CodeEntry(CodeKind.ROLE, "PHO_GIAM_DOC", "Phó Giám đốc đơn vị sự nghiệp"),
          new CodeEntry(CodeKind.ROLE, "CHANH_THANH_TRA", "Chánh Thanh tra"),
          new CodeEntry(CodeKind.ROLE, "PHO_CHANH_THANH_TRA", "Phó Chánh Thanh tra"),
          new CodeEntry(CodeKind.ROLE, "CHU_NHIEM_UBKT", "Chủ nhiệm Ủy ban kiểm tra"),
          new CodeEntry(CodeKind.ROLE, "PHO_CHU_NHIEM_UBKT", "Phó Chủ nhiệm Ủy ban kiểm tra"),
          new CodeEntry(CodeKind.ROLE, "GIAM_DOC_SO", "Giám đốc Sở"),
          new CodeEntry(CodeKind.ROLE, "PHO_GIAM_DOC_SO", "Phó Giám đốc Sở"));

  private StandardCodes() {}

  public static List<CodeEntry> all() {
    return ALL;
  }
}
