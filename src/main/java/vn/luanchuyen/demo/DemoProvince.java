package vn.luanchuyen.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * A demo province after the two-tier local government of 1 July 2025, on the scale of Hà Nội (126
 * communes and wards by default), as its registry stood on {@value #REFERENCE_TEXT}. Everything in
 * it is synthetic: the province, its communes ("Xã … (mô phỏng)") and its people are invented; only
 * the shape follows the public rules (Decrees 150/2025 and 370/2025: a commune's Party committee
 * with its boards, People's Council and Committee, the Office, an Economy department and a
 * Culture–Society department, the Public Administration Service Centre, the Front and the mass
 * organisations; the province's departments and Party boards).
 *
 * <p>Each commune was formed on 1 July 2025 from two to four older communes or wards, which ended
 * the day before and are kept with their Party committee and People's Committee seats: many
 * secretaries, chairs and their deputies held the same post in an old unit before the merger, so
 * their tenure crosses it, and a cadre from an old unit's locality is local to the commune it
 * merged into. The same seed and commune count always give equal content.
 */
public final class DemoProvince {

  /** The number of communes and wards of Hà Nội after 1 July 2025. */
  public static final int DEFAULT_COMMUNES = 126;

  /** The day the registry is shown as of. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);

  static final String REFERENCE_TEXT = "30/06/2026";

  /** The day the merged communes started. */
  public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private static final String PROVINCE = "T";

  private static final String[] DEPARTMENTS = {
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Dân tộc và Tôn giáo",
    "Sở Ngoại vụ"
  };

  private static final String[] PARTY_BOARDS = {
    "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy"
  };

  /** Syllables of the invented place names (each name is marked "mô phỏng" on screen). */
  private static final String[] PLACE_FIRST = {
    "An", "Bình", "Hòa", "Phú", "Tân", "Thanh", "Đông", "Tây", "Nam", "Bắc", "Minh", "Quang",
    "Hưng", "Vĩnh", "Phúc", "Thuận", "Kim", "Ngọc", "Hồng", "Tiên"
  };

  private static final String[] PLACE_SECOND = {
    "Lạc", "Sơn", "Thịnh", "Hà", "Lâm", "Xuân", "Lộc", "Mỹ", "Điền", "Hải", "Long", "Trung",
    "Khánh", "Phong", "Yên", "Đức", "Thành", "Cường", "Nguyên", "Tường"
  };

  private final SplittableRandom random;
  private final List<Unit> units = new ArrayList<>();
  private final List<Position> positions = new ArrayList<>();
  private final List<Cadre> cadres = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<SuccessionEntry> planning = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private final List<Discipline> disciplines = new ArrayList<>();
  private final Set<String> usedNames = new HashSet<>();
  private final List<String> oldLocalities = new ArrayList<>();
  private int nextCadre = 1;

  private final long seed;

  private DemoProvince(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The province with {@value #DEFAULT_COMMUNES} communes and wards. */
  public static RegistryContent generate(long seed) {
    return generate(seed, DEFAULT_COMMUNES);
  }

  /**
   * A province of {@code communes} communes and wards.
   *
   * @throws IllegalArgumentException if {@code communes} is less than 1
   */
  public static RegistryContent generate(long seed, int communes) {
    if (communes < 1) {
      throw new IllegalArgumentException("communes must be at least 1");
    }
    return new DemoProvince(seed).build(communes);
  }

  private RegistryContent build(int communes) {
    provincialBodies();
    for (int i = 1; i <= communes; i++) {
      commune(i);
    }
    Set<String> used = new HashSet<>();
    units.forEach(
        u -> {
          used.add(CodeKind.LEVEL + ":" + u.levelCode());
          used.add(CodeKind.UNIT_TYPE + ":" + u.typeCode());
        });
    positions.forEach(p -> used.add(CodeKind.ROLE + ":" + p.roleKey()));
    List<CodeEntry> codes =
        StandardCodes.all().stream().filter(e -> used.contains(e.kind() + ":" + e.code())).toList();
    return new RegistryContent(
        codes,
        units,
        positions,
        new SyntheticIdNumbers(seed).numbered(cadres),
        assignments,
        planning,
        assessments,
        disciplines);
  }

  // ---- the province's own bodies ----

  private void provincialBodies() {
    Unit party = unit("T-TU", "Tỉnh ủy (mô phỏng)", "TINH", "CAP_UY", Block.DANG, null, PROVINCE);
    provincial(party, "Bí thư Tỉnh ủy", "BI_THU", "Phó Bí thư Tỉnh ủy", "PHO_BI_THU", 3);
    Unit committee =
        unit("T-UB", "UBND tỉnh (mô phỏng)", "TINH", "UBND", Block.CHINH_QUYEN, "T-TU", PROVINCE);
    provincial(
        committee,
        "Chủ tịch UBND tỉnh",
        "CHU_TICH_UBND",
        "Phó Chủ tịch UBND tỉnh",
        "PHO_CHU_TICH_UBND",
        5);
    Unit inspection =
        unit(
            "T-UBKT",
            "Ủy ban Kiểm tra Tỉnh ủy",
            "TINH",
            "UY_BAN_KIEM_TRA",
            Block.DANG,
            "T-TU",
            PROVINCE);
    provincial(
        inspection,
        "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "CHU_NHIEM_UBKT",
        "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "PHO_CHU_NHIEM_UBKT",
        3);
    Unit inspectorate =
        unit("T-TTR", "Thanh tra tỉnh", "TINH", "THANH_TRA", Block.CHINH_QUYEN, "T-UB", PROVINCE);
    provincial(
        inspectorate,
        "Chánh Thanh tra tỉnh",
        "CHANH_THANH_TRA",
        "Phó Chánh Thanh tra tỉnh",
        "PHO_CHANH_THANH_TRA",
        3);
    for (int b = 0; b < PARTY_BOARDS.length; b++) {
      Unit board =
          unit(
              "T-BAN" + (b + 1), PARTY_BOARDS[b], "TINH", "BAN_DANG", Block.DANG, "T-TU", PROVINCE);
      provincial(
          board, "Trưởng " + PARTY_BOARDS[b], "TRUONG_BAN", "Phó Trưởng", "PHO_TRUONG_BAN", 3);
    }
    for (int d = 0; d < DEPARTMENTS.length; d++) {
      Unit department =
          unit(
              String.format("T-SO%02d", d + 1),
              DEPARTMENTS[d],
              "TINH",
              "SO",
              Block.CHINH_QUYEN,
              "T-UB",
              PROVINCE);
      provincial(
          department,
          "Giám đốc " + DEPARTMENTS[d],
          "GIAM_DOC_SO",
          "Phó Giám đốc",
          "PHO_GIAM_DOC_SO",
          3);
    }
    Unit front =
        unit(
            "T-MT",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "TINH",
            "MTTQ",
            Block.MTTQ_DOAN_THE,
            "T-TU",
            PROVINCE);
    provincial(
        front,
        "Chủ tịch Ủy ban MTTQ tỉnh",
        "CHU_TICH_MTTQ",
        "Phó Chủ tịch",
        "PHO_CHU_TICH_MTTQ",
        3);
  }

  /** A provincial body's head and deputies, held since before or after the merger. */
  private void provincial(
      Unit unit, String headName, String headRole, String deputyName, String deputyRole, int n) {
    Position head = seat(unit.code() + "-01", unit, headName, PositionRank.HEAD, headRole);
    holder(head, 2016 + random.nextInt(10), hometownOutside(), 45, 58, 4);
    for (int k = 1; k <= n; k++) {
      Position deputy =
          seat(
              String.format("%s-%02d", unit.code(), k + 1),
              unit,
              deputyName + " " + unit.name(),
              PositionRank.DEPUTY,
              deputyRole);
      holder(deputy, 2015 + random.nextInt(11), hometown(null), 40, 57, 3);
    }
  }

  // ---- a commune and the units it was formed from ----

  private void commune(int i) {
    boolean ward = random.nextInt(100) < 40;
    String level = ward ? "PHUONG" : "XA";
    String kind = ward ? "Phường" : "Xã";
    String name = placeName();
    String code = String.format("X%03d", i);
    String locality = code;
    int formedFrom = 2 + random.nextInt(3);
    List<OldUnit> old = new ArrayList<>();
    for (int k = 1; k <= formedFrom; k++) {
      old.add(oldUnit(code + "-C" + k, level, kind));
    }
    List<String> oldParty = old.stream().map(o -> o.party().code()).toList();
    List<String> oldCommittee = old.stream().map(o -> o.committee().code()).toList();

    Unit party =
        merged(
            code + "-DU",
            "Đảng ủy " + kind.toLowerCase() + " " + name + " (mô phỏng)",
            level,
            "CAP_UY",
            Block.DANG,
            "T-TU",
            locality,
            oldParty);
    Unit committee =
        merged(
            code + "-UB",
            "UBND " + kind.toLowerCase() + " " + name + " (mô phỏng)",
            level,
            "UBND",
            Block.CHINH_QUYEN,
            party.code(),
            locality,
            oldCommittee);
    String where = kind.toLowerCase() + " " + name;

    continuing(
        seat(code + "-BT", party, "Bí thư Đảng ủy " + where, PositionRank.HEAD, "BI_THU"),
        old,
        OldRole.SECRETARY,
        locality);
    for (int k = 1; k <= 2; k++) {
      continuing(
          seat(
              code + "-PBT" + k,
              party,
              "Phó Bí thư Đảng ủy " + where,
              PositionRank.DEPUTY,
              "PHO_BI_THU"),
          old,
          OldRole.DEPUTY_SECRETARY,
          locality);
    }
    continuing(
        seat(code + "-CT", committee, "Chủ tịch UBND " + where, PositionRank.HEAD, "CHU_TICH_UBND"),
        old,
        OldRole.CHAIR,
        locality);
    int vicechairs = 2 + (random.nextInt(100) < 35 ? 1 : 0);
    for (int k = 1; k <= vicechairs; k++) {
      continuing(
          seat(
              code + "-PCT" + k,
              committee,
              "Phó Chủ tịch UBND " + where,
              PositionRank.DEPUTY,
              "PHO_CHU_TICH_UBND"),
          old,
          OldRole.VICE_CHAIR,
          locality);
    }
    Unit council =
        unit(
            code + "-HD",
            "HĐND " + where + " (mô phỏng)",
            level,
            "HDND",
            Block.CHINH_QUYEN,
            party.code(),
            locality,
            MERGER);
    fresh(
        seat(
            code + "-HD-CT", council, "Chủ tịch HĐND " + where, PositionRank.HEAD, "CHU_TICH_HDND"),
        locality,
        45,
        58);
    fresh(
        seat(
            code + "-HD-PCT",
            council,
            "Phó Chủ tịch HĐND " + where,
            PositionRank.DEPUTY,
            "PHO_CHU_TICH_HDND"),
        locality,
        38,
        56);

    String economy = ward ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế";
    String[][] departments = {
      {"VP", "Văn phòng HĐND và UBND"}, {"KT", economy}, {"VH", "Phòng Văn hóa - Xã hội"}
    };
    for (String[] d : departments) {
      Unit department =
          unit(
              code + "-" + d[0],
              d[1] + " " + where,
              level,
              "PHONG_CHUYEN_MON",
              Block.CHINH_QUYEN,
              committee.code(),
              locality,
              MERGER);
      fresh(
          seat(
              department.code() + "-TP",
              department,
              "Trưởng " + d[1],
              PositionRank.HEAD,
              "TRUONG_PHONG"),
          locality,
          35,
          57);
      // deputies average about 2; a merger leaves some departments with a third for a while
      int deputies = 1 + random.nextInt(3);
      for (int k = 1; k <= deputies; k++) {
        fresh(
            seat(
                department.code() + "-PTP" + k,
                department,
                "Phó " + d[1],
                PositionRank.DEPUTY,
                "PHO_TRUONG_PHONG"),
            locality,
            30,
            56);
      }
    }
    Unit centre =
        unit(
            code + "-TT",
            "Trung tâm Phục vụ hành chính công " + where,
            level,
            "TRUNG_TAM_HANH_CHINH_CONG",
            Block.CHINH_QUYEN,
            committee.code(),
            locality,
            MERGER);
    fresh(
        seat(centre.code() + "-GD", centre, "Giám đốc Trung tâm", PositionRank.HEAD, "GIAM_DOC"),
        locality,
        35,
        57);
    fresh(
        seat(
            centre.code() + "-PGD1",
            centre,
            "Phó Giám đốc Trung tâm",
            PositionRank.DEPUTY,
            "PHO_GIAM_DOC"),
        locality,
        30,
        56);

    Unit inspection =
        unit(
            code + "-UBKT",
            "Ủy ban Kiểm tra Đảng ủy " + where,
            level,
            "UY_BAN_KIEM_TRA",
            Block.DANG,
            party.code(),
            locality,
            MERGER);
    fresh(
        seat(
            inspection.code() + "-CN",
            inspection,
            "Chủ nhiệm Ủy ban Kiểm tra",
            PositionRank.HEAD,
            "CHU_NHIEM_UBKT"),
        locality,
        38,
        57);
    fresh(
        seat(
            inspection.code() + "-PCN",
            inspection,
            "Phó Chủ nhiệm Ủy ban Kiểm tra",
            PositionRank.DEPUTY,
            "PHO_CHU_NHIEM_UBKT"),
        locality,
        32,
        56);
    Unit board =
        unit(
            code + "-BXD",
            "Ban Xây dựng Đảng " + where,
            level,
            "BAN_DANG",
            Block.DANG,
            party.code(),
            locality,
            MERGER);
    fresh(
        seat(
            board.code() + "-TB",
            board,
            "Trưởng Ban Xây dựng Đảng",
            PositionRank.HEAD,
            "TRUONG_BAN"),
        locality,
        38,
        57);
    fresh(
        seat(
            board.code() + "-PTB",
            board,
            "Phó Trưởng Ban Xây dựng Đảng",
            PositionRank.DEPUTY,
            "PHO_TRUONG_BAN"),
        locality,
        30,
        56);

    Unit front =
        unit(
            code + "-MT",
            "Ủy ban MTTQ " + where,
            level,
            "MTTQ",
            Block.MTTQ_DOAN_THE,
            party.code(),
            locality,
            MERGER);
    fresh(
        seat(
            front.code() + "-CT",
            front,
            "Chủ tịch Ủy ban MTTQ",
            PositionRank.HEAD,
            "CHU_TICH_MTTQ"),
        locality,
        40,
        58);
    fresh(
        seat(
            front.code() + "-PCT",
            front,
            "Phó Chủ tịch Ủy ban MTTQ",
            PositionRank.DEPUTY,
            "PHO_CHU_TICH_MTTQ"),
        locality,
        32,
        56);
    String[][] organisations = {
      {"DTN", "Đoàn Thanh niên"}, {"PN", "Hội Liên hiệp Phụ nữ"}, {"ND", "Hội Nông dân"}
    };
    for (String[] o : organisations) {
      Unit mass =
          unit(
              code + "-" + o[0],
              o[1] + " " + where,
              level,
              "DOAN_THE",
              Block.MTTQ_DOAN_THE,
              party.code(),
              locality,
              MERGER);
      boolean women = o[0].equals("PN");
      freshOf(
          seat(
              mass.code() + "-CT",
              mass,
              "Chủ tịch " + o[1],
              PositionRank.HEAD,
              "CHU_TICH_DOAN_THE"),
          locality,
          o[0].equals("DTN") ? 28 : 35,
          o[0].equals("DTN") ? 38 : 56,
          women);
      freshOf(
          seat(
              mass.code() + "-PCT",
              mass,
              "Phó Chủ tịch " + o[1],
              PositionRank.DEPUTY,
              "PHO_CHU_TICH_DOAN_THE"),
          locality,
          o[0].equals("DTN") ? 26 : 30,
          o[0].equals("DTN") ? 36 : 55,
          women);
    }
  }

  /** The Party committee and People's Committee of a commune or ward that ended at the merger. */
  private record OldUnit(Unit party, Unit committee, List<Position> seats, boolean[] taken) {}

  private enum OldRole {
    SECRETARY(0),
    DEPUTY_SECRETARY(1),
    CHAIR(2),
    VICE_CHAIR(3);

    final int firstSeat;

    OldRole(int firstSeat) {
      this.firstSeat = firstSeat;
    }
  }

  private OldUnit oldUnit(String code, String level, String kind) {
    String name = placeName();
    String locality = code;
    oldLocalities.add(locality);
    LocalDate end = MERGER.minusDays(1);
    String where = kind.toLowerCase() + " " + name;
    Unit party =
        ended(
            code + "-DU",
            "Đảng ủy " + where + " (cũ, mô phỏng)",
            level,
            "CAP_UY",
            Block.DANG,
            locality,
            end);
    Unit committee =
        ended(
            code + "-UB",
            "UBND " + where + " (cũ, mô phỏng)",
            level,
            "UBND",
            Block.CHINH_QUYEN,
            locality,
            end);
    List<Position> seats =
        List.of(
            seat(code + "-BT", party, "Bí thư Đảng ủy " + where, PositionRank.HEAD, "BI_THU"),
            seat(
                code + "-PBT",
                party,
                "Phó Bí thư Đảng ủy " + where,
                PositionRank.DEPUTY,
                "PHO_BI_THU"),
            seat(
                code + "-CT",
                committee,
                "Chủ tịch UBND " + where,
                PositionRank.HEAD,
                "CHU_TICH_UBND"),
            seat(
                code + "-PCT1",
                committee,
                "Phó Chủ tịch UBND " + where,
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND"),
            seat(
                code + "-PCT2",
                committee,
                "Phó Chủ tịch UBND " + where,
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND"));
    return new OldUnit(party, committee, seats, new boolean[seats.size()]);
  }

  /**
   * A seat of the merged commune whose holder, most often, held the same post in one of the old
   * units until the merger: the post continued, and the holder comes from that old locality more
   * often than not.
   */
  private void continuing(Position seat, List<OldUnit> old, OldRole role, String locality) {
    boolean head = seat.rank() == PositionRank.HEAD;
    Position before = null;
    String oldLocality = null;
    if (random.nextInt(100) < 80) {
      for (OldUnit o : old) {
        int last = role == OldRole.VICE_CHAIR ? role.firstSeat + 1 : role.firstSeat;
        for (int s = role.firstSeat; s <= last && before == null; s++) {
          if (!o.taken()[s]) {
            o.taken()[s] = true;
            before = o.seats().get(s);
            oldLocality = o.party().localityCode();
          }
        }
        if (before != null) {
          break;
        }
      }
    }
    String hometown =
        oldLocality != null && random.nextInt(100) < 55 ? oldLocality : hometown(locality);
    Person p = person(hometown, head ? 42 : 36, 57);
    if (before != null) {
      int startYear = 2010 + random.nextInt(15);
      LocalDate start = LocalDate.of(startYear, 1 + random.nextInt(12), 1);
      stay(p.code(), before.code(), start, MERGER.minusDays(1), AssignmentForm.BAU);
      stay(p.code(), seat.code(), MERGER, null, AssignmentForm.BO_NHIEM);
    } else {
      LocalDate start = MERGER.plusMonths(random.nextInt(12));
      stay(
          p.code(),
          seat.code(),
          start.isAfter(REFERENCE_DATE) ? MERGER : start,
          null,
          AssignmentForm.BO_NHIEM);
    }
    plan(p.code(), seat.roleKey());
  }

  /** A seat of a body formed at the merger, held since then. */
  private void fresh(Position seat, String locality, int minAge, int maxAge) {
    freshOf(seat, locality, minAge, maxAge, false);
  }

  private void freshOf(Position seat, String locality, int minAge, int maxAge, boolean woman) {
    Person p = person(hometown(locality), minAge, maxAge, woman);
    LocalDate start = MERGER.plusMonths(random.nextInt(100) < 85 ? 0 : random.nextInt(12));
    stay(p.code(), seat.code(), start, null, AssignmentForm.BO_NHIEM);
    plan(p.code(), seat.roleKey());
  }

  private void holder(
      Position seat, int sinceYear, String hometown, int minAge, int maxAge, int months) {
    Person p = person(hometown, minAge, maxAge);
    stay(
        p.code(),
        seat.code(),
        LocalDate.of(Math.min(sinceYear, 2025), 1 + random.nextInt(months), 1),
        null,
        AssignmentForm.BO_NHIEM);
    plan(p.code(), seat.roleKey());
  }

  // ---- people ----

  private record Person(String code) {}

  private Person person(String hometown, int minAge, int maxAge) {
    return person(hometown, minAge, maxAge, false);
  }

  private Person person(String hometown, int minAge, int maxAge, boolean woman) {
    String code = String.format("TCB%05d", nextCadre++);
    Sex sex = woman || random.nextInt(100) < 30 ? Sex.FEMALE : Sex.MALE;
    int age = minAge + random.nextInt(Math.max(1, maxAge - minAge + 1));
    LocalDate born = REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
    LocalDate joined = born.plusYears(22 + random.nextInt(8));
    String ethnicity = random.nextInt(100) < 8 ? "Mường" : "Kinh";
    cadres.add(
        new Cadre(
            code,
            VietnameseNames.fullName(sex, random),
            sex,
            vn.luanchuyen.shared.PartialDate.ofDay(born),
            hometown,
            hometown,
            random.nextInt(100) < 70 ? hometown : null,
            ethnicity,
            "Không",
            random.nextInt(100) < 35 ? "Thạc sĩ Quản lý công" : "Cử nhân Luật",
            random.nextInt(100) < 60 ? "Cao cấp" : "Trung cấp",
            random.nextInt(100) < 50 ? "Chuyên viên chính" : "Chuyên viên",
            "Tiếng Anh B1",
            "Ứng dụng công nghệ thông tin cơ bản",
            joined.isAfter(REFERENCE_DATE) ? null : joined,
            null,
            null,
            0));
    for (int year = 2024; year <= 2025; year++) {
      int r = random.nextInt(100);
      AssessmentGrade grade =
          r < 20
              ? AssessmentGrade.HTXSNV
              : r < 90
                  ? AssessmentGrade.HTTNV
                  : r < 99 ? AssessmentGrade.HTNV : AssessmentGrade.KHTNV;
      assessments.add(new Assessment(code, year, grade));
    }
    if (random.nextInt(1000) < 8) {
      LocalDate decided = REFERENCE_DATE.minusMonths(1 + random.nextInt(30));
      disciplines.add(
          new Discipline(
              code,
              DisciplineForm.KHIEN_TRACH,
              decided,
              decided.plusMonths(12),
              "Vi phạm quy chế làm việc (mô phỏng)"));
    }
    return new Person(code);
  }

  /** Six in ten are in planning for the next post up (or the same post) for 2025–2030. */
  private void plan(String cadre, String role) {
    if (random.nextInt(100) >= 60) {
      return;
    }
    String next =
        switch (role) {
          case "PHO_BI_THU" -> "BI_THU";
          case "PHO_CHU_TICH_UBND" -> "CHU_TICH_UBND";
          case "TRUONG_PHONG", "TRUONG_BAN", "CHU_NHIEM_UBKT" -> "PHO_CHU_TICH_UBND";
          case "PHO_TRUONG_PHONG" -> "TRUONG_PHONG";
          case "PHO_GIAM_DOC" -> "GIAM_DOC";
          case "PHO_GIAM_DOC_SO" -> "GIAM_DOC_SO";
          default -> role;
        };
    planning.add(new SuccessionEntry(cadre, next, null, Term.parse("2025-2030")));
  }

  private String hometown(String locality) {
    int r = random.nextInt(100);
    if (locality != null && r < 15) {
      return locality;
    }
    if (r < 75 && !oldLocalities.isEmpty()) {
      return oldLocalities.get(random.nextInt(oldLocalities.size()));
    }
    return hometownOutside();
  }

  private String hometownOutside() {
    return CadreProfiles.HOMETOWNS_ELSEWHERE[
        random.nextInt(CadreProfiles.HOMETOWNS_ELSEWHERE.length)];
  }

  // ---- records ----

  private String placeName() {
    for (int attempt = 0; ; attempt++) {
      String name =
          PLACE_FIRST[random.nextInt(PLACE_FIRST.length)]
              + " "
              + PLACE_SECOND[random.nextInt(PLACE_SECOND.length)];
      if (attempt > 20) {
        name = name + " " + (attempt - 20);
      }
      if (usedNames.add(name)) {
        return name;
      }
    }
  }

  private Unit unit(
      String code,
      String name,
      String level,
      String type,
      Block block,
      String parent,
      String locality) {
    return unit(code, name, level, type, block, parent, locality, null);
  }

  private Unit unit(
      String code,
      String name,
      String level,
      String type,
      Block block,
      String parent,
      String locality,
      LocalDate from) {
    Unit u = new Unit(code, name, level, type, block, parent, locality, from, null, List.of(), 0);
    units.add(u);
    return u;
  }

  private Unit merged(
      String code,
      String name,
      String level,
      String type,
      Block block,
      String parent,
      String locality,
      List<String> predecessors) {
    Unit u =
        new Unit(code, name, level, type, block, parent, locality, MERGER, null, predecessors, 0);
    units.add(u);
    return u;
  }

  private Unit ended(
      String code,
      String name,
      String level,
      String type,
      Block block,
      String locality,
      LocalDate to) {
    Unit u =
        new Unit(
            code,
            name,
            level,
            type,
            block,
            "T-TU",
            locality,
            LocalDate.of(2010, 1, 1),
            to,
            List.of(),
            0);
    units.add(u);
    return u;
  }

  private Position seat(String code, Unit unit, String name, PositionRank rank, String role) {
    Position p = new Position(code, unit.code(), name, rank, role, 0);
    positions.add(p);
    return p;
  }

  private void stay(
      String cadre, String seat, LocalDate start, LocalDate end, AssignmentForm form) {
    assignments.add(new Assignment(null, cadre, seat, start, end, form, null, 0));
  }
}
