package vn.luanchuyen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * A district with two departments and two wards under one Party committee, on 30/06/2022: the head
 * of department P1 (local to ward W1) and the chair of ward W2 have both held their seats more than
 * 8 years and must move; a young deputy of P2 in planning has never led a ward; a deputy of P1 may
 * move. The chair and vice-chair of W1, the head of P2 and a deputy seat of P2 are vacant.
 */
final class SmallDistrict {

  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  final List<Unit> units = new ArrayList<>();
  final List<Position> positions = new ArrayList<>();
  final List<Cadre> cadres = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<SuccessionEntry> planning = new ArrayList<>();
  final List<Assessment> assessments = new ArrayList<>();

  static SmallDistrict standard() {
    SmallDistrict d = new SmallDistrict();
    d.unit("QU", "Quận ủy", "QUAN", "CAP_UY", Block.DANG, null, "HD");
    d.unit("P1", "Phòng Nội vụ", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN, "QU", "HD");
    d.unit("P2", "Phòng Tư pháp", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN, "QU", "HD");
    d.unit("W1", "UBND phường Vạn Phúc", "PHUONG", "UBND", Block.CHINH_QUYEN, "QU", "HD-W1");
    d.unit("W2", "UBND phường Yên Nghĩa", "PHUONG", "UBND", Block.CHINH_QUYEN, "QU", "HD-W2");
    d.seat("P1-TP", "P1", "Trưởng phòng Nội vụ", PositionRank.HEAD, "TRUONG_PHONG");
    d.seat("P1-PTP1", "P1", "Phó Trưởng phòng Nội vụ", PositionRank.DEPUTY, "PHO_TRUONG_PHONG");
    d.seat("P2-TP", "P2", "Trưởng phòng Tư pháp", PositionRank.HEAD, "TRUONG_PHONG");
    d.seat("P2-PTP1", "P2", "Phó Trưởng phòng Tư pháp", PositionRank.DEPUTY, "PHO_TRUONG_PHONG");
    d.seat("P2-PTP2", "P2", "Phó Trưởng phòng Tư pháp", PositionRank.DEPUTY, "PHO_TRUONG_PHONG");
    d.seat("W1-CT", "W1", "Chủ tịch UBND phường Vạn Phúc", PositionRank.HEAD, "CHU_TICH_UBND");
    d.seat(
        "W1-PCT",
        "W1",
        "Phó Chủ tịch UBND phường Vạn Phúc",
        PositionRank.DEPUTY,
        "PHO_CHU_TICH_UBND");
    d.seat("W2-CT", "W2", "Chủ tịch UBND phường Yên Nghĩa", PositionRank.HEAD, "CHU_TICH_UBND");
    d.cadre("C1", "Nguyễn Văn An", Sex.MALE, 1972, "HD-W1", "P1-TP", 2010, "CHU_TICH_UBND");
    d.cadre("C2", "Trần Thị Bình", Sex.FEMALE, 1975, "HD-W2", "W2-CT", 2012, "TRUONG_PHONG");
    d.cadre("C3", "Lê Văn Cường", Sex.MALE, 1990, "HD", "P2-PTP1", 2020, "PHO_CHU_TICH_UBND");
    d.cadre("C4", "Phạm Văn Dũng", Sex.MALE, 1980, "HD", "P1-PTP1", 2020, "TRUONG_PHONG");
    return d;
  }

  void unit(
      String code,
      String name,
      String level,
      String type,
      Block block,
      String parent,
      String locality) {
    units.add(new Unit(code, name, level, type, block, parent, locality, null, null, List.of(), 0));
  }

  void seat(String code, String unit, String name, PositionRank rank, String role) {
    positions.add(new Position(code, unit, name, rank, role, 0));
  }

  void cadre(
      String code,
      String name,
      Sex sex,
      int born,
      String hometown,
      String seat,
      int since,
      String plannedRole) {
    cadres.add(
        new Cadre(
            code,
            name,
            sex,
            PartialDate.ofDay(LocalDate.of(born, 5, 10)),
            null,
            hometown,
            null,
            "Kinh",
            "Không",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0));
    assignments.add(
        new Assignment(
            null, code, seat, LocalDate.of(since, 1, 1), null, AssignmentForm.BO_NHIEM, null, 0));
    planning.add(new SuccessionEntry(code, plannedRole, null, Term.parse("2025-2030")));
    assessments.add(new Assessment(code, 2020, AssessmentGrade.HTTNV));
    assessments.add(new Assessment(code, 2021, AssessmentGrade.HTTNV));
  }

  /** The cadre retires in the given month, by a recorded decision. */
  void retiring(String code, java.time.YearMonth month) {
    cadres.replaceAll(
        c ->
            !c.code().equals(code)
                ? c
                : new Cadre(
                    c.code(),
                    c.fullName(),
                    c.sex(),
                    c.birthDate(),
                    c.birthplace(),
                    c.hometown(),
                    c.permanentResidence(),
                    c.ethnicity(),
                    c.religion(),
                    c.education(),
                    c.politicalTheory(),
                    c.stateManagement(),
                    c.foreignLanguage(),
                    c.itLevel(),
                    c.partyJoinDate(),
                    month,
                    "Quyết định nghỉ hưu",
                    c.version()));
  }

  /** The cadre is in no planning pool. */
  void notPlanned(String code) {
    planning.removeIf(e -> e.cadreCode().equals(code));
  }

  /** The district as registry content, to import. */
  RegistryContent content() {
    return new RegistryContent(
        List.of(), units, positions, cadres, assignments, planning, assessments, List.of());
  }

  RegistrySnapshot snapshot() {
    return RegistrySnapshot.of(
        RegistryContent.of(
            units, positions, cadres, assignments, planning, assessments, List.of()));
  }
}
