package vn.luanchuyen.importexport;

import static vn.luanchuyen.importexport.WorkbookFormat.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.PersonalIdNumbers;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.PlainText;
import vn.luanchuyen.shared.Plausibility;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The cross-record checks of an import, made against the registry as it will be after {@link
 * RegistryMerge#merge}: required values, duplicate codes, references to unknown records or codes, a
 * cycle in the unit tree, end dates before start dates, overlapping stays of one cadre in one seat,
 * two cadres in one seat at once, a year assessed twice and a retirement override without a reason;
 * birth dates, Party admissions and assessment years that cannot be right ({@link Plausibility}).
 * Every problem is collected, at the workbook row it concerns. Sorting and hashing keep it
 * linear-logarithmic: a hundred thousand cadres with half a million assignments check in seconds.
 */
public final class RegistryValidator {
  /** The length of a code column in the database. */
  static final int MAX_CODE_LENGTH = 64;

  private final Clock clock;

  /** Checks dates (birth, Party admission, assessment years) against today on {@code clock}. */
  public RegistryValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * All problems of a read workbook: those found while reading, then the cross-record ones, in
   * sheet and row order.
   *
   * @param existing the registry's current content, possibly empty
   */
  public List<ImportProblem> validate(WorkbookRead read, RegistryContent existing) {
    return new Check(read.content(), existing, read.rows(), read.problems(), LocalDate.now(clock))
        .run();
  }

  /** The cross-record problems of content that did not come from a workbook (rows are 0). */
  public List<ImportProblem> validate(RegistryContent workbook, RegistryContent existing) {
    return new Check(workbook, existing, SourceRows.none(), List.of(), LocalDate.now(clock)).run();
  }

  private static final class Check {
    private final RegistryContent workbook;
    private final RegistryContent existing;
    private final SourceRows rows;
    private final List<ImportProblem> problems;
    private final Set<String> reportedCells = new HashSet<>();
    private final Set<String> reportedColumns = new HashSet<>();
    private final Set<RecordKind> unreadSheets = EnumSet.noneOf(RecordKind.class);
    private final Map<CodeKind, Set<String>> knownCodes = new EnumMap<>(CodeKind.class);
    private final Set<String> unitCodes = new HashSet<>();
    private final Set<String> positionCodes = new HashSet<>();
    private final Set<String> cadreCodes = new HashSet<>();
    private final LocalDate today;

    Check(
        RegistryContent workbook,
        RegistryContent existing,
        SourceRows rows,
        List<ImportProblem> readProblems,
        LocalDate today) {
      this.today = today;
      this.workbook = workbook;
      this.existing = existing;
      this.rows = rows;
      this.problems = new ArrayList<>(readProblems);
      for (ImportProblem p : readProblems) {
        reportedCells.add(p.sheet() + '\u0000' + p.row() + '\u0000' + p.column());
        if (p.row() == 1 && p.column() != null) {
          reportedColumns.add(p.sheet() + '\u0000' + p.column());
        }
        if (p.row() == 0 && p.column() == null) {
          sheetNamed(p.sheet()).ifPresent(s -> unreadSheets.add(s.kind()));
        }
      }
    }

    List<ImportProblem> run() {
      collectKnown();
      checkCodes();
      checkUnits();
      checkUnitTree();
      checkMergeCycles();
      checkPositions();
      checkCadres();
      checkAssignments();
      checkPlanning();
      checkAssessments();
      checkDisciplines();
      problems.sort(ImportProblem.IN_WORKBOOK_ORDER);
      return problems;
    }

    private void collectKnown() {
      for (CodeKind kind : CodeKind.values()) {
        knownCodes.put(kind, new HashSet<>());
      }
      for (List<CodeEntry> list :
          List.of(StandardCodes.all(), existing.codes(), workbook.codes())) {
        for (CodeEntry c : list) {
          if (c.kind() != null && c.code() != null) {
            knownCodes.get(c.kind()).add(c.code());
          }
        }
      }
      existing.units().forEach(u -> unitCodes.add(u.code()));
      workbook.units().forEach(u -> unitCodes.add(u.code()));
      existing.positions().forEach(p -> positionCodes.add(p.code()));
      workbook.positions().forEach(p -> positionCodes.add(p.code()));
      existing.cadres().forEach(c -> cadreCodes.add(c.code()));
      workbook.cadres().forEach(c -> cadreCodes.add(c.code()));
    }

    private void checkCodes() {
      Map<String, Integer> first = new HashMap<>();
      List<CodeEntry> codes = workbook.codes();
      for (int i = 0; i < codes.size(); i++) {
        CodeEntry c = codes.get(i);
        required(RecordKind.CODE, i, CODE_LIST, c.kind());
        required(RecordKind.CODE, i, CODE, c.code());
        fitsCode(RecordKind.CODE, i, CODE, c.code());
        required(RecordKind.CODE, i, CODE_NAME, c.name());
        fits(RecordKind.CODE, i, CODE_NAME, c.name(), 300);
        if (c.kind() != null && c.code() != null) {
          duplicate(
              RecordKind.CODE, i, CODE, first, c.kind().code() + ' ' + c.code(), label("code"));
        }
      }
    }

    private void checkUnits() {
      Map<String, Integer> first = new HashMap<>();
      List<Unit> units = workbook.units();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        RecordKind k = RecordKind.UNIT;
        required(k, i, UNIT_CODE, u.code());
        fitsCode(k, i, UNIT_CODE, u.code());
        required(k, i, UNIT_NAME, u.name());
        required(k, i, LEVEL, u.levelCode());
        required(k, i, UNIT_TYPE, u.typeCode());
        required(k, i, BLOCK, u.block());
        fits(k, i, UNIT_NAME, u.name(), 500);
        fitsCode(k, i, LEVEL, u.levelCode());
        fitsCode(k, i, UNIT_TYPE, u.typeCode());
        fitsCode(k, i, PARENT, u.parentCode());
        fitsCode(k, i, LOCALITY, u.localityCode());
        for (String predecessor : u.predecessorCodes()) {
          fitsCode(k, i, PREDECESSORS, predecessor);
        }
        if (u.code() != null) {
          duplicate(k, i, UNIT_CODE, first, u.code(), label("unit-code"));
        }
        knownCode(k, i, LEVEL, CodeKind.LEVEL, u.levelCode());
        knownCode(k, i, UNIT_TYPE, CodeKind.UNIT_TYPE, u.typeCode());
        if (u.parentCode() != null && !u.parentCode().equals(u.code())) {
          reference(k, i, PARENT, u.parentCode(), unitCodes, RecordKind.UNIT, label("parent-unit"));
        }
        for (String predecessor : u.predecessorCodes()) {
          reference(
              k,
              i,
              PREDECESSORS,
              predecessor,
              unitCodes,
              RecordKind.UNIT,
              label("predecessor-unit"));
        }
        if (u.validFrom() != null && u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
          report(
              k,
              i,
              VALID_TO,
              "valid-to-before-from",
              "to",
              Texts.date(u.validTo()),
              "from",
              Texts.date(u.validFrom()));
        }
      }
    }

    /** Walks each workbook unit up its parents in the merged tree, once per unit. */
    private void checkUnitTree() {
      Map<String, String> parentOf = new HashMap<>();
      for (Unit u : existing.units()) {
        parentOf.put(u.code(), u.parentCode());
      }
      Map<String, Integer> indexOf = new HashMap<>();
      List<Unit> units = workbook.units();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (u.code() != null && indexOf.putIfAbsent(u.code(), i) == null) {
          parentOf.put(u.code(), u.parentCode());
        }
      }
      Map<String, Boolean> done = new HashMap<>();
      for (Unit start : units) {
        if (start.code() == null || done.containsKey(start.code())) {
          continue;
        }
        List<String> path = new ArrayList<>();
        Map<String, Integer> onPath = new HashMap<>();
        String current = start.code();
        while (current != null && parentOf.containsKey(current) && !done.containsKey(current)) {
          if (onPath.containsKey(current)) {
            List<String> cycle = path.subList(onPath.get(current), path.size());
            String shown = String.join(" → ", cycle) + " → " + current;
            for (String member : cycle) {
              Integer index = indexOf.get(member);
              if (index != null) {
                report(RecordKind.UNIT, index, PARENT, "unit-tree-cycle", "cycle", shown);
              }
            }
            break;
          }
          onPath.put(current, path.size());
          path.add(current);
          current = parentOf.get(current);
        }
        for (String p : path) {
          done.put(p, Boolean.TRUE);
        }
      }
    }

    /**
     * A unit cannot have been formed, through any chain of mergers or splits, from itself: each
     * unit of such a cycle is refused on its predecessor column.
     */
    private void checkMergeCycles() {
      Map<String, List<String>> before = new HashMap<>();
      for (Unit u : existing.units()) {
        before.put(u.code(), u.predecessorCodes());
      }
      Map<String, Integer> indexOf = new HashMap<>();
      List<Unit> units = workbook.units();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (u.code() != null && indexOf.putIfAbsent(u.code(), i) == null) {
          before.put(u.code(), u.predecessorCodes());
        }
      }
      for (Map.Entry<String, Integer> unit : indexOf.entrySet()) {
        List<String> path = mergePathBackTo(unit.getKey(), before);
        if (path != null) {
          report(
              RecordKind.UNIT,
              unit.getValue(),
              PREDECESSORS,
              "merge-cycle",
              "path",
              String.join(" ← ", path));
        }
      }
    }

    /** The chain of predecessors from the unit back to itself, or null when there is none. */
    private static List<String> mergePathBackTo(String unit, Map<String, List<String>> before) {
      Map<String, String> reachedFrom = new HashMap<>();
      java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
      for (String p : before.getOrDefault(unit, List.of())) {
        reachedFrom.putIfAbsent(p, unit);
        todo.add(p);
      }
      while (!todo.isEmpty()) {
        String at = todo.poll();
        if (at.equals(unit)) {
          List<String> path = new ArrayList<>();
          String step = unit;
          do {
            path.add(0, step);
            step = reachedFrom.get(step);
          } while (step != null && !step.equals(unit) && path.size() <= before.size());
          path.add(0, unit);
          return path;
        }
        for (String p : before.getOrDefault(at, List.of())) {
          if (reachedFrom.putIfAbsent(p, at) == null) {
            todo.add(p);
          }
        }
      }
      return null;
    }

    private void checkPositions() {
      Map<String, Integer> first = new HashMap<>();
      List<Position> positions = workbook.positions();
      for (int i = 0; i < positions.size(); i++) {
        Position p = positions.get(i);
        RecordKind k = RecordKind.POSITION;
        required(k, i, POSITION_CODE, p.code());
        fitsCode(k, i, POSITION_CODE, p.code());
        required(k, i, UNIT_CODE, p.unitCode());
        required(k, i, POSITION_NAME, p.name());
        required(k, i, RANK, p.rank());
        required(k, i, ROLE, p.roleKey());
        fitsCode(k, i, UNIT_CODE, p.unitCode());
        fits(k, i, POSITION_NAME, p.name(), 500);
        fitsCode(k, i, ROLE, p.roleKey());
        if (p.code() != null) {
          duplicate(k, i, POSITION_CODE, first, p.code(), label("position-code"));
        }
        reference(k, i, UNIT_CODE, p.unitCode(), unitCodes, RecordKind.UNIT, label("unit"));
        knownCode(k, i, ROLE, CodeKind.ROLE, p.roleKey());
      }
    }

    private void checkCadres() {
      Map<String, Integer> first = new HashMap<>();
      List<Cadre> cadres = workbook.cadres();
      for (int i = 0; i < cadres.size(); i++) {
        Cadre c = cadres.get(i);
        RecordKind k = RecordKind.CADRE;
        required(k, i, CADRE_CODE, c.code());
        fitsCode(k, i, CADRE_CODE, c.code());
        required(k, i, FULL_NAME, c.fullName());
        required(k, i, SEX, c.sex());
        fits(k, i, FULL_NAME, c.fullName(), 200);
        fits(k, i, BIRTHPLACE, c.birthplace(), 300);
        fits(k, i, HOMETOWN, c.hometown(), 300);
        fits(k, i, RESIDENCE, c.permanentResidence(), 300);
        fits(k, i, ETHNICITY, c.ethnicity(), 100);
        fits(k, i, RELIGION, c.religion(), 100);
        fits(k, i, EDUCATION, c.education(), 300);
        fits(k, i, POLITICAL_THEORY, c.politicalTheory(), 100);
        fits(k, i, STATE_MANAGEMENT, c.stateManagement(), 100);
        fits(k, i, FOREIGN_LANGUAGE, c.foreignLanguage(), 200);
        fits(k, i, IT_LEVEL, c.itLevel(), 200);
        fits(k, i, RETIREMENT_REASON, c.retirementOverrideReason(), 1000);
        fits(k, i, OTHER_NAMES, c.otherNames(), 200);
        fits(k, i, GENERAL_EDUCATION, c.generalEducation(), 50);
        fits(k, i, AWARDS, c.awards(), 2000);
        report(k, i, Plausibility.birthDate(BIRTH_DATE, c.birthDate(), today));
        report(
            k,
            i,
            Plausibility.partyJoinDate(PARTY_JOIN_DATE, c.partyJoinDate(), c.birthDate(), today));
        if (c.partyJoinDate() != null
            && c.partyOfficialDate() != null
            && c.partyOfficialDate().isBefore(c.partyJoinDate())) {
          report(k, i, PARTY_OFFICIAL_DATE, "party-official-before-admission");
        }
        if (c.code() != null) {
          duplicate(k, i, CADRE_CODE, first, c.code(), label("cadre-code"));
        }
        personalIdNumber(i, c);
        if (c.retirementOverride() != null
            && (c.retirementOverrideReason() == null || c.retirementOverrideReason().isBlank())) {
          report(
              k,
              i,
              RETIREMENT_REASON,
              "retirement-override-without-reason",
              "month",
              Texts.month(c.retirementOverride()));
        }
      }
    }

    private Map<String, Integer> firstWithNumber;
    private Map<String, String> storedHolders;

    /**
     * A personal identification number is 12 digits and belongs to one cadre: of the workbook, or
     * of the registry's cadres that the workbook does not replace.
     */
    private void personalIdNumber(int index, Cadre c) {
      String number = c.personalIdNumber();
      if (number == null) {
        return;
      }
      if (!PersonalIdNumbers.isWellFormed(number)) {
        report(
            RecordKind.CADRE, index, PERSONAL_ID_NUMBER, "personal-id-malformed", "number", number);
        return;
      }
      if (firstWithNumber == null) {
        firstWithNumber = new HashMap<>();
        storedHolders = new HashMap<>();
        Set<String> inWorkbook = new HashSet<>();
        workbook.cadres().forEach(w -> inWorkbook.add(w.code()));
        for (Cadre stored : existing.cadres()) {
          if (stored.personalIdNumber() != null && !inWorkbook.contains(stored.code())) {
            storedHolders.put(stored.personalIdNumber(), stored.code());
          }
        }
      }
      duplicate(
          RecordKind.CADRE,
          index,
          PERSONAL_ID_NUMBER,
          firstWithNumber,
          number,
          label("personal-id-number"));
      String holder = storedHolders.get(number);
      if (holder != null) {
        report(
            RecordKind.CADRE,
            index,
            PERSONAL_ID_NUMBER,
            "personal-id-taken",
            "number",
            number,
            "holder",
            holder);
      }
    }

    private void checkAssignments() {
      List<Assignment> assignments = workbook.assignments();
      List<Stay> stays = new ArrayList<>(assignments.size() + existing.assignments().size());
      for (int i = 0; i < assignments.size(); i++) {
        Assignment a = assignments.get(i);
        RecordKind k = RecordKind.ASSIGNMENT;
        required(k, i, CADRE_CODE, a.cadreCode());
        required(k, i, POSITION_CODE, a.positionCode());
        required(k, i, START_DATE, a.startDate());
        fitsCode(k, i, CADRE_CODE, a.cadreCode());
        fitsCode(k, i, POSITION_CODE, a.positionCode());
        fits(k, i, DECISION_NUMBER, a.decisionNumber(), 100);
        reference(k, i, CADRE_CODE, a.cadreCode(), cadreCodes, RecordKind.CADRE, label("cadre"));
        reference(
            k,
            i,
            POSITION_CODE,
            a.positionCode(),
            positionCodes,
            RecordKind.POSITION,
            label("position"));
        boolean datesValid = a.startDate() != null;
        if (a.startDate() != null && a.endDate() != null && a.endDate().isBefore(a.startDate())) {
          datesValid = false;
          report(
              k,
              i,
              END_DATE,
              "end-before-start",
              "end",
              Texts.date(a.endDate()),
              "start",
              Texts.date(a.startDate()));
        }
        if (datesValid && a.cadreCode() != null && a.positionCode() != null) {
          stays.add(new Stay(a, i));
          withinItsUnit(a, i);
        }
      }
      Set<String> replaced =
          RegistryMerge.replacedCadres(workbook, assignments, Assignment::cadreCode);
      for (Assignment a : existing.assignments()) {
        if (!replaced.contains(a.cadreCode()) && a.startDate() != null) {
          stays.add(new Stay(a, -1));
        }
      }
      checkOneCadreOverlaps(stays);
      checkSeatClashes(stays);
    }

    /**
     * A stay in a seat of a unit that ended (merged, dissolved) must end by the unit's last day: an
     * open stay or a later end is refused on the stay's end column.
     */
    private void withinItsUnit(Assignment a, int i) {
      Unit unit = unitOfSeat(a.positionCode());
      if (unit == null || unit.validTo() == null) {
        return;
      }
      if (a.endDate() == null || a.endDate().isAfter(unit.validTo())) {
        report(
            RecordKind.ASSIGNMENT,
            i,
            END_DATE,
            "stay-outlives-unit",
            "unit",
            unit.code(),
            "validTo",
            Texts.date(unit.validTo()),
            "position",
            a.positionCode(),
            "end",
            a.endDate() == null ? label("not-ended") : Texts.date(a.endDate()));
      }
    }

    private Map<String, Unit> seatUnits;

    private Unit unitOfSeat(String positionCode) {
      if (seatUnits == null) {
        Map<String, Unit> units = new HashMap<>();
        existing.units().forEach(u -> units.put(u.code(), u));
        workbook.units().forEach(u -> units.put(u.code(), u));
        seatUnits = new HashMap<>();
        existing.positions().forEach(p -> seatUnits.put(p.code(), units.get(p.unitCode())));
        workbook.positions().forEach(p -> seatUnits.put(p.code(), units.get(p.unitCode())));
      }
      return seatUnits.get(positionCode);
    }

    /**
     * Sorted by cadre, seat and start: a stay overlaps an earlier one if it starts before the
     * latest end.
     */
    private void checkOneCadreOverlaps(List<Stay> stays) {
      stays.sort(
          (x, y) -> {
            int byCadre = x.a.cadreCode().compareTo(y.a.cadreCode());
            if (byCadre != 0) {
              return byCadre;
            }
            int bySeat = x.a.positionCode().compareTo(y.a.positionCode());
            return bySeat != 0 ? bySeat : x.a.startDate().compareTo(y.a.startDate());
          });
      Stay latest = null;
      for (Stay s : stays) {
        boolean sameGroup =
            latest != null
                && latest.a.cadreCode().equals(s.a.cadreCode())
                && latest.a.positionCode().equals(s.a.positionCode());
        if (sameGroup && !s.a.startDate().isAfter(latest.end)) {
          if (s.index >= 0) {
            report(
                RecordKind.ASSIGNMENT,
                s.index,
                START_DATE,
                "cadre-stays-overlap",
                "cadre",
                s.a.cadreCode(),
                "position",
                s.a.positionCode(),
                "start",
                Texts.date(s.a.startDate()),
                "end",
                end(s.a.endDate()),
                "otherStart",
                Texts.date(latest.a.startDate()),
                "otherEnd",
                end(latest.a.endDate()),
                "where",
                where(latest));
          }
        }
        if (!sameGroup || s.end.isAfter(latest.end)) {
          latest = s;
        }
      }
    }

    /**
     * Sorted by seat and start; keeps the stay ending last and the one ending last among the other
     * cadres, so each stay is compared with the latest-ending stay of a different cadre.
     */
    private void checkSeatClashes(List<Stay> stays) {
      stays.sort(
          (x, y) -> {
            int bySeat = x.a.positionCode().compareTo(y.a.positionCode());
            if (bySeat != 0) {
              return bySeat;
            }
            int byStart = x.a.startDate().compareTo(y.a.startDate());
            return byStart != 0 ? byStart : x.end.compareTo(y.end);
          });
      Stay best = null;
      Stay bestOther = null;
      String seat = null;
      for (Stay s : stays) {
        if (!s.a.positionCode().equals(seat)) {
          seat = s.a.positionCode();
          best = null;
          bestOther = null;
        }
        Stay rival =
            best == null ? null : best.a.cadreCode().equals(s.a.cadreCode()) ? bestOther : best;
        if (rival != null && !s.a.startDate().isAfter(rival.end)) {
          Stay at = s.index >= 0 ? s : rival.index >= 0 ? rival : null;
          if (at != null) {
            Stay other = at == s ? rival : s;
            report(
                RecordKind.ASSIGNMENT,
                at.index,
                START_DATE,
                "seat-held-twice",
                "position",
                seat,
                "cadre",
                at.a.cadreCode(),
                "start",
                Texts.date(at.a.startDate()),
                "end",
                end(at.a.endDate()),
                "other",
                other.a.cadreCode(),
                "otherStart",
                Texts.date(other.a.startDate()),
                "otherEnd",
                end(other.a.endDate()),
                "where",
                where(other));
          }
        }
        if (best == null) {
          best = s;
        } else if (s.end.isAfter(best.end)) {
          if (!s.a.cadreCode().equals(best.a.cadreCode())) {
            bestOther = best;
          }
          best = s;
        } else if (!s.a.cadreCode().equals(best.a.cadreCode())
            && (bestOther == null || s.end.isAfter(bestOther.end))) {
          bestOther = s;
        }
      }
    }

    /** A problem's reason: its code and named facts. */
    private static Reason problem(String code, Object... namesAndValues) {
      return ImportProblem.reason(code, namesAndValues);
    }

    /**
     * A word a problem's sentence names, e.g. "đơn vị cha"; made once, as the checks name it on
     * every row whether or not there is a problem.
     */
    private static Reason label(String code) {
      return LABELS.computeIfAbsent(code, c -> problem("label." + c));
    }

    private static final Map<String, Reason> LABELS =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** Where the other stay is: stored already, or at a row of the workbook. */
    private Reason where(Stay s) {
      if (s.index < 0) {
        return label("where.stored");
      }
      int row = rows.row(RecordKind.ASSIGNMENT, s.index);
      return row > 0 ? problem("where.row", "row", row) : label("where.nowhere");
    }

    /** An end day, or "now" for an open end. */
    private static Object end(java.time.LocalDate day) {
      return day == null ? label("now") : Texts.date(day);
    }

    private void checkPlanning() {
      List<SuccessionEntry> planning = workbook.planning();
      for (int i = 0; i < planning.size(); i++) {
        SuccessionEntry p = planning.get(i);
        RecordKind k = RecordKind.PLANNING;
        required(k, i, CADRE_CODE, p.cadreCode());
        required(k, i, ROLE, p.roleKey());
        required(k, i, TERM, p.term());
        fitsCode(k, i, CADRE_CODE, p.cadreCode());
        fitsCode(k, i, ROLE, p.roleKey());
        fitsCode(k, i, UNIT_CODE, p.unitCode());
        reference(k, i, CADRE_CODE, p.cadreCode(), cadreCodes, RecordKind.CADRE, label("cadre"));
        knownCode(k, i, ROLE, CodeKind.ROLE, p.roleKey());
        reference(k, i, UNIT_CODE, p.unitCode(), unitCodes, RecordKind.UNIT, label("unit"));
      }
    }

    private void checkAssessments() {
      // each cadre's years so far, with their rows: (year << 32 | row), the count first
      Map<String, long[]> yearsOf = new HashMap<>();
      List<Assessment> assessments = workbook.assessments();
      for (int i = 0; i < assessments.size(); i++) {
        Assessment a = assessments.get(i);
        RecordKind k = RecordKind.ASSESSMENT;
        required(k, i, CADRE_CODE, a.cadreCode());
        required(k, i, YEAR, a.year() == 0 ? null : a.year());
        required(k, i, GRADE, a.grade());
        fitsCode(k, i, CADRE_CODE, a.cadreCode());
        reference(k, i, CADRE_CODE, a.cadreCode(), cadreCodes, RecordKind.CADRE, label("cadre"));
        if (a.year() != 0) {
          report(k, i, Plausibility.assessmentYear(YEAR, a.year(), today));
        }
        if (a.cadreCode() != null && a.year() != 0) {
          int earlier = sameYear(yearsOf, a.cadreCode(), a.year(), i);
          if (earlier >= 0) {
            report(
                k,
                i,
                YEAR,
                "assessment-twice",
                "cadre",
                a.cadreCode(),
                "year",
                a.year(),
                "where",
                atRow(k, earlier));
          }
        }
      }
    }

    /**
     * The row of the cadre's assessment of the year read before, or -1 after noting this row as the
     * first of that year.
     */
    private static int sameYear(Map<String, long[]> yearsOf, String cadre, int year, int row) {
      long[] seen = yearsOf.get(cadre);
      int count = seen == null ? 0 : (int) seen[0];
      for (int k = 1; k <= count; k++) {
        if ((int) (seen[k] >>> 32) == year) {
          return (int) seen[k];
        }
      }
      if (seen == null || count + 1 == seen.length) {
        seen = seen == null ? new long[8] : Arrays.copyOf(seen, 2 * seen.length);
        yearsOf.put(cadre, seen);
      }
      seen[count + 1] = ((long) year << 32) | (row & 0xffffffffL);
      seen[0] = count + 1;
      return -1;
    }

    private void checkDisciplines() {
      List<Discipline> disciplines = workbook.disciplines();
      for (int i = 0; i < disciplines.size(); i++) {
        Discipline d = disciplines.get(i);
        RecordKind k = RecordKind.DISCIPLINE;
        required(k, i, CADRE_CODE, d.cadreCode());
        required(k, i, FORM, d.form());
        required(k, i, DECIDED_ON, d.decidedOn());
        fitsCode(k, i, CADRE_CODE, d.cadreCode());
        fits(k, i, REASON, d.reason(), 1000);
        reference(k, i, CADRE_CODE, d.cadreCode(), cadreCodes, RecordKind.CADRE, label("cadre"));
        if (d.decidedOn() != null
            && d.effectiveUntil() != null
            && d.effectiveUntil().isBefore(d.decidedOn())) {
          report(
              k,
              i,
              END_DATE,
              "end-before-decided",
              "end",
              Texts.date(d.effectiveUntil()),
              "decided",
              Texts.date(d.decidedOn()));
        }
      }
    }

    /**
     * A text longer than its database column is refused, not cut short or failed on; so is one with
     * hidden control characters ({@link PlainText#hasHiddenControls}).
     */
    private void fits(RecordKind kind, int index, String column, String text, int max) {
      if (text != null && text.length() > max) {
        report(kind, index, column, "text-too-long", "length", text.length(), "max", max);
      }
      if (PlainText.hasHiddenControls(text)) {
        report(kind, index, column, "hidden-characters");
      }
    }

    /**
     * A code longer than the database keeps is refused, not cut short or failed on; so is one that
     * is no code ({@link PlainText#isCode}: {@code -1}, {@code CB 0002 <x>}).
     */
    private void fitsCode(RecordKind kind, int index, String column, String code) {
      if (code != null && code.length() > MAX_CODE_LENGTH) {
        report(
            kind, index, column, "code-too-long", "length", code.length(), "max", MAX_CODE_LENGTH);
      }
      if (code != null && !code.isEmpty() && !PlainText.isCode(code)) {
        report(kind, index, column, "bad-code", "code", code);
      }
    }

    private void required(RecordKind kind, int index, String column, Object value) {
      boolean empty = value == null || (value instanceof String s && s.isBlank());
      if (!empty) {
        return;
      }
      int row = rows.row(kind, index);
      String sheet = rows.sheet(kind, index);
      if (reportedCells.contains(sheet + '\u0000' + row + '\u0000' + column)
          || reportedColumns.contains(sheet + '\u0000' + column)) {
        return;
      }
      report(kind, index, column, "required", "column", column);
    }

    private void duplicate(
        RecordKind kind,
        int index,
        String column,
        Map<String, Integer> first,
        String key,
        Reason what) {
      Integer earlier = first.putIfAbsent(key, index);
      if (earlier != null) {
        String shown = key.contains(" ") ? key.substring(key.indexOf(' ') + 1) : key;
        report(
            kind,
            index,
            column,
            "duplicate",
            "what",
            what,
            "code",
            shown,
            "where",
            withRow(kind, earlier));
      }
    }

    private void reference(
        RecordKind kind,
        int index,
        String column,
        String code,
        Set<String> known,
        RecordKind target,
        Reason what) {
      if (code == null || known.contains(code) || unreadSheets.contains(target)) {
        return;
      }
      report(
          kind,
          index,
          column,
          "unknown-reference",
          "what",
          what,
          "code",
          code,
          "sheet",
          target.sheet());
    }

    private void knownCode(RecordKind kind, int index, String column, CodeKind list, String code) {
      if (code == null || knownCodes.get(list).contains(code)) {
        return;
      }
      report(
          kind,
          index,
          column,
          "unknown-code",
          "code",
          code,
          "list",
          list.label(),
          "listCode",
          list.code());
    }

    private Reason withRow(RecordKind kind, int index) {
      int row = rows.row(kind, index);
      return row > 0 ? problem("with-row", "row", row) : label("where.nowhere");
    }

    private Reason atRow(RecordKind kind, int index) {
      int row = rows.row(kind, index);
      return row > 0 ? problem("at-row", "row", row) : label("where.nowhere");
    }

    /** A problem of the shared rules ({@link Plausibility}) at its column, by its message key. */
    private void report(RecordKind kind, int index, Optional<FieldProblem> found) {
      if (found.isEmpty()) {
        return;
      }
      FieldProblem problem = found.get();
      // the shared rule's message has positional arguments: {0} is the fact named "0"
      Map<String, Object> args = new LinkedHashMap<>();
      Object[] shown = problem.shownArgs();
      for (int i = 0; i < shown.length; i++) {
        args.put(Integer.toString(i), shown[i]);
      }
      problems.add(
          ImportProblem.of(
              rows.sheet(kind, index),
              rows.row(kind, index),
              problem.field(),
              new Reason(problem.messageKey(), problem.messageKey(), args)));
    }

    /**
     * Reports the problem {@code code} with its named facts, given as pairs {@code name, value,
     * name, value…}; its sentence is {@code import.problem.<code>} in {@code i18n/importexport}.
     */
    private void report(
        RecordKind kind, int index, String column, String code, Object... namesAndValues) {
      problems.add(
          ImportProblem.of(
              rows.sheet(kind, index),
              rows.row(kind, index),
              column,
              problem(code, namesAndValues)));
    }
  }

  /** An assignment in the sweep; {@code index} is its workbook index, or -1 if it is stored. */
  private static final class Stay {
    final Assignment a;
    final int index;
    final LocalDate end;

    Stay(Assignment a, int index) {
      this.a = a;
      this.index = index;
      this.end = a.endDate() == null ? LocalDate.MAX : a.endDate();
    }
  }
}
