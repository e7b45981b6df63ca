package vn.luanchuyen.security;

/** What a user may do. */
public enum Role {
  /** Manages users and settings. */
  ADMIN("Quản trị hệ thống"),
  /** Organisation Board staff: keep the registry, screen, plan and run the procedure. */
  ORGANISATION_BOARD("Cán bộ Ban Tổ chức"),
  /** Standing Committee members: tallies and decisions. */
  STANDING_COMMITTEE("Ủy viên Ban Thường vụ"),
  /** Reads the registry of the units they are scoped to. */
  UNIT_VIEWER("Người xem theo đơn vị"),
  /** Reads the audit trail. */
  AUDITOR("Kiểm tra, giám sát");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
