package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentTable;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Localities;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.RetirementSchedule;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.VietnameseOrder;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The registry in memory, indexed once for screening: units, seats and cadres by code, each cadre's
 * stays sorted by seat and start, each seat's stays, and the cadre's planning, assessments and
 * discipline. Building it also finds the data-quality problems that do not depend on the as-of date
 * (unknown codes, missing birth dates, stays ending before they start, overlapping stays, two
 * cadres in one seat at once). Immutable and safe to share between threads.
 */
public final class RegistrySnapshot {

  /** A stay's unknown start, as a day number: before every day. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /** A stay's missing end, as a day number: after every day. */
  static final int OPEN = Integer.MAX_VALUE;

  final Unit[] units;
  final Position[] positions;

  /** The unit index of each seat, -1 when its unit is unknown. */
  final int[] positionUnit;

  final Cadre[] cadres;

  /**
   * The units' level and type codes and the seats' roles as numbers: the index of the code in
   * {@link #levelCodes}, {@link #typeCodes} or {@link #roleKeys} (which hold each distinct code
   * once, null included), so that a measure decides each distinct code once, not each unit.
   */
  final int[] unitLevel;

  final int[] unitType;
  final String[] levelCodes;
  final String[] typeCodes;
  final int[] positionRole;
  final String[] roleKeys;

  /** A cadre's unknown birth month. */
  static final int NO_MONTH = Integer.MIN_VALUE;

  /**
   * What screening reads of each cadre, as numbers: the birth month ({@link
   * RetirementSchedule#bornMonth}, {@link #NO_MONTH} when unknown) and day ({@link #day}, {@link
   * #NO_DAY} when unknown), the sex, whether the retirement month is set by hand, and the last year
   * of an open planning entry ({@link SuccessionEntry#openUntilYear}, the latest of the cadre's).
   */
  final int[] bornMonth;

  final int[] bornDay;
  final Sex[] sex;
  final boolean[] retirementOverridden;
  final int[] planningUntilYear;

  /**
   * Every assessment, as its year and grade, cadre by cadre: cadre {@code i}'s are at {@code
   * assessmentFrom[i]} to {@code assessmentFrom[i + 1] - 1}, in the order of the registry. The
   * grade is its ordinal in {@link #GRADES}, -1 when missing. The records themselves are not kept
   * (a registry holds a few per cadre, and a record and its cadre code per assessment weigh more
   * than the rest of the snapshot's columns): {@link #assessmentsOf(int)} makes them again.
   */
  final int[] assessmentFrom;

  final int[] assessmentYear;
  final byte[] assessmentGrade;

  private static final AssessmentGrade[] GRADES = AssessmentGrade.values();

  /** The rank of each seat (null when unknown), read without touching the seat's record. */
  final PositionRank[] positionRank;

  /**
   * Every stay of every cadre, cadre by cadre: cadre {@code i}'s are {@code stayFrom[i]} to {@code
   * stayFrom[i + 1] - 1}, sorted by seat code, then start; stay {@code s} is the registry's stay
   * {@code stayRecords.get(stayRow[s])}. The arrays that follow are indexed like it, so that
   * screening reads numbers, not records. The records are the registry's list as it came (a table
   * of columns, from the database or the demo), so the snapshot holds no record per stay.
   */
  private final List<Assignment> stayRecords;

  final int[] stayRow;

  final int[] stayFrom;

  /** The seat index of each stay, -1 when the seat is unknown. */
  final int[] stayPosition;

  /** The first day of each stay ({@link #day}), {@link #NO_DAY} when unknown. */
  final int[] stayStart;

  /** The last day of each stay ({@link #day}), {@link #OPEN} when it has no end. */
  final int[] stayEnd;

  /** Whether each stay has a known seat, a start, and no end before its start. */
  final boolean[] stayUsable;

  /**
   * Each seat's usable stays, as stay indexes: seat {@code p}'s are {@code seatStays[seatFrom[p]]}
   * to {@code seatStays[seatFrom[p + 1] - 1]}, with the cadre index of each in {@link
   * #seatStayCadre}.
   */
  final int[] seatFrom;

  final int[] seatStays;
  final int[] seatStayCadre;

  /**
   * Every planning entry, cadre by cadre: cadre {@code i}'s are {@code planning[planningFrom[i]]}
   * to {@code planning[planningFrom[i + 1] - 1]}, in the order of the registry.
   */
  final SuccessionEntry[] planning;

  final int[] planningFrom;

  /** Every disciplinary decision, cadre by cadre, like {@link #planning}. */
  final Discipline[] disciplines;

  final int[] disciplineFrom;

  private final CodeIndex unitIndex;
  private final Localities localities;
  private final CodeIndex positionIndex;
  private final CodeIndex cadreIndex;
  private final List<DataQualityFinding>[] cadreFindings;
  private final List<DataQualityFinding> findings;

  /** The unit indexes in Vietnamese order of their names; built when first asked for. */
  private volatile int[] unitsByName;

  private RegistrySnapshot(Builder b) {
    this.units = b.units;
    this.positions = b.positions;
    this.positionUnit = b.positionUnit;
    this.positionRank = b.positionRank;
    this.unitLevel = b.unitLevel;
    this.unitType = b.unitType;
    this.levelCodes = b.levelCodes;
    this.typeCodes = b.typeCodes;
    this.positionRole = b.positionRole;
    this.roleKeys = b.roleKeys;
    this.cadres = b.cadres;
    this.bornMonth = b.bornMonth;
    this.bornDay = b.bornDay;
    this.sex = b.sex;
    this.retirementOverridden = b.retirementOverridden;
    this.planningUntilYear = b.planningUntilYear;
    this.assessmentFrom = b.assessmentFrom;
    this.assessmentYear = b.assessmentYear;
    this.assessmentGrade = b.assessmentGrade;
    this.stayRecords = b.stayRecords;
    this.stayRow = b.stayRow;
    this.stayFrom = b.stayFrom;
    this.stayPosition = b.stayPosition;
    this.stayStart = b.stayStart;
    this.stayEnd = b.stayEnd;
    this.stayUsable = b.stayUsable;
    this.seatFrom = b.seatFrom;
    this.seatStays = b.seatStays;
    this.seatStayCadre = b.seatStayCadre;
    this.planning = b.planning;
    this.planningFrom = b.planningFrom;
    this.disciplines = b.disciplines;
    this.disciplineFrom = b.disciplineFrom;
    this.unitIndex = b.unitIndex;
    this.localities = b.localities;
    this.positionIndex = b.positionIndex;
    this.cadreIndex = b.cadreIndex;
    this.cadreFindings = b.cadreFindings;
    this.findings = Collections.unmodifiableList(b.findings);
  }

  /** Indexes the registry's records; nothing is dropped without a data-quality finding. */
  public static RegistrySnapshot of(RegistryContent registry) {
    Builder b = new Builder();
    Findings units = new Findings();
    Findings positions = new Findings();
    Findings cadres = new Findings();
    Findings assignments = new Findings();
    Findings planning = new Findings();
    Findings assessments = new Findings();
    Findings disciplines = new Findings();
    b.units(registry.units(), units);
    // the localities read only the units: they are linked while the rest is indexed
    ForkJoinTask<Localities> localities =
        ForkJoinTask.adapt(() -> Localities.of(Arrays.asList(b.units))).fork();
    // steps that read different lists run side by side; each keeps its own findings, which are
    // joined in the order of the steps, so the findings read as if indexed one step at a time
    ForkJoinTask<?> seats =
        ForkJoinTask.adapt(() -> b.positions(registry.positions(), positions)).fork();
    b.cadres(registry.cadres(), cadres);
    seats.join();
    ForkJoinTask<?> records =
        ForkJoinTask.adapt(
                () -> {
                  b.planning(registry.planning(), planning);
                  b.assessments(registry.assessments(), assessments);
                  b.disciplines(registry.disciplines(), disciplines);
                })
            .fork();
    b.assignments(registry.assignments(), assignments);
    records.join();
    Findings all = new Findings();
    for (Findings step :
        List.of(units, positions, cadres, assignments, planning, assessments, disciplines)) {
      all.addAll(step);
    }
    b.findings(all);
    b.localities = localities.join();
    return new RegistrySnapshot(b);
  }

  /**
   * Findings of one indexing step: all of them, and each cadre's; and a scratch array that the
   * step's task reuses from one seat to the next.
   */
  private static final class Findings {
    final List<DataQualityFinding> all = new ArrayList<>();
    final Map<Integer, List<DataQualityFinding>> byCadre = new HashMap<>();
    private long[] scratch = new long[0];

    /** A scratch array of at least {@code size} longs, its content undefined. */
    long[] scratch(int size) {
      if (scratch.length < size) {
        scratch = new long[Math.max(size, 2 * scratch.length)];
      }
      return scratch;
    }

    void addAll(Findings later) {
      all.addAll(later.all);
      later.byCadre.forEach(
          (i, found) -> byCadre.computeIfAbsent(i, k -> new ArrayList<>(2)).addAll(found));
    }
  }

  /** The registry's localities linked through its units' merges. */
  public Localities localities() {
    return localities;
  }

  public int cadreCount() {
    return cadres.length;
  }

  public Optional<Cadre> cadre(String code) {
    int i = cadreIndex.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(cadres[i]);
  }

  public Optional<Position> position(String code) {
    int i = positionIndex.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(positions[i]);
  }

  public Optional<Unit> unit(String code) {
    int i = unitIndex.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(units[i]);
  }

  /** Every unit, in snapshot order. */
  public List<Unit> units() {
    return Collections.unmodifiableList(Arrays.asList(units));
  }

  /** Every seat, in snapshot order. */
  public List<Position> positions() {
    return Collections.unmodifiableList(Arrays.asList(positions));
  }

  /** Every cadre, in snapshot order. */
  public List<Cadre> cadres() {
    return Collections.unmodifiableList(Arrays.asList(cadres));
  }

  /** A cadre's stays with a known seat and start, by seat then start; empty for an unknown code. */
  public List<Assignment> usableStaysOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    if (i < 0) {
      return List.of();
    }
    List<Assignment> usable = new ArrayList<>(stayFrom[i + 1] - stayFrom[i]);
    for (int s = stayFrom[i]; s < stayFrom[i + 1]; s++) {
      if (stayUsable[s]) {
        usable.add(stay(s));
      }
    }
    return usable;
  }

  /** A cadre's planning entries; empty for an unknown code. */
  public List<SuccessionEntry> planningOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    return i < 0 ? List.of() : planningOf(i);
  }

  /** A cadre's disciplinary decisions; empty for an unknown code. */
  public List<Discipline> disciplinesOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    return i < 0 ? List.of() : disciplinesOf(i);
  }

  /** A cadre's annual assessments; empty for an unknown code. */
  public List<Assessment> assessmentsOf(String cadreCode) {
    int i = cadreIndexOf(cadreCode);
    return i < 0 ? List.of() : assessmentsOf(i);
  }

  List<SuccessionEntry> planningOf(int cadre) {
    return Slice.of(planning, planningFrom[cadre], planningFrom[cadre + 1]);
  }

  List<Discipline> disciplinesOf(int cadre) {
    return Slice.of(disciplines, disciplineFrom[cadre], disciplineFrom[cadre + 1]);
  }

  List<Assessment> assessmentsOf(int cadre) {
    int from = assessmentFrom[cadre];
    int to = assessmentFrom[cadre + 1];
    if (from == to) {
      return List.of();
    }
    String code = cadres[cadre].code();
    Assessment[] own = new Assessment[to - from];
    for (int k = from; k < to; k++) {
      own[k - from] = new Assessment(code, assessmentYear[k], assessmentGrade(k));
    }
    return List.of(own);
  }

  /** The grade of one of the assessments, null when missing. */
  AssessmentGrade assessmentGrade(int k) {
    int grade = assessmentGrade[k];
    return grade < 0 ? null : GRADES[grade];
  }

  /** A read-only view of a range of one of the flat arrays. */
  private static final class Slice<T> extends AbstractList<T> implements RandomAccess {
    private final T[] all;
    private final int from;
    private final int size;

    private Slice(T[] all, int from, int to) {
      this.all = all;
      this.from = from;
      this.size = to - from;
    }

    static <T> List<T> of(T[] all, int from, int to) {
      return from == to ? List.of() : new Slice<>(all, from, to);
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, size);
      return all[from + index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The data-quality findings that do not depend on the as-of date. */
  public List<DataQualityFinding> dataQuality() {
    return findings;
  }

  /** Stay {@code s}'s record. */
  Assignment stay(int s) {
    return stayRecords.get(stayRow[s]);
  }

  /** Stay {@code s}'s seat code, read without making its record when the stays are a table. */
  String stayPositionCode(int s) {
    return stayRecords instanceof AssignmentTable table
        ? table.positionCode(stayRow[s])
        : stayRecords.get(stayRow[s]).positionCode();
  }

  int cadreIndexOf(String code) {
    return cadreIndex.indexOf(code);
  }

  /**
   * The unit indexes in Vietnamese order of the units' names ({@link VietnameseOrder}), ties in
   * snapshot order. Built once per snapshot, on first use: every screening's per-unit lists read it
   * instead of sorting again.
   */
  int[] unitsByName() {
    int[] order = unitsByName;
    if (order == null) {
      Integer[] boxed = new Integer[units.length];
      for (int u = 0; u < boxed.length; u++) {
        boxed[u] = u;
      }
      List<Integer> sorted = VietnameseOrder.sorted(Arrays.asList(boxed), u -> units[u].name());
      order = new int[sorted.size()];
      for (int k = 0; k < order.length; k++) {
        order[k] = sorted.get(k);
      }
      unitsByName = order;
    }
    return order;
  }

  /**
   * A day as the number screening compares: days since 1970-01-01, {@code null} as {@code ifNull}.
   * Days beyond the range of an int (no real date is) are held at its ends.
   */
  static int day(LocalDate date, int ifNull) {
    if (date == null) {
      return ifNull;
    }
    long d = date.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE - 1L, d));
  }

  /** The unit of a seat, or null when unknown. */
  Unit unitOfPosition(int position) {
    int u = positionUnit[position];
    return u < 0 ? null : units[u];
  }

  List<DataQualityFinding> findingsOf(int cadre) {
    return cadreFindings[cadre];
  }

  /** Collects the arrays; each step reads one list and may add findings. */
  private static final class Builder {
    /** Cadres whose stays one task of the parallel indexing sorts and checks. */
    private static final int CADRES_PER_CHUNK = 4096;

    /** Seats one task of the parallel indexing checks for two holders at once. */
    private static final int SEATS_PER_CHUNK = 8192;

    Unit[] units;
    Position[] positions;
    int[] positionUnit;
    PositionRank[] positionRank;
    int[] unitLevel;
    int[] unitType;
    String[] levelCodes;
    String[] typeCodes;
    int[] positionRole;
    String[] roleKeys;
    Cadre[] cadres;
    int[] bornMonth;
    int[] bornDay;
    Sex[] sex;
    boolean[] retirementOverridden;
    int[] planningUntilYear;
    int[] assessmentFrom;
    int[] assessmentYear;
    byte[] assessmentGrade;
    List<Assignment> stayRecords;
    int[] stayRow;
    StayColumns stayColumns;
    int[] stayFrom;
    int[] stayPosition;
    int[] stayStart;
    int[] stayEnd;
    boolean[] stayUsable;
    int[] seatFrom;
    int[] seatStays;
    int[] seatStayCadre;

    /** The first and last day of each of {@link #seatStays}, while the seats are checked. */
    int[] seatStart;

    int[] seatEnd;

    SuccessionEntry[] planning;
    int[] planningFrom;
    Discipline[] disciplines;
    int[] disciplineFrom;
    Localities localities;
    CodeIndex unitIndex;
    CodeIndex positionIndex;
    CodeIndex cadreIndex;
    List<DataQualityFinding>[] cadreFindings;
    List<DataQualityFinding> findings;

    void findings(Findings all) {
      findings = all.all;
      @SuppressWarnings("unchecked")
      List<DataQualityFinding>[] byCadre = new List[cadres.length];
      Arrays.fill(byCadre, List.of());
      all.byCadre.forEach((i, found) -> byCadre[i] = List.copyOf(found));
      cadreFindings = byCadre;
    }

    Builder units(List<Unit> list, Findings f) {
      List<Unit> kept = new ArrayList<>(list.size());
      unitIndex = new CodeIndex(list.size());
      for (Unit u : list) {
        if (unitIndex.add(u.code()) >= 0) {
          kept.add(u);
        } else {
          add(f, null, u.code(), "duplicate-unit", Map.of("unit", u.code()));
        }
      }
      units = kept.toArray(Unit[]::new);
      unitLevel = new int[units.length];
      unitType = new int[units.length];
      Map<String, Integer> levels = new HashMap<>();
      Map<String, Integer> types = new HashMap<>();
      for (int u = 0; u < units.length; u++) {
        unitLevel[u] = numbered(levels, units[u].levelCode());
        unitType[u] = numbered(types, units[u].typeCode());
      }
      levelCodes = codes(levels);
      typeCodes = codes(types);
      return this;
    }

    Builder positions(List<Position> list, Findings f) {
      Position[] kept = new Position[list.size()];
      int count = 0;
      positionIndex = new CodeIndex(list.size());
      for (Position p : list) {
        if (positionIndex.add(p.code()) >= 0) {
          kept[count++] = p;
        } else {
          add(f, null, p.code(), "duplicate-position", Map.of("position", p.code()));
        }
      }
      positions = count == kept.length ? kept : Arrays.copyOf(kept, count);
      positionUnit = new int[positions.length];
      positionRank = new PositionRank[positions.length];
      positionRole = new int[positions.length];
      Map<String, Integer> roles = new HashMap<>();
      // the seats come unit by unit: a run of one unit's seats is looked up once
      String previousUnit = null;
      int u = -1;
      for (int i = 0; i < positions.length; i++) {
        positionRank[i] = positions[i].rank();
        positionRole[i] = numbered(roles, positions[i].roleKey());
        String unitCode = positions[i].unitCode();
        if (i == 0 || !sameCode(unitCode, previousUnit)) {
          previousUnit = unitCode;
          u = unitCode == null ? -1 : unitIndex.indexOf(unitCode);
        }
        positionUnit[i] = u;
        if (u < 0) {
          add(
              f,
              null,
              positions[i].code(),
              "position-unknown-unit",
              Map.of(
                  "position",
                  positions[i].code(),
                  "unit",
                  String.valueOf(positions[i].unitCode())));
        }
      }
      roleKeys = codes(roles);
      return this;
    }

    Builder cadres(List<Cadre> list, Findings f) {
      Cadre[] kept = new Cadre[list.size()];
      int count = 0;
      cadreIndex = new CodeIndex(list.size());
      for (Cadre c : list) {
        if (cadreIndex.add(c.code()) >= 0) {
          kept[count++] = c;
        } else {
          add(f, null, c.code(), "duplicate-cadre", Map.of("cadre", c.code()));
        }
      }
      cadres = count == kept.length ? kept : Arrays.copyOf(kept, count);
      bornMonth = new int[cadres.length];
      bornDay = new int[cadres.length];
      sex = new Sex[cadres.length];
      retirementOverridden = new boolean[cadres.length];
      for (int i = 0; i < cadres.length; i++) {
        Cadre c = cadres[i];
        bornMonth[i] =
            c.birthDate() == null ? NO_MONTH : RetirementSchedule.bornMonth(c.birthDate());
        bornDay[i] = c.birthDate() == null ? NO_DAY : day(c.birthDate().date(), NO_DAY);
        sex[i] = c.sex();
        retirementOverridden[i] = c.retirementOverride() != null;
        if (c.birthDate() == null) {
          addForCadre(f, i, c.code(), "missing-birth-date", Map.of("cadre", c.code()));
        }
        if (c.sex() == null && c.retirementOverride() == null) {
          addForCadre(f, i, c.code(), "missing-sex", Map.of("cadre", c.code()));
        }
        if (c.retirementOverride() != null
            && (c.retirementOverrideReason() == null || c.retirementOverrideReason().isBlank())) {
          addForCadre(
              f,
              i,
              c.code(),
              "override-without-reason",
              Map.of("cadre", c.code(), "retirementMonth", c.retirementOverride()));
        }
      }
      return this;
    }

    Builder assignments(List<Assignment> list, Findings f) {
      stayRecords = list;
      StayColumns columns =
          list instanceof AssignmentTable table ? new TableStays(table) : new RecordStays(list);
      stayColumns = columns;
      stayFrom =
          group(
              f,
              list.size(),
              columns::cadre,
              k -> String.valueOf(columns.seat(k)),
              "assignment",
              count -> {
                int[] rows = new int[count];
                stayRow = rows;
                return (at, k) -> rows[at] = k;
              });
      int n = cadres.length;
      int total = stayRow.length;
      stayPosition = new int[total];
      stayStart = new int[total];
      stayEnd = new int[total];
      stayUsable = new boolean[total];
      // each cadre's stays are indexed on their own, side by side
      inChunks(n, CADRES_PER_CHUNK, f, this::indexStays);
      stayColumns = null;
      int[] seatCounts = new int[positions.length];
      for (int s = 0; s < total; s++) {
        if (stayUsable[s]) {
          seatCounts[stayPosition[s]]++;
        }
      }
      fillSeats(seatCounts, f);
      return this;
    }

    /**
     * The stays' columns as the index reads them: from a table without making records, or from a
     * list of records. Days are {@link #day} numbers.
     */
    private interface StayColumns {
      String cadre(int row);

      String seat(int row);

      /** The first day, {@link #NO_DAY} when unknown. */
      int start(int row);

      /** The last day, {@link #OPEN} when the seat is still held. */
      int end(int row);

      /** The first day as a date, null when unknown. */
      LocalDate startDate(int row);
    }

    private record TableStays(AssignmentTable table) implements StayColumns {
      @Override
      public String cadre(int row) {
        return table.cadreCode(row);
      }

      @Override
      public String seat(int row) {
        return table.positionCode(row);
      }

      @Override
      public int start(int row) {
        int d = table.startDay(row);
        return d == AssignmentTable.NO_DATE ? NO_DAY : Math.min(d, OPEN - 1);
      }

      @Override
      public int end(int row) {
        int d = table.endDay(row);
        return d == AssignmentTable.NO_DATE ? OPEN : Math.min(d, OPEN - 1);
      }

      @Override
      public LocalDate startDate(int row) {
        return table.startDate(row);
      }
    }

    private record RecordStays(List<Assignment> list) implements StayColumns {
      @Override
      public String cadre(int row) {
        return list.get(row).cadreCode();
      }

      @Override
      public String seat(int row) {
        return list.get(row).positionCode();
      }

      @Override
      public int start(int row) {
        return day(list.get(row).startDate(), NO_DAY);
      }

      @Override
      public int end(int row) {
        return day(list.get(row).endDate(), OPEN);
      }

      @Override
      public LocalDate startDate(int row) {
        return list.get(row).startDate();
      }
    }

    private void indexStays(int i, Findings f) {
      int from = stayFrom[i];
      int to = stayFrom[i + 1];
      StayColumns columns = stayColumns;
      sortBySeatAndStart(columns, stayRow, from, to);
      String cadre = cadres[i].code();
      String previousSeat = null;
      for (int s = from; s < to; s++) {
        int row = stayRow[s];
        String seat = columns.seat(row);
        int p;
        if (s > from && seat != null && seat.equals(previousSeat)) {
          p = stayPosition[s - 1];
        } else {
          p = seat == null ? -1 : positionIndex.indexOf(seat);
        }
        previousSeat = seat;
        int start = columns.start(row);
        int end = columns.end(row);
        stayPosition[s] = p;
        stayStart[s] = start;
        stayEnd[s] = end;
        if (p < 0) {
          addForCadre(
              f,
              i,
              String.valueOf(seat),
              "unknown-position",
              Map.of("cadre", cadre, "position", String.valueOf(seat)));
        }
        if (start == NO_DAY) {
          addForCadre(
              f,
              i,
              String.valueOf(seat),
              "missing-start",
              Map.of("cadre", cadre, "position", String.valueOf(seat)));
        } else if (endsBeforeStart(row, start, end)) {
          Assignment a = stayRecords.get(row);
          addForCadre(
              f,
              i,
              String.valueOf(seat),
              "end-before-start",
              Map.of(
                  "cadre",
                  cadre,
                  "position",
                  String.valueOf(seat),
                  "startDate",
                  a.startDate(),
                  "endDate",
                  a.endDate()));
        } else if (p >= 0) {
          stayUsable[s] = true;
        }
      }
      for (int s = from + 1; s < to; s++) {
        int prev = previousUsableInSeat(from, s);
        // two usable stays share a day unless one ends before the other starts
        if (stayUsable[s] && prev >= 0 && staysOverlap(prev, s)) {
          Assignment later = record(s);
          addForCadre(
              f,
              i,
              later.positionCode(),
              "overlapping-stays",
              Map.of(
                  "cadre",
                  cadre,
                  "position",
                  later.positionCode(),
                  "startDate",
                  later.startDate(),
                  "otherStartDate",
                  record(prev).startDate()));
        }
      }
    }

    /** Whether a stay ends before it starts; from its record when a day may be held at the end. */
    private boolean endsBeforeStart(int row, int start, int end) {
      if (heldAtRangeEnd(start) || heldAtRangeEnd(end)) {
        Assignment a = stayRecords.get(row);
        return a.endDate() != null && a.endDate().isBefore(a.startDate());
      }
      return end != OPEN && end < start;
    }

    /** Stay {@code s}'s record, made again when the stays are a table. */
    private Assignment record(int s) {
      return stayRecords.get(stayRow[s]);
    }

    /**
     * Whether two usable stays share a day, read from their day numbers; from the records when a
     * day may have been held at the end of the range ({@link #day}).
     */
    private boolean staysOverlap(int a, int b) {
      if (heldAtRangeEnd(stayStart[a])
          || heldAtRangeEnd(stayEnd[a])
          || heldAtRangeEnd(stayStart[b])
          || heldAtRangeEnd(stayEnd[b])) {
        return record(a).overlaps(record(b));
      }
      return stayEnd[a] >= stayStart[b] && stayEnd[b] >= stayStart[a];
    }

    /**
     * Sorts a cadre's stays (their rows) by seat code, then start (unknown first). A cadre has a
     * handful of stays, so an insertion sort does it fastest; a long history is sorted by merging.
     */
    private static void sortBySeatAndStart(StayColumns columns, int[] rows, int from, int to) {
      if (to - from > 16) {
        Integer[] boxed = new Integer[to - from];
        for (int s = from; s < to; s++) {
          boxed[s - from] = rows[s];
        }
        Arrays.sort(boxed, (a, b) -> compareBySeatAndStart(columns, a, b));
        for (int s = from; s < to; s++) {
          rows[s] = boxed[s - from];
        }
        return;
      }
      for (int s = from + 1; s < to; s++) {
        int row = rows[s];
        int k = s - 1;
        while (k >= from && compareBySeatAndStart(columns, rows[k], row) > 0) {
          rows[k + 1] = rows[k];
          k--;
        }
        rows[k + 1] = row;
      }
    }

    private static int compareBySeatAndStart(StayColumns columns, int a, int b) {
      String seatA = columns.seat(a);
      String seatB = columns.seat(b);
      if (seatA != seatB) {
        if (seatA == null || seatB == null) {
          return seatA == null ? -1 : 1;
        }
        int bySeat = seatA.compareTo(seatB);
        if (bySeat != 0) {
          return bySeat;
        }
      }
      int startA = columns.start(a);
      int startB = columns.start(b);
      if (startA == startB && heldAtRangeEnd(startA)) {
        // a day number held at the end of the range may stand for several dates
        return columns.startDate(a).compareTo(columns.startDate(b));
      }
      return Integer.compare(startA, startB);
    }

    private int previousUsableInSeat(int from, int s) {
      for (int k = s - 1; k >= from && stayPosition[k] == stayPosition[s]; k--) {
        if (stayUsable[k]) {
          return k;
        }
      }
      return -1;
    }

    private void fillSeats(int[] seatCounts, Findings f) {
      seatFrom = new int[positions.length + 1];
      for (int p = 0; p < positions.length; p++) {
        seatFrom[p + 1] = seatFrom[p] + seatCounts[p];
      }
      seatStays = new int[seatFrom[positions.length]];
      seatStayCadre = new int[seatStays.length];
      // the days in seat order too, so that each seat's check reads its days in a row
      seatStart = new int[seatStays.length];
      seatEnd = new int[seatStays.length];
      int[] fill = Arrays.copyOf(seatFrom, positions.length);
      for (int i = 0; i < cadres.length; i++) {
        for (int s = stayFrom[i]; s < stayFrom[i + 1]; s++) {
          if (stayUsable[s]) {
            int k = fill[stayPosition[s]]++;
            seatStays[k] = s;
            seatStayCadre[k] = i;
            seatStart[k] = stayStart[s];
            seatEnd[k] = stayEnd[s];
          }
        }
      }
      // each seat is checked on its own, side by side
      inChunks(positions.length, SEATS_PER_CHUNK, f, this::findSharedSeat);
      seatStart = null;
      seatEnd = null;
    }

    /** Two different cadres holding one seat on the same day. */
    private void findSharedSeat(int p, Findings f) {
      int from = seatFrom[p];
      int count = seatFrom[p + 1] - from;
      if (count < 2) {
        return;
      }
      long[] order = f.scratch(count);
      for (int k = 0; k < count; k++) {
        order[k] = ((long) seatStart[from + k] << 32) | k;
      }
      Arrays.sort(order, 0, count);
      int open = from + (int) order[0];
      for (int k = 1; k < count; k++) {
        int next = from + (int) order[k];
        if (seatStayCadre[next] != seatStayCadre[open] && seatStaysOverlap(open, next)) {
          Assignment nextStay = record(seatStays[next]);
          int later = seatStayCadre[next];
          addForCadre(
              f,
              later,
              positions[p].code(),
              "shared-seat",
              Map.of(
                  "cadre",
                  cadres[later].code(),
                  "otherCadre",
                  cadres[seatStayCadre[open]].code(),
                  "position",
                  positions[p].code(),
                  "startDate",
                  nextStay.startDate()));
        }
        if (seatStayEndsLater(next, open)) {
          open = next;
        }
      }
    }

    /**
     * Whether two of {@link #seatStays} share a day, read from their day numbers; from the records
     * when a day may have been held at the end of the range ({@link #day}).
     */
    private boolean seatStaysOverlap(int a, int b) {
      if (nearRangeEnd(a) || nearRangeEnd(b)) {
        return record(seatStays[a]).overlaps(record(seatStays[b]));
      }
      return seatEnd[a] >= seatStart[b] && seatEnd[b] >= seatStart[a];
    }

    /** Whether one of {@link #seatStays} ends after another, as {@link #endsLater}. */
    private boolean seatStayEndsLater(int a, int b) {
      if (nearRangeEnd(a) || nearRangeEnd(b)) {
        return endsLater(record(seatStays[a]), record(seatStays[b]));
      }
      return seatEnd[b] != OPEN && seatEnd[a] > seatEnd[b];
    }

    /** Whether a day of one of {@link #seatStays} may stand for another date ({@link #day}). */
    private boolean nearRangeEnd(int k) {
      return heldAtRangeEnd(seatStart[k]) || heldAtRangeEnd(seatEnd[k]);
    }

    private static boolean heldAtRangeEnd(int day) {
      return day == Integer.MIN_VALUE + 1 || day == Integer.MAX_VALUE - 1;
    }

    private static boolean endsLater(Assignment a, Assignment b) {
      if (b.endDate() == null) {
        return false;
      }
      return a.endDate() == null || a.endDate().isAfter(b.endDate());
    }

    Builder planning(List<SuccessionEntry> list, Findings f) {
      planningFrom =
          group(
              f,
              list.size(),
              k -> list.get(k).cadreCode(),
              k -> String.valueOf(list.get(k).cadreCode()),
              "planning",
              count -> {
                SuccessionEntry[] flat = new SuccessionEntry[count];
                planning = flat;
                return (at, k) -> flat[at] = list.get(k);
              });
      planningUntilYear = new int[cadres.length];
      for (int i = 0; i < cadres.length; i++) {
        int until = Integer.MIN_VALUE;
        for (int k = planningFrom[i]; k < planningFrom[i + 1]; k++) {
          until = Math.max(until, planning[k].openUntilYear());
        }
        planningUntilYear[i] = until;
      }
      return this;
    }

    Builder assessments(List<Assessment> list, Findings f) {
      // a table's columns are read as they are; a list's records one by one
      AssessmentTable table = list instanceof AssessmentTable t ? t : null;
      IntFunction<String> cadreAt = table != null ? table::cadreCode : k -> list.get(k).cadreCode();
      IntUnaryOperator yearAt = table != null ? table::year : k -> list.get(k).year();
      IntUnaryOperator gradeAt =
          table != null
              ? table::gradeOrdinal
              : k -> list.get(k).grade() == null ? -1 : list.get(k).grade().ordinal();
      assessmentFrom =
          group(
              f,
              list.size(),
              cadreAt,
              k -> String.valueOf(cadreAt.apply(k)),
              "assessment",
              count -> {
                int[] years = new int[count];
                byte[] grades = new byte[count];
                assessmentYear = years;
                assessmentGrade = grades;
                return (at, k) -> {
                  years[at] = yearAt.applyAsInt(k);
                  grades[at] = (byte) gradeAt.applyAsInt(k);
                };
              });
      return this;
    }

    Builder disciplines(List<Discipline> list, Findings f) {
      disciplineFrom =
          group(
              f,
              list.size(),
              k -> list.get(k).cadreCode(),
              k -> String.valueOf(list.get(k).cadreCode()),
              "discipline",
              count -> {
                Discipline[] flat = new Discipline[count];
                disciplines = flat;
                return (at, k) -> flat[at] = list.get(k);
              });
      for (int i = 0; i < cadres.length; i++) {
        for (int k = disciplineFrom[i]; k < disciplineFrom[i + 1]; k++) {
          Discipline d = disciplines[k];
          if (d.decidedOn() == null || d.form() == null) {
            addForCadre(
                f, i, cadres[i].code(), "incomplete-discipline", Map.of("cadre", cadres[i].code()));
          }
        }
      }
      return this;
    }

    /** Puts record {@code k} of the list at its place in the flat arrays of its kind. */
    private interface Placing {
      void place(int at, int k);
    }

    /**
     * Groups records by their cadre, keeping the registry's order within a cadre; a record of an
     * unknown cadre is left out with a finding. The records come cadre by cadre: a run of one
     * cadre's records is looked up once, and the cadre after the last is tried before the code is
     * hashed, so that the lookups read the cadres in order instead of a table at random. {@code
     * placing} is given the number of records kept and returns where each goes; the result is
     * {@code from}: cadre {@code i}'s records are placed at {@code from[i]} to {@code from[i + 1] -
     * 1}.
     */
    private int[] group(
        Findings f,
        int size,
        IntFunction<String> cadreOf,
        IntFunction<String> subjectOf,
        String record,
        IntFunction<Placing> placing) {
      int n = cadres.length;
      int[] from = new int[n + 1];
      int[] runStart = new int[Math.min(size, n) + 1];
      int[] runOwner = new int[runStart.length];
      int runs = 0;
      String previous = null;
      int c = -1;
      for (int k = 0; k < size; k++) {
        String code = cadreOf.apply(k);
        if (k == 0 || !sameCode(code, previous)) {
          previous = code;
          c = code == null ? -1 : cadreOf(code, c + 1);
          if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, 2 * runs);
            runOwner = Arrays.copyOf(runOwner, 2 * runs);
          }
          runStart[runs] = k;
          runOwner[runs++] = c;
        }
        if (c < 0) {
          unknownCadre(f, code, subjectOf.apply(k), record);
        } else {
          from[c + 1]++;
        }
      }
      for (int i = 0; i < n; i++) {
        from[i + 1] += from[i];
      }
      Placing place = placing.apply(from[n]);
      int[] fill = Arrays.copyOf(from, n);
      for (int r = 0; r < runs; r++) {
        int owner = runOwner[r];
        if (owner < 0) {
          continue;
        }
        int end = r + 1 < runs ? runStart[r + 1] : size;
        int at = fill[owner];
        for (int k = runStart[r]; k < end; k++) {
          place.place(at++, k);
        }
        fill[owner] = at;
      }
      return from;
    }

    private static boolean sameCode(String a, String b) {
      return a == b || (a != null && a.equals(b));
    }

    /** The index of a cadre's code, trying {@code guess} first. */
    private int cadreOf(String code, int guess) {
      if (guess < cadres.length && code.equals(cadres[guess].code())) {
        return guess;
      }
      return cadreIndex.indexOf(code);
    }

    /** One step of the index for one cadre or seat, adding what it finds. */
    private interface Step {
      void run(int index, Findings found);
    }

    /**
     * Runs the step for {@code 0..count - 1} in chunks side by side, and adds the findings to
     * {@code f} in index order, as one pass in order would have.
     */
    private static void inChunks(int count, int chunkSize, Findings f, Step step) {
      int chunks = (count + chunkSize - 1) / chunkSize;
      Findings[] found = new Findings[chunks];
      IntStream.range(0, chunks)
          .parallel()
          .forEach(
              chunk -> {
                Findings part = new Findings();
                int end = Math.min(count, (chunk + 1) * chunkSize);
                for (int k = chunk * chunkSize; k < end; k++) {
                  step.run(k, part);
                }
                found[chunk] = part;
              });
      for (Findings part : found) {
        f.addAll(part);
      }
    }

    /** The number of a code among those seen so far (HashMap takes null as a key). */
    private static int numbered(Map<String, Integer> seen, String code) {
      Integer known = seen.get(code);
      if (known == null) {
        known = seen.size();
        seen.put(code, known);
      }
      return known;
    }

    /** The codes by their numbers. */
    private static String[] codes(Map<String, Integer> numbered) {
      String[] codes = new String[numbered.size()];
      numbered.forEach((code, k) -> codes[k] = code);
      return codes;
    }

    /** A record of the given kind names a cadre that is not in the registry. */
    private static void unknownCadre(Findings f, String cadre, String subject, String record) {
      f.all.add(
          new DataQualityFinding(
              cadre,
              subject,
              new Reason(
                  "unknown-cadre",
                  "data-quality.unknown-cadre." + record,
                  Map.of("cadre", String.valueOf(cadre), "subject", subject))));
    }

    private static void add(
        Findings f, String cadre, String subject, String code, Map<String, Object> args) {
      f.all.add(finding(cadre, subject, code, args));
    }

    private void addForCadre(
        Findings f, int i, String subject, String code, Map<String, Object> args) {
      DataQualityFinding found = finding(cadres[i].code(), subject, code, args);
      f.all.add(found);
      f.byCadre.computeIfAbsent(i, k -> new ArrayList<>(2)).add(found);
    }

    private static DataQualityFinding finding(
        String cadre, String subject, String code, Map<String, Object> args) {
      return new DataQualityFinding(cadre, subject, new Reason(code, "data-quality." + code, args));
    }
  }

  /** Whether a day lies in a stay, tolerating an unknown start (never held then). */
  static boolean heldOn(Assignment a, LocalDate day) {
    return a.startDate() != null && a.heldOn(day);
  }
}
