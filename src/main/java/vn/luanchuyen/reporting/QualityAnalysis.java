package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.cadre.AgeBand;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.reporting.QualityReport.Breakdown;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.reporting.QualityReport.CadreRow;
import vn.luanchuyen.screening.Policy;
import vn.luanchuyen.screening.Policy.LocalEvidence;
import vn.luanchuyen.screening.Retirement;
import vn.luanchuyen.succession.PlanningEntry;

/**
 * Computes the quality analysis of the cadre corps: plain Java over the registry's records, no
 * clock and no database. A cadre is counted when a seat held on the as-of day is in the scope; the
 * seat with the latest start places the cadre. Retirement, who is local and which levels are
 * grassroots come from the policy.
 */
public final class QualityAnalysis {

  /** Whole months in a post from which the tenure bands start: 2, 5 and 8 years. */
  private static final int[] TENURE_BANDS = {24, 60, 96};

  /** One term and two terms of remaining working time, in months. */
  private static final int ONE_TERM = 60;

  private static final int TWO_TERMS = 120;

  static final String UNKNOWN = "UNKNOWN";

  private final Policy policy;

  public QualityAnalysis(Policy policy) {
    this.policy = policy;
  }

  public QualityReport analyse(RegistryView registry, LocalDate asOf, QualityScope scope) {
    return analyse(prepare(registry), asOf, scope);
  }

  /**
   * Indexes the registry once for many analyses: what does not depend on the day or the scope (each
   * cadre's stays with their seats and units, retirement month, grades, planning, first grassroots
   * stay).
   */
  public Prepared prepare(RegistryView registry) {
    return new Prepared(registry, policy);
  }

  public QualityReport analyse(Prepared registry, LocalDate asOf, QualityScope scope) {
    Set<String> unitsInScope = registry.unitsUnder(scope.unitCode());
    List<Integer> counted = new ArrayList<>();
    int[] placing = new int[registry.cadres.length];
    for (int i : registry.byCode) {
      placing[i] = placingSeat(registry, i, asOf, unitsInScope, scope);
      if (placing[i] >= 0) {
        counted.add(i);
      }
    }

    int gradeYear = gradeYear(registry, counted, asOf);
    YearMonth month = YearMonth.from(asOf);
    LocalDate[][] ageLimits = ageLimits(asOf);
    Map<QualityDimension, Map<String, Bucketing>> buckets = new EnumMap<>(QualityDimension.class);
    for (QualityDimension d : QualityDimension.values()) {
      buckets.put(d, fixedBuckets(d));
    }
    List<CadreRow> rows = new ArrayList<>(counted.size());
    for (int i : counted) {
      Cadre cadre = registry.cadres[i];
      Assignment seat = registry.stays[i][placing[i]];
      Position position = registry.stayPosition[i][placing[i]];
      Unit unit = registry.stayUnit[i][placing[i]];
      Integer age = cadre.birthDate() == null ? null : fullYears(cadre.birthDate().date(), asOf);
      YearMonth retires = registry.retirement[i];
      Integer remaining = retires == null ? null : monthIndex(retires) - monthIndex(month);
      rows.add(
          new CadreRow(
              cadre.code(), cadre.fullName(), position.name(), unit.name(), age, remaining));
      String code = cadre.code();
      put(buckets, QualityDimension.AGE, ageBand(cadre, ageLimits), code);
      put(buckets, QualityDimension.SEX, cadre.sex() == null ? UNKNOWN : cadre.sex().name(), code);
      String[] texts = registry.texts[i];
      putText(buckets, QualityDimension.ETHNICITY, texts[0], code);
      putText(buckets, QualityDimension.EDUCATION, texts[1], code);
      putText(buckets, QualityDimension.POLITICAL_THEORY, texts[2], code);
      putText(buckets, QualityDimension.STATE_MANAGEMENT, texts[3], code);
      put(buckets, QualityDimension.GRADE, grade(registry.grades[i], gradeYear), code);
      put(
          buckets,
          QualityDimension.PLANNING,
          registry.plannedUntil[i] >= asOf.getYear() ? "PLANNED" : "NOT_PLANNED",
          code);
      put(buckets, QualityDimension.TENURE, tenureBand(registry.stays[i], seat, asOf), code);
      put(buckets, QualityDimension.REMAINING_TIME, remainingBand(remaining), code);
      put(buckets, QualityDimension.LOCAL, local(cadre, unit), code);
      LocalDate grassroots = registry.firstGrassroots[i];
      put(
          buckets,
          QualityDimension.GRASSROOTS,
          grassroots != null && !grassroots.isAfter(asOf) ? "YES" : "NO",
          code);
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    buckets.forEach((d, map) -> breakdowns.add(breakdown(d, map)));
    return new QualityReport(asOf, scope, gradeYear, rows, breakdowns);
  }

  /** The registry indexed for analyses; immutable and safe to share between threads. */
  public static final class Prepared {
    private final Cadre[] cadres;
    private final int[] byCode;
    private final Assignment[][] stays;
    private final Position[][] stayPosition;
    private final Unit[][] stayUnit;
    private final YearMonth[] retirement;

    /** Ethnicity, education, political theory, state management: stripped, null when blank. */
    private final String[][] texts;

    private final Assessment[][] grades;
    private final int[] plannedUntil;
    private final LocalDate[] firstGrassroots;
    private final Map<String, List<String>> children = new HashMap<>();

    Prepared(RegistryView registry, Policy policy) {
      Map<String, Unit> units = new HashMap<>();
      registry.units().forEach(u -> units.put(u.code(), u));
      for (Unit u : registry.units()) {
        if (u.parentCode() != null) {
          children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
        }
      }
      Map<String, Position> positions = new HashMap<>();
      registry.positions().forEach(p -> positions.put(p.code(), p));
      cadres = registry.cadres().toArray(Cadre[]::new);
      Map<String, Integer> index = new HashMap<>(cadres.length * 2);
      for (int i = 0; i < cadres.length; i++) {
        index.putIfAbsent(cadres[i].code(), i);
      }
      byCode =
          java.util.stream.IntStream.range(0, cadres.length)
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
      stays = new Assignment[cadres.length][];
      stayPosition = new Position[cadres.length][];
      stayUnit = new Unit[cadres.length][];
      retirement = new YearMonth[cadres.length];
      firstGrassroots = new LocalDate[cadres.length];
      for (int i = 0; i < cadres.length; i++) {
        List<Assignment> list = own.getOrDefault(i, List.of());
        stays[i] = list.toArray(Assignment[]::new);
        stayPosition[i] = new Position[stays[i].length];
        stayUnit[i] = new Unit[stays[i].length];
        for (int s = 0; s < stays[i].length; s++) {
          stayPosition[i][s] = positions.get(stays[i][s].positionCode());
          stayUnit[i][s] = units.get(stayPosition[i][s].unitCode());
          LocalDate start = stays[i][s].startDate();
          if (policy.grassrootsLevels().contains(stayUnit[i][s].levelCode())
              && (firstGrassroots[i] == null || start.isBefore(firstGrassroots[i]))) {
            firstGrassroots[i] = start;
          }
        }
        retirement[i] =
            policy.retirement().retirementOf(cadres[i]).map(Retirement::month).orElse(null);
      }
      texts = new String[cadres.length][];
      for (int i = 0; i < cadres.length; i++) {
        Cadre c = cadres[i];
        texts[i] =
            new String[] {
              normal(c.ethnicity()),
              normal(c.education()),
              normal(c.politicalTheory()),
              normal(c.stateManagement())
            };
      }
      grades = new Assessment[cadres.length][];
      Map<Integer, List<Assessment>> assessed = new HashMap<>();
      for (Assessment a : registry.assessments()) {
        Integer i = index.get(a.cadreCode());
        if (i != null) {
          assessed.computeIfAbsent(i, k -> new ArrayList<>(3)).add(a);
        }
      }
      for (int i = 0; i < cadres.length; i++) {
        grades[i] = assessed.getOrDefault(i, List.of()).toArray(Assessment[]::new);
      }
      plannedUntil = new int[cadres.length];
      java.util.Arrays.fill(plannedUntil, Integer.MIN_VALUE);
      for (PlanningEntry e : registry.planning()) {
        Integer i = index.get(e.cadreCode());
        if (i != null) {
          plannedUntil[i] = Math.max(plannedUntil[i], e.term().endYear());
        }
      }
    }

    private static String normal(String text) {
      return text == null || text.isBlank() ? null : text.strip();
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
      Prepared registry, int cadre, LocalDate asOf, Set<String> unitsInScope, QualityScope scope) {
    Assignment[] own = registry.stays[cadre];
    int best = -1;
    for (int s = 0; s < own.length; s++) {
      Assignment a = own[s];
      if (!a.heldOn(asOf) || !inScope(registry.stayUnit[cadre][s], unitsInScope, scope)) {
        continue;
      }
      if (best < 0 || a.startDate().isAfter(own[best].startDate())) {
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

  private static int fullYears(LocalDate birth, LocalDate day) {
    int years = day.getYear() - birth.getYear();
    boolean beforeBirthday =
        day.getMonthValue() < birth.getMonthValue()
            || (day.getMonthValue() == birth.getMonthValue()
                && day.getDayOfMonth() < birth.getDayOfMonth());
    return beforeBirthday ? years - 1 : years;
  }

  /** Per age band, the latest birth date in it (inclusive) and the earliest (exclusive). */
  private static LocalDate[][] ageLimits(LocalDate asOf) {
    AgeBand[] bands = AgeBand.values();
    LocalDate[][] limits = new LocalDate[bands.length][];
    for (int b = 0; b < bands.length; b++) {
      limits[b] = new LocalDate[] {bands[b].bornOnOrBefore(asOf), bands[b].bornAfter(asOf)};
    }
    return limits;
  }

  private static String ageBand(Cadre cadre, LocalDate[][] limits) {
    if (cadre.birthDate() == null) {
      return UNKNOWN;
    }
    LocalDate birth = cadre.birthDate().date();
    AgeBand[] bands = AgeBand.values();
    for (int b = 0; b < bands.length; b++) {
      if (!birth.isAfter(limits[b][0]) && birth.isAfter(limits[b][1])) {
        return bands[b].name();
      }
    }
    return UNKNOWN;
  }

  private static int gradeYear(Prepared registry, List<Integer> counted, LocalDate asOf) {
    int latest = Integer.MIN_VALUE;
    for (int i : counted) {
      for (Assessment a : registry.grades[i]) {
        if (a.year() <= asOf.getYear() && a.year() > latest) {
          latest = a.year();
        }
      }
    }
    return latest == Integer.MIN_VALUE ? asOf.getYear() - 1 : latest;
  }

  private static String grade(Assessment[] own, int year) {
    for (Assessment a : own) {
      if (a.year() == year && a.grade() != null) {
        return a.grade().name();
      }
    }
    return "NOT_ASSESSED";
  }

  /** Continuous months in the placing seat, joining earlier stays in it across short breaks. */
  private String tenureBand(Assignment[] stays, Assignment seat, LocalDate asOf) {
    LocalDate start = seat.startDate();
    boolean joined = stays.length > 1;
    long gap = policy.thresholds().maxGapDays() + 1L;
    while (joined) {
      joined = false;
      for (Assignment a : stays) {
        if (a.positionCode().equals(seat.positionCode())
            && a.startDate().isBefore(start)
            && a.endDate() != null
            && a.endDate().toEpochDay() + gap >= start.toEpochDay()) {
          start = a.startDate();
          joined = true;
        }
      }
    }
    int months = wholeMonths(start, asOf);
    if (months < TENURE_BANDS[0]) {
      return "UNDER_2";
    } else if (months < TENURE_BANDS[1]) {
      return "FROM_2_TO_5";
    } else if (months < TENURE_BANDS[2]) {
      return "FROM_5_TO_8";
    }
    return "FROM_8";
  }

  /** Whole months from one day to a later one, as {@code ChronoUnit.MONTHS.between} counts. */
  static int wholeMonths(LocalDate from, LocalDate to) {
    int months =
        (to.getYear() * 12 + to.getMonthValue()) - (from.getYear() * 12 + from.getMonthValue());
    return to.getDayOfMonth() < from.getDayOfMonth() ? months - 1 : months;
  }

  private static int monthIndex(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  private static String remainingBand(Integer months) {
    if (months == null) {
      return UNKNOWN;
    } else if (months < ONE_TERM) {
      return "UNDER_60";
    } else if (months < TWO_TERMS) {
      return "FROM_60_TO_120";
    }
    return "FROM_120";
  }

  private String local(Cadre cadre, Unit unit) {
    String locality = unit == null ? null : unit.localityCode();
    if (locality == null || locality.isBlank()) {
      return UNKNOWN;
    }
    for (LocalEvidence kind : policy.local().evidence()) {
      String place =
          switch (kind) {
            case BIRTHPLACE -> cadre.birthplace();
            case HOMETOWN -> cadre.hometown();
            case PERMANENT_RESIDENCE -> cadre.permanentResidence();
          };
      if (locality.equals(place)) {
        return "LOCAL";
      }
    }
    return "NON_LOCAL";
  }

  /** The buckets a dimension always shows, even when empty, in display order. */
  private static Map<String, Bucketing> fixedBuckets(QualityDimension d) {
    List<String> keys =
        switch (d) {
          case AGE -> List.of("UNDER_40", "FROM_40_TO_50", "OVER_50");
          case SEX -> List.of("MALE", "FEMALE");
          case GRADE -> List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", "NOT_ASSESSED");
          case PLANNING -> List.of("PLANNED", "NOT_PLANNED");
          case TENURE -> List.of("UNDER_2", "FROM_2_TO_5", "FROM_5_TO_8", "FROM_8");
          case REMAINING_TIME -> List.of("UNDER_60", "FROM_60_TO_120", "FROM_120");
          case LOCAL -> List.of("LOCAL", "NON_LOCAL");
          case GRASSROOTS -> List.of("YES", "NO");
          default -> List.of();
        };
    Map<String, Bucketing> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, new Bucketing(messageKey(d, k), null)));
    return map;
  }

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

  private static void put(
      Map<QualityDimension, Map<String, Bucketing>> buckets,
      QualityDimension d,
      String key,
      String cadre) {
    buckets
        .get(d)
        .computeIfAbsent(
            key,
            k ->
                new Bucketing(
                    k.equals(UNKNOWN) ? "reporting.bucket.unknown" : messageKey(d, k), null))
        .codes
        .add(cadre);
  }

  private static void putText(
      Map<QualityDimension, Map<String, Bucketing>> buckets,
      QualityDimension d,
      String text,
      String cadre) {
    String value = text;
    if (value == null) {
      put(buckets, d, UNKNOWN, cadre);
    } else {
      buckets.get(d).computeIfAbsent(value, k -> new Bucketing(null, k)).codes.add(cadre);
    }
  }

  /** Fixed buckets keep their order; recorded texts follow, largest first; unknown comes last. */
  private static Breakdown breakdown(QualityDimension d, Map<String, Bucketing> map) {
    List<Map.Entry<String, Bucketing>> fixed = new ArrayList<>();
    List<Map.Entry<String, Bucketing>> texts = new ArrayList<>();
    Map.Entry<String, Bucketing> unknown = null;
    for (Map.Entry<String, Bucketing> e : map.entrySet()) {
      if (e.getKey().equals(UNKNOWN)) {
        unknown = e;
      } else if (e.getValue().text == null) {
        fixed.add(e);
      } else {
        texts.add(e);
      }
    }
    texts.sort(
        Comparator.comparing((Map.Entry<String, Bucketing> e) -> -e.getValue().codes.size())
            .thenComparing(Map.Entry::getKey));
    List<Bucket> out = new ArrayList<>();
    fixed.forEach(e -> out.add(e.getValue().bucket(e.getKey())));
    texts.forEach(e -> out.add(e.getValue().bucket(e.getKey())));
    if (unknown != null) {
      out.add(unknown.getValue().bucket(UNKNOWN));
    }
    return new Breakdown(d, out);
  }

  private static final class Bucketing {
    final String messageKey;
    final String text;
    final List<String> codes = new ArrayList<>();

    Bucketing(String messageKey, String text) {
      this.messageKey = messageKey;
      this.text = text;
    }

    Bucket bucket(String key) {
      return new Bucket(key, messageKey, text, codes);
    }
  }
}
