package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentTable;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * A small registry built in tests: units, seats and cadres with builders that default everything a
 * test does not mention, e.g. {@code registry.add(aCadre("CB1").holding(seat).since(date))}.
 */
public final class RegistryFixture {

  final List<Unit> units = new ArrayList<>();
  final List<Position> positions = new ArrayList<>();
  final List<Cadre> cadres = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<SuccessionEntry> planning = new ArrayList<>();
  final List<Assessment> assessments = new ArrayList<>();
  final List<Discipline> disciplines = new ArrayList<>();

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  public static CadreBuilder aCadre(String code) {
    return new CadreBuilder(code);
  }

  Unit unit(String code, String name, String level, String type, String locality) {
    Unit unit =
        new Unit(code, name, level, type, Block.CHINH_QUYEN, null, locality, null, null, null, 0);
    units.add(unit);
    return unit;
  }

  Unit department(String code, String name) {
    return unit(code, name, "QUAN", "PHONG_CHUYEN_MON", "HD");
  }

  Unit ward(String code, String name, String type, String locality) {
    return unit(code, name, "PHUONG", type, locality);
  }

  Position seat(String code, Unit unit, String name, PositionRank rank, String role) {
    Position seat = new Position(code, unit.code(), name, rank, role, 0);
    positions.add(seat);
    return seat;
  }

  Position headSeat(String code, Unit unit, String name) {
    return seat(code, unit, name, PositionRank.HEAD, "TRUONG_PHONG");
  }

  Position deputySeat(String code, Unit unit, String name) {
    return seat(code, unit, name, PositionRank.DEPUTY, "PHO_TRUONG_PHONG");
  }

  RegistryFixture add(CadreBuilder builder) {
    builder.addTo(this);
    return this;
  }

  RegistrySnapshot snapshot() {
    return RegistrySnapshot.of(
        RegistryContent.of(
            units, positions, cadres, assignments, planning, assessments, disciplines));
  }

  /** The same registry with its stays and assessments held as columns, as the database reads it. */
  RegistrySnapshot snapshotOfColumns() {
    return RegistrySnapshot.of(
        RegistryContent.of(
            units,
            positions,
            cadres,
            AssignmentTable.compact(assignments),
            planning,
            AssessmentTable.compact(assessments),
            disciplines));
  }

  /** A cadre with defaults: a man born 15/05/1975, local to nowhere, not in planning. */
  public static final class CadreBuilder {
    private final String code;
    private Sex sex = Sex.MALE;
    private PartialDate birth = PartialDate.ofDay(LocalDate.of(1975, 5, 15));
    private String birthplace;
    private String hometown = "NOI_KHAC";
    private String residence = "NOI_KHAC";
    private YearMonth override;
    private String overrideReason;
    private final List<String[]> plans = new ArrayList<>();
    private final List<Assessment> grades = new ArrayList<>();
    private final List<Discipline> measures = new ArrayList<>();
    private final List<Stay> stays = new ArrayList<>();

    private static final class Stay {
      String position;
      LocalDate start;
      LocalDate end;
    }

    CadreBuilder(String code) {
      this.code = code;
    }

    public CadreBuilder man() {
      sex = Sex.MALE;
      return this;
    }

    public CadreBuilder woman() {
      sex = Sex.FEMALE;
      return this;
    }

    public CadreBuilder sexUnknown() {
      sex = null;
      return this;
    }

    public CadreBuilder born(int year, int month, int day) {
      birth = PartialDate.ofDay(LocalDate.of(year, month, day));
      return this;
    }

    public CadreBuilder born(int year, int month) {
      birth = PartialDate.ofMonth(year, month);
      return this;
    }

    public CadreBuilder bornIn(int year) {
      birth = PartialDate.ofYear(year);
      return this;
    }

    public CadreBuilder birthUnknown() {
      birth = null;
      return this;
    }

    public CadreBuilder hometown(String locality) {
      hometown = locality;
      return this;
    }

    public CadreBuilder residence(String locality) {
      residence = locality;
      return this;
    }

    public CadreBuilder birthplace(String locality) {
      birthplace = locality;
      return this;
    }

    public CadreBuilder retiringBy(YearMonth month, String reason) {
      override = month;
      overrideReason = reason;
      return this;
    }

    public CadreBuilder planned(String role, String term) {
      plans.add(new String[] {role, term});
      return this;
    }

    public CadreBuilder graded(int year, AssessmentGrade grade) {
      grades.add(new Assessment(code, year, grade));
      return this;
    }

    public CadreBuilder disciplined(DisciplineForm form, LocalDate from, LocalDate until) {
      measures.add(new Discipline(code, form, from, until, "vi phạm"));
      return this;
    }

    public CadreBuilder holding(Position seat) {
      return holding(seat.code());
    }

    public CadreBuilder holding(String positionCode) {
      Stay stay = new Stay();
      stay.position = positionCode;
      stays.add(stay);
      return this;
    }

    public CadreBuilder since(LocalDate start) {
      last().start = start;
      return this;
    }

    public CadreBuilder until(LocalDate end) {
      last().end = end;
      return this;
    }

    private Stay last() {
      return stays.get(stays.size() - 1);
    }

    public Cadre build() {
      return new Cadre(
          code,
          "Nguyễn Văn " + code,
          sex,
          birth,
          birthplace,
          hometown,
          residence,
          "Kinh",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          override,
          overrideReason,
          0);
    }

    void addTo(RegistryFixture registry) {
      registry.cadres.add(build());
      for (Stay s : stays) {
        registry.assignments.add(
            new Assignment(null, code, s.position, s.start, s.end, null, null, 0));
      }
      for (String[] plan : plans) {
        registry.planning.add(new SuccessionEntry(code, plan[0], null, Term.parse(plan[1])));
      }
      registry.assessments.addAll(grades);
      registry.disciplines.addAll(measures);
    }
  }
}
