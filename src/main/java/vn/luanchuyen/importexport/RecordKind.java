package vn.luanchuyen.importexport;

/** The kinds of record a workbook holds, each read from its own sheet. */
public enum RecordKind {
  UNIT("DonVi"),
  POSITION("ChucDanh"),
  CADRE("CanBo"),
  ASSIGNMENT("QuaTrinhCongTac"),
  PLANNING("QuyHoach"),
  ASSESSMENT("DanhGia"),
  DISCIPLINE("KyLuat"),
  CODE("DanhMuc");

  private final String sheet;

  RecordKind(String sheet) {
    this.sheet = sheet;
  }

  /** The name of the sheet holding this kind of record. */
  public String sheet() {
    return sheet;
  }
}
