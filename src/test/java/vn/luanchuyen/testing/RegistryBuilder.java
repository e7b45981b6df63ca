package vn.luanchuyen.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Builds a small registry for tests: {@code aRegistry().ward("VP", "Vạn Phúc").cadre("CB1", "Nguyễn
 * Văn An").holding("P-VP-BT").since(date)}. Everything a test does not name gets a plain default.
 */
public final class RegistryBuilder {
  private final List<CodeEntry> codes = new ArrayList<>();
  private final List<Unit> units = new ArrayList<>();
  private final List<Position> positions = new ArrayList<>();
  private final List<Cadre> cadres = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<SuccessionEntry> planning = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private final List<Discipline> disciplines = new ArrayList<>();

  public static RegistryBuilder aRegistry() {
    return new RegistryBuilder();
  }

  public RegistryBuilder unit(String code, String name, String level, String type, Block block) {
    units.add(new Unit(code, name, level, type, block, null, null, null, null, List.of(), 0));
    return this;
  }

  /** A ward's People's Committee, with a chair seat {@code <code>-CT} and its locality. */
  public RegistryBuilder ward(String code, String name) {
    units.add(
        new Unit(
            code,
            "UBND phường " + name,
            "PHUONG",
            "UBND",
            Block.CHINH_QUYEN,
            null,
            "L-" + code,
            null,
            null,
            List.of(),
            0));
    return seat(
        code + "-CT", code, "Chủ tịch UBND phường " + name, PositionRank.HEAD, "CHU_TICH_UBND");
  }

  public RegistryBuilder seat(
      String code, String unitCode, String name, PositionRank rank, String roleKey) {
    positions.add(new Position(code, unitCode, name, rank, roleKey, 0));
    return this;
  }

  public CadreBuilder cadre(String code, String fullName) {
    return new CadreBuilder(code, fullName);
  }

  public RegistryContent build() {
    return new RegistryContent(
        codes, units, positions, cadres, assignments, planning, assessments, disciplines);
  }

  /** The cadre being described; {@code and()} goes back to the registry. */
  public final class CadreBuilder {
    private final String code;
    private final String fullName;
    private Sex sex = Sex.MALE;
    private PartialDate birth = PartialDate.ofDay(LocalDate.of(1975, 5, 10));
    private String hometown;
    private String heldSeat;
    private String otherNames;
    private String generalEducation;
    private String education;
    private String politicalTheory;
    private LocalDate partyJoined;
    private LocalDate partyOfficial;
    private String awards;
    private String personalIdNumber;

    private CadreBuilder(String code, String fullName) {
      this.code = code;
      this.fullName = fullName;
    }

    public CadreBuilder woman() {
      sex = Sex.FEMALE;
      return this;
    }

    public CadreBuilder born(PartialDate date) {
      birth = date;
      return this;
    }

    public CadreBuilder from(String hometownCode) {
      hometown = hometownCode;
      return this;
    }

    /** Mẫu 2C: also known as. */
    public CadreBuilder alsoCalled(String names) {
      otherNames = names;
      return this;
    }

    public CadreBuilder educated(
        String generalSchool, String highestQualification, String politicalTheoryLevel) {
      generalEducation = generalSchool;
      education = highestQualification;
      politicalTheory = politicalTheoryLevel;
      return this;
    }

    public CadreBuilder partyMember(LocalDate joined, LocalDate official) {
      partyJoined = joined;
      partyOfficial = official;
      return this;
    }

    public CadreBuilder awarded(String awardsAsWritten) {
      awards = awardsAsWritten;
      return this;
    }

    /** The 12-digit personal identification number (số định danh cá nhân). */
    public CadreBuilder identifiedBy(String number) {
      personalIdNumber = number;
      return this;
    }

    public CadreBuilder disciplined(DisciplineForm form, LocalDate decidedOn, String reason) {
      disciplines.add(new Discipline(code, form, decidedOn, null, reason));
      return this;
    }

    public CadreBuilder holding(String positionCode) {
      heldSeat = positionCode;
      return this;
    }

    public CadreBuilder since(LocalDate start) {
      return during(start, null);
    }

    public CadreBuilder during(LocalDate start, LocalDate end) {
      assignments.add(
          new Assignment(null, code, heldSeat, start, end, AssignmentForm.BO_NHIEM, null, 0));
      return this;
    }

    public CadreBuilder assessed(int year, AssessmentGrade grade) {
      assessments.add(new Assessment(code, year, grade));
      return this;
    }

    public CadreBuilder planned(String roleKey, String unitCode, String term) {
      planning.add(new SuccessionEntry(code, roleKey, unitCode, Term.parse(term)));
      return this;
    }

    public RegistryBuilder and() {
      cadres.add(
          new Cadre(
              code,
              fullName,
              sex,
              birth,
              null,
              hometown,
              null,
              "Kinh",
              "Không",
              education,
              politicalTheory,
              null,
              null,
              null,
              partyJoined,
              otherNames,
              generalEducation,
              partyOfficial,
              awards,
              personalIdNumber,
              null,
              null,
              0));
      return RegistryBuilder.this;
    }
  }
}
