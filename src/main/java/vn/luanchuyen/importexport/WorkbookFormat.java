package vn.luanchuyen.importexport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout of the exchange workbook: its sheets, their columns and what each column means. The
 * reader, the writer, the template and the documentation all follow this one description.
 */
final class WorkbookFormat {

  /** The sheet name used for problems that concern the whole file rather than one sheet. */
  static final String FILE = "(tệp)";

  static final String UNIT_CODE = "Mã đơn vị";
  static final String UNIT_NAME = "Tên đơn vị";
  static final String LEVEL = "Cấp";
  static final String UNIT_TYPE = "Loại";
  static final String BLOCK = "Khối";
  static final String PARENT = "Mã đơn vị cha";
  static final String LOCALITY = "Địa bàn";
  static final String VALID_FROM = "Hiệu lực từ";
  static final String VALID_TO = "Hiệu lực đến";
  static final String PREDECESSORS = "Đơn vị tiền thân";

  static final String POSITION_CODE = "Mã chức danh";
  static final String POSITION_NAME = "Tên chức danh";
  static final String RANK = "Bậc";
  static final String ROLE = "Nhóm";

  static final String CADRE_CODE = "Mã cán bộ";
  static final String FULL_NAME = "Họ và tên";
  static final String SEX = "Giới tính";
  static final String BIRTH_DATE = "Ngày sinh";
  static final String HOMETOWN = "Quê quán";
  static final String RESIDENCE = "Nơi thường trú";
  static final String BIRTHPLACE = "Nơi sinh";
  static final String ETHNICITY = "Dân tộc";
  static final String RELIGION = "Tôn giáo";
  static final String EDUCATION = "Trình độ chuyên môn";
  static final String POLITICAL_THEORY = "Lý luận chính trị";
  static final String STATE_MANAGEMENT = "Quản lý nhà nước";
  static final String FOREIGN_LANGUAGE = "Ngoại ngữ";
  static final String IT_LEVEL = "Tin học";
  static final String PARTY_JOIN_DATE = "Ngày vào Đảng";
  static final String RETIREMENT_OVERRIDE = "Tháng nghỉ hưu điều chỉnh";
  static final String RETIREMENT_REASON = "Lý do điều chỉnh";
  static final String OTHER_NAMES = "Tên gọi khác";
  static final String GENERAL_EDUCATION = "Giáo dục phổ thông";
  static final String PARTY_OFFICIAL_DATE = "Ngày chính thức";
  static final String AWARDS = "Khen thưởng";
  static final String PERSONAL_ID_NUMBER = "Số định danh cá nhân";

  static final String START_DATE = "Từ ngày";
  static final String END_DATE = "Đến ngày";
  static final String FORM = "Hình thức";
  static final String DECISION_NUMBER = "Số quyết định";

  static final String TERM = "Nhiệm kỳ";
  static final String YEAR = "Năm";
  static final String GRADE = "Xếp loại";

  static final String DECIDED_ON = "Ngày quyết định";
  static final String REASON = "Lý do";

  static final String VERSION = "Phiên bản";

  static final String CODE_LIST = "Danh mục";
  static final String CODE = "Mã";
  static final String CODE_NAME = "Tên";

  /**
   * One column of a sheet.
   *
   * @param headerRequired whether a sheet without this header is rejected
   * @param valueRequired whether every record must fill this column
   * @param guide what the column holds, in Vietnamese, for the template and the documentation
   */
  record Column(String header, boolean headerRequired, boolean valueRequired, String guide) {}

  /**
   * One sheet of the workbook.
   *
   * @param required whether a workbook without this sheet is rejected
   */
  record Sheet(RecordKind kind, boolean required, String guide, List<Column> columns) {

    String name() {
      return kind.sheet();
    }

    Column column(String header) {
      return columns.stream()
          .filter(c -> c.header().equals(header))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(header));
    }
  }

  private static Column required(String header, String guide) {
    return new Column(header, true, true, guide);
  }

  private static Column optionalValue(String header, String guide) {
    return new Column(header, true, false, guide);
  }

  private static Column optional(String header, String guide) {
    return new Column(header, false, false, guide);
  }

  /**
   * The version a record had when the registry was exported: an import refuses the row if the
   * record changed since, unless the user chooses to overwrite newer edits.
   */
  private static Column version(String what) {
    return optional(
        VERSION,
        "Phiên bản của "
            + what
            + " khi xuất sổ, do hệ thống ghi; đừng sửa. Khi nhập, dòng của "
            + what
            + " đã được sửa sau khi xuất sổ bị từ chối (trừ khi chọn ghi đè). Để trống với dòng"
            + " mới.");
  }

  static final Sheet UNITS =
      new Sheet(
          RecordKind.UNIT,
          true,
          "Đơn vị: cấp ủy, Ủy ban nhân dân, phòng, ban, Mặt trận, đoàn thể, đơn vị sự nghiệp.",
          List.of(
              required(UNIT_CODE, "Mã duy nhất của đơn vị."),
              required(UNIT_NAME, "Tên đơn vị."),
              required(LEVEL, "Mã cấp, theo danh mục CAP (ví dụ QUAN, PHUONG, TINH, XA)."),
              required(UNIT_TYPE, "Mã loại đơn vị, theo danh mục LOAI (ví dụ CAP_UY, UBND)."),
              required(BLOCK, "Khối: DANG, CHINH_QUYEN, MTTQ_DOAN_THE hoặc SU_NGHIEP."),
              optionalValue(PARENT, "Mã đơn vị cấp trên; để trống nếu là đơn vị gốc."),
              optionalValue(LOCALITY, "Mã địa bàn của đơn vị; để trống nếu không có."),
              optional(VALID_FROM, "Ngày đơn vị bắt đầu hoạt động (dd/MM/yyyy)."),
              optional(VALID_TO, "Ngày cuối cùng đơn vị hoạt động (dd/MM/yyyy)."),
              optional(
                  PREDECESSORS,
                  "Mã các đơn vị được hợp nhất, chia tách thành đơn vị này, cách nhau dấu phẩy."),
              version("đơn vị")));

  static final Sheet POSITIONS =
      new Sheet(
          RecordKind.POSITION,
          true,
          "Chức danh: mỗi dòng là một vị trí (ghế) trong một đơn vị.",
          List.of(
              required(POSITION_CODE, "Mã duy nhất của chức danh."),
              required(UNIT_CODE, "Mã đơn vị có chức danh này."),
              required(POSITION_NAME, "Tên chức danh, ví dụ \"Bí thư Đảng ủy phường Vạn Phúc\"."),
              required(RANK, "TRUONG (cấp trưởng) hoặc PHO (cấp phó)."),
              required(ROLE, "Mã nhóm chức danh, theo danh mục NHOM (ví dụ BI_THU)."),
              version("chức danh")));

  static final Sheet CADRES =
      new Sheet(
          RecordKind.CADRE,
          true,
          "Cán bộ: thông tin lý lịch theo Mẫu 2C.",
          List.of(
              required(CADRE_CODE, "Mã duy nhất của cán bộ."),
              required(FULL_NAME, "Họ và tên."),
              required(SEX, "Nam hoặc Nữ."),
              optionalValue(
                  BIRTH_DATE,
                  "Ngày sinh: dd/MM/yyyy, MM/yyyy hoặc yyyy. Nếu chưa rõ thì để trống: việc sàng"
                      + " lọc sẽ báo cán bộ này thiếu dữ liệu."),
              optionalValue(HOMETOWN, "Mã địa bàn hoặc ghi rõ nơi ngoài danh mục."),
              optionalValue(RESIDENCE, "Mã địa bàn hoặc ghi rõ nơi ngoài danh mục."),
              optional(BIRTHPLACE, "Nơi sinh: mã địa bàn hoặc ghi rõ."),
              optional(ETHNICITY, "Dân tộc."),
              optional(RELIGION, "Tôn giáo."),
              optional(EDUCATION, "Trình độ chuyên môn cao nhất."),
              optional(POLITICAL_THEORY, "Trình độ lý luận chính trị."),
              optional(STATE_MANAGEMENT, "Trình độ quản lý nhà nước."),
              optional(FOREIGN_LANGUAGE, "Trình độ ngoại ngữ."),
              optional(IT_LEVEL, "Trình độ tin học."),
              optional(PARTY_JOIN_DATE, "Ngày vào Đảng (dd/MM/yyyy)."),
              optional(
                  RETIREMENT_OVERRIDE,
                  "Tháng nghỉ hưu thay cho tháng theo luật (MM/yyyy), khi nghỉ hưu sớm hoặc kéo dài."),
              optional(RETIREMENT_REASON, "Lý do điều chỉnh tháng nghỉ hưu; bắt buộc nếu có."),
              optional(OTHER_NAMES, "Các tên gọi khác (Mẫu 2C)."),
              optional(GENERAL_EDUCATION, "Giáo dục phổ thông, ví dụ 12/12."),
              optional(PARTY_OFFICIAL_DATE, "Ngày chính thức vào Đảng (dd/MM/yyyy)."),
              optional(AWARDS, "Khen thưởng (huân, huy chương, danh hiệu), như ghi trong lý lịch."),
              version("cán bộ"),
              optional(
                  PERSONAL_ID_NUMBER,
                  "Số định danh cá nhân (số căn cước): đúng 12 chữ số, không trùng giữa các cán"
                      + " bộ; để trống nếu chưa có. Nên định dạng ô là văn bản để giữ các số 0"
                      + " đầu.")));

  static final Sheet ASSIGNMENTS =
      new Sheet(
          RecordKind.ASSIGNMENT,
          true,
          "Quá trình công tác: mỗi dòng là một lần giữ một chức danh.",
          List.of(
              required(CADRE_CODE, "Mã cán bộ."),
              required(POSITION_CODE, "Mã chức danh đã giữ."),
              required(START_DATE, "Ngày bắt đầu giữ chức danh (dd/MM/yyyy)."),
              optionalValue(END_DATE, "Ngày cuối cùng giữ chức danh; để trống nếu đang giữ."),
              optional(FORM, "BO_NHIEM, BAU, LUAN_CHUYEN, DIEU_DONG hoặc CHUYEN_DOI."),
              optional(DECISION_NUMBER, "Số quyết định bổ nhiệm, điều động.")));

  static final Sheet PLANNING =
      new Sheet(
          RecordKind.PLANNING,
          true,
          "Quy hoạch: cán bộ được quy hoạch vào nhóm chức danh trong một nhiệm kỳ.",
          List.of(
              required(CADRE_CODE, "Mã cán bộ."),
              required(ROLE, "Mã nhóm chức danh được quy hoạch."),
              optionalValue(UNIT_CODE, "Mã đơn vị quy hoạch; để trống nếu bất kỳ đơn vị nào."),
              required(TERM, "Nhiệm kỳ dạng yyyy-yyyy, ví dụ 2025-2030.")));

  static final Sheet ASSESSMENTS =
      new Sheet(
          RecordKind.ASSESSMENT,
          true,
          "Đánh giá, xếp loại hằng năm.",
          List.of(
              required(CADRE_CODE, "Mã cán bộ."),
              required(YEAR, "Năm đánh giá, ví dụ 2024."),
              required(GRADE, "HTXSNV, HTTNV, HTNV hoặc KHTNV.")));

  static final Sheet DISCIPLINES =
      new Sheet(
          RecordKind.DISCIPLINE,
          false,
          "Kỷ luật (không bắt buộc có trang này).",
          List.of(
              required(CADRE_CODE, "Mã cán bộ."),
              required(FORM, "KHIEN_TRACH, CANH_CAO, CACH_CHUC hoặc KHAI_TRU."),
              required(DECIDED_ON, "Ngày quyết định kỷ luật (dd/MM/yyyy)."),
              optional(
                  END_DATE, "Ngày cuối cùng kỷ luật còn hiệu lực; để trống nếu không thời hạn."),
              optional(REASON, "Lý do kỷ luật.")));

  static final Sheet CODES =
      new Sheet(
          RecordKind.CODE,
          false,
          "Danh mục mã: bổ sung mã cấp, loại đơn vị, nhóm chức danh (không bắt buộc có trang này).",
          List.of(
              required(CODE_LIST, "CAP (cấp), LOAI (loại đơn vị) hoặc NHOM (nhóm chức danh)."),
              required(CODE, "Mã, phân biệt chữ hoa chữ thường."),
              required(CODE_NAME, "Tên gọi.")));

  /** All sheets, in the order the writer writes them and problems are sorted. */
  static final List<Sheet> SHEETS =
      List.of(UNITS, POSITIONS, CADRES, ASSIGNMENTS, PLANNING, ASSESSMENTS, DISCIPLINES, CODES);

  private WorkbookFormat() {}

  static Sheet sheet(RecordKind kind) {
    return SHEETS.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  /** The sheet a workbook sheet name stands for, ignoring case and surrounding spaces. */
  /**
   * A sheet that continues another past Excel's row limit: {@code QuaTrinhCongTac (2)}, {@code
   * QuaTrinhCongTac (3)}, … with the same header row.
   */
  static Optional<Sheet> continuationOf(String name) {
    java.util.regex.Matcher m = CONTINUATION.matcher(name == null ? "" : name.strip());
    if (!m.matches() || Integer.parseInt(m.group(2)) < 2) {
      return Optional.empty();
    }
    return sheetNamed(m.group(1));
  }

  /** The name of part {@code part} (from 2) of a sheet. */
  static String partName(String sheet, int part) {
    return sheet + " (" + part + ")";
  }

  private static final java.util.regex.Pattern CONTINUATION =
      java.util.regex.Pattern.compile("(.+?)\\s*\\((\\d{1,4})\\)");

  static Optional<Sheet> sheetNamed(String name) {
    String wanted = normalise(name);
    return SHEETS.stream().filter(s -> normalise(s.name()).equals(wanted)).findFirst();
  }

  /** A header or sheet name as compared: composed Unicode, lower case, single inner spaces. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** The position of a sheet in {@link #SHEETS}, for sorting problems; unknown sheets go first. */
  static int order(String sheetName) {
    for (int i = 0; i < SHEETS.size(); i++) {
      if (SHEETS.get(i).name().equals(sheetName)) {
        return i + 1;
      }
    }
    return 0;
  }
}
