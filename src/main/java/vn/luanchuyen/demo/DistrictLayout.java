package vn.luanchuyen.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;

/**
 * The units and seats of one district: the district Party committee and People's Committee as
 * roots, the Party boards, the 12 specialised departments, the Front, the mass organisations,
 * public service units, and for each ward its Party committee, People's Committee, Front committee
 * and three mass organisations.
 *
 * <p>District 0 is Hà Đông with its 17 real wards; the others are simulated districts named "Mô
 * phỏng N" with wards "Mô phỏng N-K". District units carry the district's locality code ({@code HD}
 * or {@code MPN}); ward units carry the ward's ({@code HD-VANPHUC}, {@code MPN-07}).
 */
final class DistrictLayout {

  static final String LEVEL_DISTRICT = "QUAN";
  static final String LEVEL_WARD = "PHUONG";
  static final int WARDS_PER_DISTRICT = 17;

  /** The 17 wards of Hà Đông before 2025, with the key used in their codes. */
  static final String[][] HA_DONG_WARDS = {
    {"Biên Giang", "BIENGIANG"},
    {"Đồng Mai", "DONGMAI"},
    {"Dương Nội", "DUONGNOI"},
    {"Hà Cầu", "HACAU"},
    {"Kiến Hưng", "KIENHUNG"},
    {"La Khê", "LAKHE"},
    {"Mộ Lao", "MOLAO"},
    {"Nguyễn Trãi", "NGUYENTRAI"},
    {"Phú La", "PHULA"},
    {"Phú Lãm", "PHULAM"},
    {"Phú Lương", "PHULUONG"},
    {"Phúc La", "PHUCLA"},
    {"Quang Trung", "QUANGTRUNG"},
    {"Vạn Phúc", "VANPHUC"},
    {"Văn Quán", "VANQUAN"},
    {"Yên Nghĩa", "YENNGHIA"},
    {"Yết Kiêu", "YETKIEU"}
  };

  /** A unit with the seats the simulation gave it; {@code ward} is -1 for a district unit. */
  record Node(Unit unit, String key, int ward, List<Seat> seats) {}

  /** A ward: its name, locality code and its six units (Party committee first). */
  record Ward(String name, String localityCode, List<Node> nodes) {}

  private record Body(
      String key,
      String name,
      String type,
      Block block,
      boolean underParty,
      String headName,
      String deputyName,
      String headRole,
      String deputyRole,
      String headSuffix,
      String deputySuffix,
      SeatKind kind,
      int minDeputies,
      int maxDeputies) {}

  private static final List<Body> PARTY_BOARDS =
      List.of(
          board("BTC", "Ban Tổ chức Quận ủy", "Trưởng Ban", "Phó Trưởng Ban", 3, 3),
          new Body(
              "UBKT",
              "Ủy ban Kiểm tra Quận ủy",
              "BAN_DANG",
              Block.DANG,
              true,
              "Chủ nhiệm Ủy ban Kiểm tra Quận ủy",
              "Phó Chủ nhiệm Ủy ban Kiểm tra Quận ủy",
              "TRUONG_BAN",
              "PHO_TRUONG_BAN",
              "TB",
              "PTB",
              SeatKind.GENERAL,
              2,
              3),
          board("BTG", "Ban Tuyên giáo Quận ủy", "Trưởng Ban", "Phó Trưởng Ban", 2, 2),
          board("BDV", "Ban Dân vận Quận ủy", "Trưởng Ban", "Phó Trưởng Ban", 2, 2),
          board("VPQU", "Văn phòng Quận ủy", "Chánh", "Phó Chánh", 2, 3),
          board("TTCT", "Trung tâm Chính trị quận", "Giám đốc", "Phó Giám đốc", 1, 2));

  private static final List<Body> DEPARTMENTS =
      List.of(
          department("VP", "Văn phòng HĐND và UBND quận", "Chánh", "Phó Chánh"),
          department("NV", "Phòng Nội vụ", null, null),
          department("TP", "Phòng Tư pháp", null, null),
          department("TCKH", "Phòng Tài chính – Kế hoạch", null, null),
          department("TNMT", "Phòng Tài nguyên và Môi trường", null, null),
          department("LDTBXH", "Phòng Lao động – Thương binh và Xã hội", null, null),
          department("VHTT", "Phòng Văn hóa và Thông tin", null, null),
          department("GDDT", "Phòng Giáo dục và Đào tạo", null, null),
          department("YT", "Phòng Y tế", null, null),
          department("TTR", "Thanh tra quận", "Chánh", "Phó Chánh"),
          department("KT", "Phòng Kinh tế", null, null),
          department("QLDT", "Phòng Quản lý đô thị", null, null));

  private static final List<Body> FRONT_AND_MASS_ORGANISATIONS =
      List.of(
          new Body(
              "MTTQ",
              "Ủy ban MTTQ quận",
              "MTTQ",
              Block.MTTQ_DOAN_THE,
              true,
              "Chủ tịch Ủy ban MTTQ quận",
              "Phó Chủ tịch Ủy ban MTTQ quận",
              "CHU_TICH_MTTQ",
              "PHO_CHU_TICH_MTTQ",
              "CTMT",
              "PCTMT",
              SeatKind.GENERAL,
              2,
              2),
          massOrganisation("CCB", "Hội Cựu chiến binh quận", "Chủ tịch", SeatKind.VETERANS),
          massOrganisation("HND", "Hội Nông dân quận", "Chủ tịch", SeatKind.GENERAL),
          massOrganisation("HLHPN", "Hội Liên hiệp Phụ nữ quận", "Chủ tịch", SeatKind.WOMEN),
          massOrganisation("LDLD", "Liên đoàn Lao động quận", "Chủ tịch", SeatKind.GENERAL),
          massOrganisation("QDOAN", "Quận đoàn", "Bí thư", SeatKind.YOUTH));

  private static final List<Body> PUBLIC_SERVICE_UNITS =
      List.of(
          serviceUnit("BQLDA", "Ban Quản lý dự án đầu tư xây dựng quận", "Giám đốc"),
          serviceUnit("TTVH", "Trung tâm Văn hóa – Thông tin và Thể thao quận", "Giám đốc"),
          serviceUnit("BQLC", "Ban Quản lý chợ", "Trưởng"),
          serviceUnit("TTPTQD", "Trung tâm Phát triển quỹ đất", "Giám đốc"));

  /** Filled deputy seats per department before shuffling: 21 over 12 departments (1.75). */
  private static final int[] DEPUTIES_PER_DEPARTMENT = {1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3};

  final int index;
  final String name;
  final String localityCode;
  final List<Unit> units = new ArrayList<>();
  final List<Seat> seats = new ArrayList<>();
  final List<Node> nodes = new ArrayList<>();
  final List<Ward> wards = new ArrayList<>();
  final Map<String, List<Node>> nodesByRole = new LinkedHashMap<>();

  private final String unitPrefix;

  /** The code of each district unit by its key, shared by the ward units under it. */
  private final Map<String, String> unitCodes = new HashMap<>();

  private final String seatPrefix;
  private final String qualifier;
  private final SplittableRandom random;

  private DistrictLayout(int index, SplittableRandom random) {
    this.index = index;
    this.random = random;
    boolean haDong = index == 0;
    this.name = haDong ? "Hà Đông" : "Mô phỏng " + index;
    this.localityCode = haDong ? "HD" : "MP" + index;
    this.unitPrefix = localityCode + "-";
    this.seatPrefix = haDong ? "P-" : "P-" + localityCode + "-";
    this.qualifier = haDong ? "" : " – quận " + name;
  }

  static DistrictLayout build(int index, SplittableRandom random) {
    DistrictLayout layout = new DistrictLayout(index, random);
    layout.buildDistrict();
    layout.buildWards();
    return layout;
  }

  private void buildDistrict() {
    Unit partyCommittee =
        addUnit("QU", "Quận ủy " + name, LEVEL_DISTRICT, "CAP_UY", Block.DANG, null, localityCode);
    Unit peoplesCommittee =
        addUnit(
            "UBND",
            "UBND quận " + name,
            LEVEL_DISTRICT,
            "UBND",
            Block.CHINH_QUYEN,
            null,
            localityCode);
    nodes.add(new Node(partyCommittee, "QU", -1, List.of()));
    nodes.add(new Node(peoplesCommittee, "UBND", -1, List.of()));

    int vacantBoard = random.nextInt(PARTY_BOARDS.size());
    for (int i = 0; i < PARTY_BOARDS.size(); i++) {
      Body body = PARTY_BOARDS.get(i);
      int deputies = body.minDeputies + random.nextInt(body.maxDeputies - body.minDeputies + 1);
      addDistrictBody(body, partyCommittee, peoplesCommittee, deputies, i == vacantBoard ? 1 : 0);
    }

    int[] deputies = DEPUTIES_PER_DEPARTMENT.clone();
    if (random.nextBoolean()) {
      deputies[5] = 1;
    }
    shuffle(deputies);
    int[] vacant = new int[deputies.length];
    int vacancies = 0;
    for (int attempt = 0; vacancies < 3 && attempt < 100; attempt++) {
      int d = random.nextInt(deputies.length);
      if (deputies[d] < 3 && vacant[d] == 0) {
        vacant[d] = 1;
        vacancies++;
      }
    }
    for (int i = 0; i < DEPARTMENTS.size(); i++) {
      addDistrictBody(DEPARTMENTS.get(i), partyCommittee, peoplesCommittee, deputies[i], vacant[i]);
    }
    for (Body body : FRONT_AND_MASS_ORGANISATIONS) {
      int count = body.minDeputies + random.nextInt(body.maxDeputies - body.minDeputies + 1);
      addDistrictBody(body, partyCommittee, peoplesCommittee, count, 0);
    }
    for (Body body : PUBLIC_SERVICE_UNITS) {
      int count = body.minDeputies + random.nextInt(body.maxDeputies - body.minDeputies + 1);
      addDistrictBody(body, partyCommittee, peoplesCommittee, count, 0);
    }
  }

  private void addDistrictBody(
      Body body, Unit partyCommittee, Unit peoplesCommittee, int deputies, int vacantDeputies) {
    Unit parent = body.underParty ? partyCommittee : peoplesCommittee;
    Unit unit =
        addUnit(
            body.key,
            body.name + qualifier,
            LEVEL_DISTRICT,
            body.type,
            body.block,
            parent.code(),
            localityCode);
    Node node = new Node(unit, body.key, -1, new ArrayList<>());
    nodes.add(node);
    addSeat(node, body, PositionRank.HEAD, 0, 5, false);
    for (int i = 1; i <= deputies + vacantDeputies; i++) {
      addSeat(node, body, PositionRank.DEPUTY, i, 3, i > deputies);
    }
  }

  private void addSeat(
      Node node, Body body, PositionRank rank, int number, int tier, boolean keptVacant) {
    boolean head = rank == PositionRank.HEAD;
    addSeat(
        node,
        seatPrefix + body.key + "-" + (head ? body.headSuffix : body.deputySuffix + number),
        (head ? body.headName : body.deputyName) + qualifier,
        rank,
        head ? body.headRole : body.deputyRole,
        tier,
        body.kind,
        keptVacant);
  }

  private void buildWards() {
    int count = WARDS_PER_DISTRICT;
    int[] singleDeputySecretary = new int[count];
    for (int placed = 0; placed < 3; ) {
      int w = random.nextInt(count);
      if (singleDeputySecretary[w] == 0) {
        singleDeputySecretary[w] = 1;
        placed++;
      }
    }
    int wardWithVacantViceChair = random.nextInt(count);
    for (int w = 0; w < count; w++) {
      String wardName;
      String wardKey;
      if (index == 0) {
        wardName = HA_DONG_WARDS[w][0];
        wardKey = HA_DONG_WARDS[w][1];
      } else {
        wardName = "Mô phỏng " + index + "-" + (w + 1);
        wardKey = localityCode + String.format("-%02d", w + 1);
      }
      String locality = index == 0 ? localityCode + "-" + wardKey : wardKey;
      String codeStem = index == 0 ? unitPrefix + wardKey : wardKey;
      String seatStem = "P-" + wardKey + "-";
      List<Node> wardNodes = new ArrayList<>();
      wards.add(new Ward(wardName, locality, wardNodes));

      Node party =
          wardNode(
              w,
              wardNodes,
              codeStem + "-DU",
              "Đảng ủy phường " + wardName,
              "CAP_UY",
              Block.DANG,
              "QU",
              locality,
              wardKey);
      addSeat(
          party,
          seatStem + "BT",
          "Bí thư Đảng ủy phường " + wardName,
          PositionRank.HEAD,
          "BI_THU",
          4,
          SeatKind.GENERAL,
          false);
      int deputySecretaries = 2 - singleDeputySecretary[w];
      for (int i = 1; i <= deputySecretaries; i++) {
        addSeat(
            party,
            seatStem + "PBT" + i,
            "Phó Bí thư Đảng ủy phường " + wardName,
            PositionRank.DEPUTY,
            "PHO_BI_THU",
            3,
            SeatKind.GENERAL,
            false);
      }

      Node government =
          wardNode(
              w,
              wardNodes,
              codeStem + "-UB",
              "UBND phường " + wardName,
              "UBND",
              Block.CHINH_QUYEN,
              "UBND",
              locality,
              wardKey);
      addSeat(
          government,
          seatStem + "CT",
          "Chủ tịch UBND phường " + wardName,
          PositionRank.HEAD,
          "CHU_TICH_UBND",
          4,
          SeatKind.GENERAL,
          false);
      for (int i = 1; i <= 2; i++) {
        addSeat(
            government,
            seatStem + "PCT" + i,
            "Phó Chủ tịch UBND phường " + wardName,
            PositionRank.DEPUTY,
            "PHO_CHU_TICH_UBND",
            3,
            SeatKind.GENERAL,
            i == 2 && w == wardWithVacantViceChair);
      }

      wardOrganisation(
          w,
          wardNodes,
          codeStem + "-MT",
          "Ủy ban MTTQ phường " + wardName,
          "MTTQ",
          "MTTQ",
          seatStem,
          "CTMT",
          "Chủ tịch",
          "CHU_TICH_MTTQ",
          "PHO_CHU_TICH_MTTQ",
          SeatKind.GENERAL,
          locality,
          wardKey);
      wardOrganisation(
          w,
          wardNodes,
          codeStem + "-DTN",
          "Đoàn Thanh niên phường " + wardName,
          "DOAN_THE",
          "QDOAN",
          seatStem,
          "BTDTN",
          "Bí thư",
          "CHU_TICH_DOAN_THE",
          "PHO_CHU_TICH_DOAN_THE",
          SeatKind.YOUTH,
          locality,
          wardKey);
      wardOrganisation(
          w,
          wardNodes,
          codeStem + "-PN",
          "Hội Liên hiệp Phụ nữ phường " + wardName,
          "DOAN_THE",
          "HLHPN",
          seatStem,
          "CTPN",
          "Chủ tịch",
          "CHU_TICH_DOAN_THE",
          "PHO_CHU_TICH_DOAN_THE",
          SeatKind.WOMEN,
          locality,
          wardKey);
      wardOrganisation(
          w,
          wardNodes,
          codeStem + "-CCB",
          "Hội Cựu chiến binh phường " + wardName,
          "DOAN_THE",
          "CCB",
          seatStem,
          "CTCCB",
          "Chủ tịch",
          "CHU_TICH_DOAN_THE",
          "PHO_CHU_TICH_DOAN_THE",
          SeatKind.VETERANS,
          locality,
          wardKey);
    }
  }

  private void wardOrganisation(
      int ward,
      List<Node> wardNodes,
      String code,
      String unitName,
      String type,
      String parentKey,
      String seatStem,
      String headSuffix,
      String headTitle,
      String headRole,
      String deputyRole,
      SeatKind kind,
      String locality,
      String wardKey) {
    Node node =
        wardNode(
            ward,
            wardNodes,
            code,
            unitName,
            type,
            Block.MTTQ_DOAN_THE,
            parentKey,
            locality,
            wardKey);
    addSeat(
        node,
        seatStem + headSuffix,
        headTitle + " " + unitName,
        PositionRank.HEAD,
        headRole,
        2,
        kind,
        false);
    addSeat(
        node,
        seatStem + "P" + headSuffix + "1",
        "Phó " + headTitle + " " + unitName,
        PositionRank.DEPUTY,
        deputyRole,
        1,
        kind,
        false);
  }

  private Node wardNode(
      int ward,
      List<Node> wardNodes,
      String code,
      String unitName,
      String type,
      Block block,
      String parentKey,
      String locality,
      String wardKey) {
    Unit unit =
        new Unit(
            code,
            unitName,
            LEVEL_WARD,
            type,
            block,
            unitCodes.computeIfAbsent(parentKey, k -> unitPrefix + k),
            locality,
            null,
            null,
            List.of(),
            0);
    units.add(unit);
    Node node = new Node(unit, wardKey, ward, new ArrayList<>());
    nodes.add(node);
    wardNodes.add(node);
    return node;
  }

  private Unit addUnit(
      String key,
      String unitName,
      String level,
      String type,
      Block block,
      String parentCode,
      String locality) {
    Unit unit =
        new Unit(
            unitCodes.computeIfAbsent(key, k -> unitPrefix + k),
            unitName,
            level,
            type,
            block,
            parentCode,
            locality,
            null,
            null,
            List.of(),
            0);
    units.add(unit);
    return unit;
  }

  private void addSeat(
      Node node,
      String code,
      String seatName,
      PositionRank rank,
      String role,
      int tier,
      SeatKind kind,
      boolean keptVacant) {
    Seat seat =
        new Seat(
            seats.size(),
            new Position(code, node.unit.code(), seatName, rank, role, 0),
            node,
            tier,
            kind,
            keptVacant);
    seats.add(seat);
    node.seats.add(seat);
    List<Node> withRole = nodesByRole.computeIfAbsent(role, r -> new ArrayList<>());
    if (withRole.isEmpty() || withRole.get(withRole.size() - 1) != node) {
      withRole.add(node);
    }
  }

  private void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  private static Body board(
      String key, String name, String head, String deputy, int minDeputies, int maxDeputies) {
    String object = name.startsWith("Ban ") ? name.substring(4) : name;
    String headName = head.equals("Trưởng Ban") ? head + " " + object : head + " " + name;
    String deputyName =
        deputy.equals("Phó Trưởng Ban") ? deputy + " " + object : deputy + " " + name;
    return new Body(
        key,
        name,
        "BAN_DANG",
        Block.DANG,
        true,
        headName,
        deputyName,
        "TRUONG_BAN",
        "PHO_TRUONG_BAN",
        "TB",
        "PTB",
        SeatKind.GENERAL,
        minDeputies,
        maxDeputies);
  }

  private static Body department(String key, String name, String head, String deputy) {
    String headName;
    String deputyName;
    if (head == null) {
      String object = name.substring("Phòng ".length());
      headName = "Trưởng phòng " + object;
      deputyName = "Phó Trưởng phòng " + object;
    } else {
      headName = head + " " + name;
      deputyName = deputy + " " + name;
    }
    return new Body(
        key,
        name,
        "PHONG_CHUYEN_MON",
        Block.CHINH_QUYEN,
        false,
        headName,
        deputyName,
        "TRUONG_PHONG",
        "PHO_TRUONG_PHONG",
        "TP",
        "PTP",
        SeatKind.GENERAL,
        0,
        0);
  }

  private static Body massOrganisation(String key, String name, String head, SeatKind kind) {
    return new Body(
        key,
        name,
        "DOAN_THE",
        Block.MTTQ_DOAN_THE,
        true,
        head + " " + name,
        "Phó " + head + " " + name,
        "CHU_TICH_DOAN_THE",
        "PHO_CHU_TICH_DOAN_THE",
        "CTDT",
        "PCTDT",
        kind,
        1,
        2);
  }

  private static Body serviceUnit(String key, String name, String head) {
    String headName = head.equals("Trưởng") ? "Trưởng " + name : head + " " + name;
    return new Body(
        key,
        name,
        "SU_NGHIEP",
        Block.SU_NGHIEP,
        false,
        headName,
        "Phó " + headName,
        "GIAM_DOC",
        "PHO_GIAM_DOC",
        "GD",
        "PGD",
        SeatKind.GENERAL,
        1,
        2);
  }
}
