package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.cadre.AgeBand;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Localities;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.reporting.QualityReport.Breakdown;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.reporting.QualityReport.CadreRow;
import vn.luanchuyen.screening.SeatRun;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * Computes the quality analysis of the cadre corps: plain Java over the registry's records, no
 * clock and no database. A cadre is counted when a seat held on the as-of day is in the scope; the
 * seat with the latest start places the cadre. Retirement, who is local, which levels are
 * grassroots and where the bands of years in post and of remaining working time split come from the
 * policy: years in post split at its deputy and head tenure thresholds, remaining time at its
 * one-term exception (when the policy has it) and its remaining-time threshold. Years in post are
 * the tenure screening counts ({@link SeatRun}).
 */
public final class QualityAnalysis {

  static final String UNKNOWN = "UNKNOWN";

  /** The key of the one band of a dimension whose policy sets no limit. */
  static final String ANY = "ANY";

  private final Policy policy;

  /** Months at which the bands of years in post split, ascending. */
  private final int[] tenureLimits;

  /** Months at which the bands of remaining working time split, ascending. */
  private final int[] remainingLimits;

  public QualityAnalysis(Policy policy) {
    this.policy = policy;
    Policy.Thresholds t = policy.thresholds();
    this.tenureLimits = limits(t.deputyTenureMonths(), t.headTenureMonths());
    Policy.RemainingTimeException exception = t.remainingTimeException();
    this.remainingLimits =
        limits(
            exception != null && exception.enabled() && exception.months() > 0
                ? exception.months()
                : null,
            t.remainingTimeMonths());
  }

  /** The positive month counts given, without repeats, ascending. */
  private static int[] limits(Integer... months) {
    return Arrays.stream(months)
        .filter(m -> m != null && m > 0)
        .mapToInt(Integer::intValue)
        .distinct()
        .sorted()
        .toArray();
  }

  public QualityReport analyse(RegistryContent registry, LocalDate asOf, QualityScope scope) {
    return analyse(prepare(registry), asOf, scope);
  }

  /**
   * Indexes the registry once for many analyses: what does not depend on the day or the scope (each
   * cadre's stays with their seats and units, retirement month, grades, planning, first grassroots
   * stay).
   */
  public Prepared prepare(RegistryContent registry) {
    return new Prepared(registry, policy);
  }

  public QualityReport analyse(Prepared registry, LocalDate asOf, QualityScope scope) {
    Set<String> unitsInScope = registry.unitsUnder(scope.unitCode());
    int[] counted = new int[registry.cadres.length];
    int[] placing = new int[registry.cadres.length];
    int n = 0;
    for (int i : registry.byCode) {
      placing[i] = placingSeat(registry, i, asOf.toEpochDay(), unitsInScope, scope);
      if (placing[i] >= 0) {
        counted[n++] = i;
      }
    }

    int gradeYear = gradeYear(registry, counted, n, asOf);
    int month = monthIndex(YearMonth.from(asOf));
    long[] ageLimits = ageLimits(asOf);
    long asOfDay = asOf.toEpochDay();
    int asOfYear = asOf.getYear();
    int asOfYmd = asOfYear * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
    // One pass: each counted cadre's bucket in every dimension, as an index into its key table.
    QualityDimension[] dimensions = QualityDimension.values();
    int[][] bucketOf = new int[dimensions.length][n];
    List<CadreRow> rows = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int i = counted[k];
      Cadre cadre = registry.cadres[i];
      int seat = placing[i];
      Integer age =
          registry.birthDay[i] == NO_DAY ? null : fullYears(registry.birthYmd[i], asOfYmd);
      int retires = registry.retirementMonth[i];
      Integer remaining = retires == NONE ? null : retires - month;
      rows.add(
          new CadreRow(
              cadre.code(),
              cadre.fullName(),
              registry.stayPositionName[i][seat],
              registry.stayUnitName[i][seat],
              age,
              remaining));
      bucketOf[QualityDimension.AGE.ordinal()][k] = ageBand(registry.birthDay[i], ageLimits);
      bucketOf[QualityDimension.SEX.ordinal()][k] = registry.sex[i];
      for (int t = 0; t < TEXT_DIMENSIONS.length; t++) {
        bucketOf[TEXT_DIMENSIONS[t].ordinal()][k] = registry.textIds[t][i];
      }
      bucketOf[QualityDimension.GRADE.ordinal()][k] = grade(registry, i, gradeYear);
      bucketOf[QualityDimension.PLANNING.ordinal()][k] =
          registry.plannedUntil[i] >= asOfYear ? 0 : 1;
      bucketOf[QualityDimension.TENURE.ordinal()][k] =
          band(tenureLimits, SeatRun.tenureMonths(registry.tenureStart[i][seat], asOf));
      bucketOf[QualityDimension.REMAINING_TIME.ordinal()][k] =
          remaining == null ? remainingLimits.length + 1 : band(remainingLimits, remaining);
      bucketOf[QualityDimension.LOCAL.ordinal()][k] = registry.stayLocal[i][seat];
      long grassroots = registry.firstGrassroots[i];
      bucketOf[QualityDimension.GRASSROOTS.ordinal()][k] =
          grassroots != NO_DAY && grassroots <= asOfDay ? 0 : 1;
    }
    List<Breakdown> breakdowns = new ArrayList<>(dimensions.length);
    for (QualityDimension d : dimensions) {
      breakdowns.add(breakdown(d, registry, bucketOf[d.ordinal()], rows));
    }
    return new QualityReport(asOf, scope, gradeYear, rows, breakdowns);
  }

  /** The registry indexed for analyses; immutable and safe to share between threads. */
  public static final class Prepared {
    private final Cadre[] cadres;
    private final int[] byCode;
    private final Unit[][] stayUnit;

    /** Per stay, its first and last day as epoch days (the last of an open stay is the maximum). */
    private final long[][] stayFrom;

    private final long[][] stayUntil;

    /**
     * Per stay, the first day of the run in its seat that covers the stay's days, joining earlier
     * stays in the same seat across breaks of at most the policy's gap, as screening does.
     */
    private final LocalDate[][] tenureStart;

    /** Per stay, whether the cadre is local to its unit: an index into the LOCAL keys. */
    private final int[][] stayLocal;

    /** Birth day as an epoch day, or {@link #NO_DAY}. */
    private final long[] birthDay;

    /**
     * Birth day as year * 10000 + month * 100 + day, for full years of age; unused when unknown.
     */
    private final int[] birthYmd;

    /** Per stay, the names of its seat and unit, as a counted cadre's row shows them. */
    private final String[][] stayPositionName;

    private final String[][] stayUnitName;

    /** Index into the SEX keys. */
    private final int[] sex;

    /** Retirement month as a month index, or {@link #NONE}. */
    private final int[] retirementMonth;

    /**
     * Per text dimension (ethnicity, education, political theory, state management), each cadre's
     * stripped text as an index into that dimension's keys; blank is the unknown index.
     */
    private final int[][] textIds;

    private final List<List<String>> textKeys = new ArrayList<>();
    private final int[][] gradeYears;
    private final int[][] gradeIndex;
    private final int[] plannedUntil;

    /** First day of a grassroots stay as an epoch day, or {@link #NO_DAY}. */
    private final long[] firstGrassroots;

    private final Map<String, List<String>> children = new HashMap<>();

    Prepared(RegistryContent registry, Policy policy) {
      Map<String, Unit> units = new HashMap<>();
      registry.units().forEach(u -> units.put(u.code(), u));
      Localities localities = Localities.of(registry.units());
      for (Unit u : registry.units()) {
        if (u.parentCode() != null) {
          children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
        }
      }
      Map<String, Position> positions = new HashMap<>();
      registry.positions().forEach(p -> positions.put(p.code(), p));
      cadres = registry.cadres().toArray(Cadre[]::new);
      int count = cadres.length;
      Map<String, Integer> index = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        index.putIfAbsent(cadres[i].code(), i);
      }
      byCode =
          java.util.stream.IntStream.range(0, count)
              .boxed()
              .sorted(Comparator.comparing(i -> cadres[i].code()))
              .mapToInt(Integer::intValue)
              .toArray();
      Map<Integer, List<Assignment>> own = new HashMap<>();
      for (Assignment a : registry.assignments()) {
        Integer i = index.get(a.cadreCode());
        Position p = positions.get(a.positionCode());
        if (i != null
            && p != null
            && units.containsKey(p.unitCode())
            && a.startDate() != null
            && (a.endDate() == null || !a.endDate().isBefore(a.startDate()))) {
          own.computeIfAbsent(i, k -> new ArrayList<>(2)).add(a);
        }
      }
      Assignment[][] stays = new Assignment[count][];
      Position[][] stayPosition = new Position[count][];
      stayUnit = new Unit[count][];
      stayLocal = new int[count][];
      stayFrom = new long[count][];
      stayUntil = new long[count][];
      tenureStart = new LocalDate[count][];
      int gap = policy.thresholds().maxGapDays();
      birthDay = new long[count];
      birthYmd = new int[count];
      stayPositionName = new String[count][];
      stayUnitName = new String[count][];
      sex = new int[count];
      retirementMonth = new int[count];
      firstGrassroots = new long[count];
      for (int i = 0; i < count; i++) {
        Cadre cadre = cadres[i];
        List<Assignment> list = own.getOrDefault(i, List.of());
        stays[i] = list.toArray(Assignment[]::new);
        stayPosition[i] = new Position[stays[i].length];
        stayUnit[i] = new Unit[stays[i].length];
        stayLocal[i] = new int[stays[i].length];
        stayPositionName[i] = new String[stays[i].length];
        stayUnitName[i] = new String[stays[i].length];
        stayFrom[i] = new long[stays[i].length];
        stayUntil[i] = new long[stays[i].length];
        tenureStart[i] = new LocalDate[stays[i].length];
        firstGrassroots[i] = NO_DAY;
        for (int s = 0; s < stays[i].length; s++) {
          Assignment stay = stays[i][s];
          stayFrom[i][s] = stay.startDate().toEpochDay();
          stayUntil[i][s] = stay.endDate() == null ? Long.MAX_VALUE : stay.endDate().toEpochDay();
          tenureStart[i][s] = runStart(stays[i], stay, gap);
          stayPosition[i][s] = positions.get(stays[i][s].positionCode());
          Unit unit = units.get(stayPosition[i][s].unitCode());
          stayUnit[i][s] = unit;
          stayPositionName[i][s] = stayPosition[i][s].name();
          stayUnitName[i][s] = unit.name();
          stayLocal[i][s] = local(policy, cadre, unit, localities);
          long start = stays[i][s].startDate().toEpochDay();
          if (policy.grassrootsLevels().contains(unit.levelCode())
              && (firstGrassroots[i] == NO_DAY || start < firstGrassroots[i])) {
            firstGrassroots[i] = start;
          }
        }
        LocalDate birth = cadre.birthDate() == null ? null : cadre.birthDate().date();
        birthDay[i] = birth == null ? NO_DAY : birth.toEpochDay();
        birthYmd[i] =
            birth == null
                ? 0
                : birth.getYear() * 10000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
        sex[i] =
            cadre.sex() == null
                ? UNKNOWN_SEX
                : FIXED_KEYS.get(QualityDimension.SEX).indexOf(cadre.sex().name());
        if (sex[i] < 0) {
          sex[i] = UNKNOWN_SEX;
        }
        retirementMonth[i] =
            policy.retirement().retirementOf(cadre).map(r -> monthIndex(r.month())).orElse(NONE);
      }
      textIds = new int[TEXT_DIMENSIONS.length][count];
      for (int t = 0; t < TEXT_DIMENSIONS.length; t++) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          String text = normal(text(cadres[i], TEXT_DIMENSIONS[t]));
          textIds[t][i] = text == null ? -1 : ids.computeIfAbsent(text, k -> register(keys, k));
        }
        for (int i = 0; i < count; i++) {
          if (textIds[t][i] < 0) {
            textIds[t][i] = keys.size();
          }
        }
        textKeys.add(List.copyOf(keys));
      }
      gradeYears = new int[count][];
      gradeIndex = new int[count][];
      Map<Integer, List<Assessment>> assessed = new HashMap<>();
      for (Assessment a : registry.assessments()) {
        Integer i = index.get(a.cadreCode());
        if (i != null) {
          assessed.computeIfAbsent(i, k -> new ArrayList<>(3)).add(a);
        }
      }
      List<String> gradeKeys = FIXED_KEYS.get(QualityDimension.GRADE);
      for (int i = 0; i < count; i++) {
        List<Assessment> list = assessed.getOrDefault(i, List.of());
        gradeYears[i] = new int[list.size()];
        gradeIndex[i] = new int[list.size()];
        for (int g = 0; g < list.size(); g++) {
          Assessment a = list.get(g);
          gradeYears[i][g] = a.year();
          gradeIndex[i][g] = a.grade() == null ? -1 : gradeKeys.indexOf(a.grade().name());
        }
      }
      plannedUntil = new int[count];
      java.util.Arrays.fill(plannedUntil, Integer.MIN_VALUE);
      for (SuccessionEntry e : registry.planning()) {
        Integer i = index.get(e.cadreCode());
        if (i != null) {
          plannedUntil[i] = Math.max(plannedUntil[i], e.term().endYear());
        }
      }
    }

    private static int register(List<String> keys, String text) {
      keys.add(text);
      return keys.size() - 1;
    }

    private static String text(Cadre c, QualityDimension d) {
      return switch (d) {
        case ETHNICITY -> c.ethnicity();
        // by level, not by each major
        case EDUCATION -> QualificationLevels.levelOf(c.education());
        case POLITICAL_THEORY -> c.politicalTheory();
        case STATE_MANAGEMENT -> c.stateManagement();
        default -> throw new IllegalArgumentException(d.name());
      };
    }

    private static String normal(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }

    /** The code of a cadre, by its place in the records read. */
    public String cadreCodeAt(int index) {
      return cadres[index].code();
    }

    /** The dimension's keys; the index one past the last is the unknown bucket. */
    List<String> keysOf(QualityDimension d) {
      for (int t = 0; t < TEXT_DIMENSIONS.length; t++) {
        if (TEXT_DIMENSIONS[t] == d) {
          return textKeys.get(t);
        }
      }
      return FIXED_KEYS.get(d);
    }

    /** The unit and its descendants, or null when no unit is given. */
    Set<String> unitsUnder(String unitCode) {
      if (unitCode == null) {
        return null;
      }
      Set<String> found = new HashSet<>();
      List<String> open = new ArrayList<>(List.of(unitCode));
      while (!open.isEmpty()) {
        String code = open.remove(open.size() - 1);
        if (found.add(code)) {
          open.addAll(children.getOrDefault(code, List.of()));
        }
      }
      return found;
    }
  }

  /** The index of the seat held on the day with the latest start in the scope, or -1. */
  private static int placingSeat(
      Prepared registry, int cadre, long day, Set<String> unitsInScope, QualityScope scope) {
    long[] from = registry.stayFrom[cadre];
    long[] until = registry.stayUntil[cadre];
    int best = -1;
    for (int s = 0; s < from.length; s++) {
      if (from[s] > day
          || until[s] < day
          || !inScope(registry.stayUnit[cadre][s], unitsInScope, scope)) {
        continue;
      }
      if (best < 0 || from[s] > from[best]) {
        best = s;
      }
    }
    return best;
  }

  private static boolean inScope(Unit u, Set<String> unitsInScope, QualityScope scope) {
    return (unitsInScope == null || unitsInScope.contains(u.code()))
        && (scope.block() == null || scope.block() == u.block())
        && (scope.levelCode() == null || scope.levelCode().equals(u.levelCode()));
  }

  /** Full years from a birth day to a day, both as year * 10000 + month * 100 + day. */
  private static int fullYears(int birth, int day) {
    return (day - birth) / 10000;
  }

  /**
   * Per age band, in the order of the AGE keys, the latest birth day in it (inclusive) and the
   * earliest (exclusive), as epoch days.
   */
  private static long[] ageLimits(LocalDate asOf) {
    AgeBand[] bands = AgeBand.values();
    long[] limits = new long[bands.length * 2];
    for (AgeBand band : bands) {
      int b = FIXED_KEYS.get(QualityDimension.AGE).indexOf(band.name());
      limits[2 * b] = band.bornOnOrBefore(asOf).toEpochDay();
      limits[2 * b + 1] = band.bornAfter(asOf).toEpochDay();
    }
    return limits;
  }

  private static int ageBand(long birth, long[] limits) {
    int bands = limits.length / 2;
    if (birth == NO_DAY) {
      return bands;
    }
    for (int b = 0; b < bands; b++) {
      if (birth <= limits[2 * b] && birth > limits[2 * b + 1]) {
        return b;
      }
    }
    return bands;
  }

  private static int gradeYear(Prepared registry, int[] counted, int n, LocalDate asOf) {
    int latest = Integer.MIN_VALUE;
    int asOfYear = asOf.getYear();
    for (int k = 0; k < n; k++) {
      for (int year : registry.gradeYears[counted[k]]) {
        if (year <= asOfYear && year > latest) {
          latest = year;
        }
      }
    }
    return latest == Integer.MIN_VALUE ? asOfYear - 1 : latest;
  }

  private static int grade(Prepared registry, int cadre, int year) {
    int[] years = registry.gradeYears[cadre];
    for (int g = 0; g < years.length; g++) {
      if (years[g] == year && registry.gradeIndex[cadre][g] >= 0) {
        return registry.gradeIndex[cadre][g];
      }
    }
    return NOT_ASSESSED;
  }

  /**
   * The first day of the run in the stay's seat that covers the stay, by screening's rule ({@link
   * SeatRun#runStart}): the same for every day of the stay, so computed once, on its first day.
   */
  private static LocalDate runStart(Assignment[] stays, Assignment stay, int maxGapDays) {
    if (stays.length == 1) {
      return stay.startDate();
    }
    List<Assignment> inSeat = new ArrayList<>(stays.length);
    for (Assignment a : stays) {
      if (a.positionCode().equals(stay.positionCode())) {
        inSeat.add(a);
      }
    }
    return SeatRun.runStart(inSeat, stay.startDate(), maxGapDays).orElse(stay.startDate());
  }

  /** The band of a month count: how many limits it reaches (limits ascending). */
  private static int band(int[] limits, long months) {
    int band = 0;
    while (band < limits.length && months >= limits[band]) {
      band++;
    }
    return band;
  }

  /**
   * The keys of the bands a list of limits makes, e.g. {@code UNDER_60}, {@code FROM_60_TO_96},
   * {@code FROM_96}; {@link #ANY} alone when there is no limit.
   */
  static List<String> bandKeys(int[] limits) {
    if (limits.length == 0) {
      return List.of(ANY);
    }
    List<String> keys = new ArrayList<>(limits.length + 1);
    keys.add("UNDER_" + limits[0]);
    for (int b = 1; b < limits.length; b++) {
      keys.add("FROM_" + limits[b - 1] + "_TO_" + limits[b]);
    }
    keys.add("FROM_" + limits[limits.length - 1]);
    return keys;
  }

  /** The bucket of band {@code b}: its name's message key and the limits (months) it states. */
  private static Bucket bandBucket(int[] limits, int b, List<String> keys, List<String> codes) {
    String key = keys.get(b);
    if (limits.length == 0) {
      return new Bucket(key, "reporting.bucket.band.any", null, codes);
    } else if (b == 0) {
      return new Bucket(key, "reporting.bucket.band.under", null, codes, List.of(limits[0]));
    } else if (b == limits.length) {
      return new Bucket(key, "reporting.bucket.band.from", null, codes, List.of(limits[b - 1]));
    }
    return new Bucket(
        key, "reporting.bucket.band.between", null, codes, List.of(limits[b - 1], limits[b]));
  }

  /** The limits of a dimension banded by the policy, or null for another dimension. */
  private int[] limitsOf(QualityDimension d) {
    return switch (d) {
      case TENURE -> tenureLimits;
      case REMAINING_TIME -> remainingLimits;
      default -> null;
    };
  }

  private static int monthIndex(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** Local, non-local, or unknown when the unit has no locality. */
  private static int local(Policy policy, Cadre cadre, Unit unit, Localities localities) {
    String locality = unit == null ? null : unit.localityCode();
    if (locality == null || locality.isBlank()) {
      return 2;
    }
    return policy.local().isLocal(cadre, locality, localities) ? 0 : 1;
  }

  /** The buckets a dimension always shows, even when empty, in display order. */
  private static final Map<QualityDimension, List<String>> FIXED_KEYS = fixedKeys();

  private static Map<QualityDimension, List<String>> fixedKeys() {
    Map<QualityDimension, List<String>> keys = new EnumMap<>(QualityDimension.class);
    keys.put(QualityDimension.AGE, List.of("UNDER_40", "FROM_40_TO_50", "OVER_50"));
    keys.put(QualityDimension.SEX, List.of("MALE", "FEMALE"));
    keys.put(QualityDimension.GRADE, List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", "NOT_ASSESSED"));
    keys.put(QualityDimension.PLANNING, List.of("PLANNED", "NOT_PLANNED"));
    keys.put(QualityDimension.LOCAL, List.of("LOCAL", "NON_LOCAL"));
    keys.put(QualityDimension.GRASSROOTS, List.of("YES", "NO"));
    return keys;
  }

  /** The dimensions whose buckets are the recorded texts. */
  private static final QualityDimension[] TEXT_DIMENSIONS = {
    QualityDimension.ETHNICITY,
    QualityDimension.EDUCATION,
    QualityDimension.POLITICAL_THEORY,
    QualityDimension.STATE_MANAGEMENT
  };

  private static final int UNKNOWN_SEX = 2;
  private static final int NOT_ASSESSED = 4;
  private static final int NONE = Integer.MIN_VALUE;
  private static final long NO_DAY = Long.MIN_VALUE;

  private static String messageKey(QualityDimension d, String key) {
    return switch (d) {
      case AGE -> "enum.AgeBand." + key;
      case SEX -> "enum.Sex." + key;
      case GRADE ->
          key.equals("NOT_ASSESSED")
              ? "reporting.bucket.grade.NOT_ASSESSED"
              : "enum.AssessmentGrade." + key;
      default -> "reporting.bucket." + d.id() + "." + key;
    };
  }

  /**
   * The dimension's buckets from each counted cadre's key index: fixed buckets keep their order and
   * show even when empty; recorded texts follow, largest first; unknown comes last.
   */
  private Breakdown breakdown(
      QualityDimension d, Prepared registry, int[] bucketOf, List<CadreRow> rows) {
    int[] limits = limitsOf(d);
    List<String> keys = limits != null ? bandKeys(limits) : registry.keysOf(d);
    int[] sizes = new int[keys.size() + 1];
    for (int b : bucketOf) {
      sizes[b]++;
    }
    String[][] codes = new String[sizes.length][];
    for (int b = 0; b < sizes.length; b++) {
      codes[b] = new String[sizes[b]];
    }
    int[] filled = new int[sizes.length];
    for (int k = 0; k < bucketOf.length; k++) {
      int b = bucketOf[k];
      codes[b][filled[b]++] = rows.get(k).code();
    }
    boolean texts = limits == null && FIXED_KEYS.get(d) == null;
    List<Bucket> out = new ArrayList<>();
    if (limits != null) {
      for (int b = 0; b < keys.size(); b++) {
        out.add(bandBucket(limits, b, keys, Arrays.asList(codes[b])));
      }
    } else if (texts) {
      List<Integer> used = new ArrayList<>();
      for (int b = 0; b < keys.size(); b++) {
        if (sizes[b] > 0) {
          used.add(b);
        }
      }
      used.sort(Comparator.comparingInt((Integer b) -> -sizes[b]).thenComparing(b -> keys.get(b)));
      for (int b : used) {
        out.add(new Bucket(keys.get(b), null, keys.get(b), Arrays.asList(codes[b])));
      }
    } else {
      for (int b = 0; b < keys.size(); b++) {
        out.add(new Bucket(keys.get(b), messageKey(d, keys.get(b)), null, Arrays.asList(codes[b])));
      }
    }
    int unknown = keys.size();
    if (sizes[unknown] > 0) {
      out.add(new Bucket(UNKNOWN, "reporting.bucket.unknown", null, Arrays.asList(codes[unknown])));
    }
    return new Breakdown(d, out);
  }
}
