package vn.luanchuyen.importexport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.shared.MessageRenderer;

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
   * @param key the column's name in the bundle keys of its guide, {@code
   *     workbook.guide.<sheet>.<key>}
   */
  record Column(String header, boolean headerRequired, boolean valueRequired, String key) {}

  /**
   * One sheet of the workbook. What the sheet and each column hold, for the template and the
   * documentation, is worded in the bundles ({@code i18n/importexport*.properties}).
   *
   * @param required whether a workbook without this sheet is rejected
   */
  record Sheet(RecordKind kind, boolean required, List<Column> columns) {

    String name() {
      return kind.sheet();
    }

    Column column(String header) {
      return columns.stream()
          .filter(c -> c.header().equals(header))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(header));
    }

    /** What the sheet holds ({@code workbook.guide.<sheet>}). */
    String guide(Locale locale) {
      return MessageRenderer.text("workbook.guide." + name(), locale);
    }

    /**
     * What a column holds ({@code workbook.guide.<sheet>.<column>}); the version column's guide is
     * one sentence for every sheet, naming the sheet's record ({@code workbook.record.<sheet>}).
     */
    String guide(Column column, Locale locale) {
      if (column.header().equals(VERSION)) {
        return MessageRenderer.PLAIN.render(
            "workbook.guide.version",
            Map.of("record", MessageRenderer.text("workbook.record." + name(), locale)),
            locale);
      }
      return MessageRenderer.text("workbook.guide." + name() + "." + column.key(), locale);
    }
  }

  private static Sheet sheet(RecordKind kind, boolean required, Column... columns) {
    return new Sheet(kind, required, List.of(columns));
  }

  private static Column required(String header, String key) {
    return new Column(header, true, true, key);
  }

  private static Column optionalValue(String header, String key) {
    return new Column(header, true, false, key);
  }

  private static Column optional(String header, String key) {
    return new Column(header, false, false, key);
  }

  /**
   * The version a record had when the registry was exported: an import refuses the row if the
   * record changed since, unless the user chooses to overwrite newer edits.
   */
  private static Column version() {
    return optional(VERSION, "version");
  }

  static final Sheet UNITS =
      sheet(
          RecordKind.UNIT,
          true,
          required(UNIT_CODE, "code"),
          required(UNIT_NAME, "name"),
          required(LEVEL, "level"),
          required(UNIT_TYPE, "type"),
          required(BLOCK, "block"),
          optionalValue(PARENT, "parent"),
          optionalValue(LOCALITY, "locality"),
          optional(VALID_FROM, "valid-from"),
          optional(VALID_TO, "valid-to"),
          optional(PREDECESSORS, "predecessors"),
          version());

  static final Sheet POSITIONS =
      sheet(
          RecordKind.POSITION,
          true,
          required(POSITION_CODE, "code"),
          required(UNIT_CODE, "unit"),
          required(POSITION_NAME, "name"),
          required(RANK, "rank"),
          required(ROLE, "role"),
          version());

  static final Sheet CADRES =
      sheet(
          RecordKind.CADRE,
          true,
          required(CADRE_CODE, "code"),
          required(FULL_NAME, "full-name"),
          required(SEX, "sex"),
          optionalValue(BIRTH_DATE, "birth-date"),
          optionalValue(HOMETOWN, "hometown"),
          optionalValue(RESIDENCE, "residence"),
          optional(BIRTHPLACE, "birthplace"),
          optional(ETHNICITY, "ethnicity"),
          optional(RELIGION, "religion"),
          optional(EDUCATION, "education"),
          optional(POLITICAL_THEORY, "political-theory"),
          optional(STATE_MANAGEMENT, "state-management"),
          optional(FOREIGN_LANGUAGE, "foreign-language"),
          optional(IT_LEVEL, "it-level"),
          optional(PARTY_JOIN_DATE, "party-join-date"),
          optional(RETIREMENT_OVERRIDE, "retirement-override"),
          optional(RETIREMENT_REASON, "retirement-reason"),
          optional(OTHER_NAMES, "other-names"),
          optional(GENERAL_EDUCATION, "general-education"),
          optional(PARTY_OFFICIAL_DATE, "party-official-date"),
          optional(AWARDS, "awards"),
          version(),
          optional(PERSONAL_ID_NUMBER, "personal-id-number"));

  static final Sheet ASSIGNMENTS =
      sheet(
          RecordKind.ASSIGNMENT,
          true,
          required(CADRE_CODE, "cadre"),
          required(POSITION_CODE, "position"),
          required(START_DATE, "start"),
          optionalValue(END_DATE, "end"),
          optional(FORM, "form"),
          optional(DECISION_NUMBER, "decision-number"));

  static final Sheet PLANNING =
      sheet(
          RecordKind.PLANNING,
          true,
          required(CADRE_CODE, "cadre"),
          required(ROLE, "role"),
          optionalValue(UNIT_CODE, "unit"),
          required(TERM, "term"));

  static final Sheet ASSESSMENTS =
      sheet(
          RecordKind.ASSESSMENT,
          true,
          required(CADRE_CODE, "cadre"),
          required(YEAR, "year"),
          required(GRADE, "grade"));

  static final Sheet DISCIPLINES =
      sheet(
          RecordKind.DISCIPLINE,
          false,
          required(CADRE_CODE, "cadre"),
          required(FORM, "form"),
          required(DECIDED_ON, "decided-on"),
          optional(END_DATE, "end"),
          optional(REASON, "reason"));

  static final Sheet CODES =
      sheet(
          RecordKind.CODE,
          false,
          required(CODE_LIST, "list"),
          required(CODE, "code"),
          required(CODE_NAME, "name"));

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
