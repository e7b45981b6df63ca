package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Map<String, Unit> units = new HashMap<>();
    registry.units().forEach(u -> units.put(u.code(), u));
    Map<String, Position> positions = new HashMap<>();
    registry.positions().forEach(p -> positions.put(p.code(), p));
    Set<String> unitsInScope = unitsInScope(registry.units(), scope);
    Map<String, List<Assignment>> stays = group(registry.assignments(), Assignment::cadreCode);
    Map<String, List<Assessment>> grades = group(registry.assessments(), Assessment::cadreCode);
    Set<String> planned = new HashSet<>();
    for (PlanningEntry e : registry.planning()) {
      if (e.term().endYear() >= asOf.getYear()) {
        planned.add(e.cadreCode());
      }
    }

    List<Counted> counted = new ArrayList<>();
    for (Cadre cadre : registry.cadres()) {
      List<Assignment> own = stays.getOrDefault(cadre.code(), List.of());
      Assignment seat = placingSeat(own, asOf, positions, units, unitsInScope, scope);
      if (seat != null) {
        Position position = positions.get(seat.positionCode());
        counted.add(new Counted(cadre, seat, position, units.get(position.unitCode()), own));
      }
    }
    counted.sort(Comparator.comparing(c -> c.cadre.code()));

    int gradeYear = gradeYear(counted, grades, asOf);
    YearMonth month = YearMonth.from(asOf);
    Map<QualityDimension, Map<String, Bucketing>> buckets = new EnumMap<>(QualityDimension.class);
    for (QualityDimension d : QualityDimension.values()) {
      buckets.put(d, fixedBuckets(d));
    }
    List<CadreRow> rows = new ArrayList<>(counted.size());
    for (Counted c : counted) {
      Cadre cadre = c.cadre;
      Integer age =
          cadre.birthDate() == null
              ? null
              : Period.between(cadre.birthDate().date(), asOf).getYears();
      Optional<Retirement> retirement = policy.retirement().retirementOf(cadre);
      Integer remaining = retirement.map(r -> (int) r.remainingMonthsAt(month)).orElse(null);
      rows.add(
          new CadreRow(
              cadre.code(),
              cadre.fullName(),
              c.position.name(),
              c.unit == null ? null : c.unit.name(),
              age,
              remaining));
      String code = cadre.code();
      put(buckets, QualityDimension.AGE, ageBand(cadre, asOf), code);
      put(buckets, QualityDimension.SEX, cadre.sex() == null ? UNKNOWN : cadre.sex().name(), code);
      putText(buckets, QualityDimension.ETHNICITY, cadre.ethnicity(), code);
      putText(buckets, QualityDimension.EDUCATION, cadre.education(), code);
      putText(buckets, QualityDimension.POLITICAL_THEORY, cadre.politicalTheory(), code);
      putText(buckets, QualityDimension.STATE_MANAGEMENT, cadre.stateManagement(), code);
      put(buckets, QualityDimension.GRADE, grade(grades.get(code), gradeYear), code);
      put(
          buckets,
          QualityDimension.PLANNING,
          planned.contains(code) ? "PLANNED" : "NOT_PLANNED",
          code);
      put(buckets, QualityDimension.TENURE, tenureBand(c, asOf), code);
      put(buckets, QualityDimension.REMAINING_TIME, remainingBand(remaining), code);
      put(buckets, QualityDimension.LOCAL, local(cadre, c.unit), code);
      put(
          buckets,
          QualityDimension.GRASSROOTS,
          grassroots(c.stays, asOf, positions, units) ? "YES" : "NO",
          code);
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    buckets.forEach((d, map) -> breakdowns.add(breakdown(d, map)));
    return new QualityReport(asOf, scope, gradeYear, rows, breakdowns);
  }

  /** The seat held on the day with the latest start whose unit is in the scope, or null. */
  private static Assignment placingSeat(
      List<Assignment> own,
      LocalDate asOf,
      Map<String, Position> positions,
      Map<String, Unit> units,
      Set<String> unitsInScope,
      QualityScope scope) {
    Assignment best = null;
    for (Assignment a : own) {
      if (a.startDate() == null
          || (a.endDate() != null && a.endDate().isBefore(a.startDate()))
          || !a.heldOn(asOf)) {
        continue;
      }
      Position p = positions.get(a.positionCode());
      Unit u = p == null ? null : units.get(p.unitCode());
      if (u == null || !inScope(u, unitsInScope, scope)) {
        continue;
      }
      if (best == null || a.startDate().isAfter(best.startDate())) {
        best = a;
      }
    }
    return best;
  }

  private static boolean inScope(Unit u, Set<String> unitsInScope, QualityScope scope) {
    return (unitsInScope == null || unitsInScope.contains(u.code()))
        && (scope.block() == null || scope.block() == u.block())
        && (scope.levelCode() == null || scope.levelCode().equals(u.levelCode()));
  }

  /** The unit and its descendants, or null when the scope names no unit. */
  private static Set<String> unitsInScope(List<Unit> units, QualityScope scope) {
    if (scope.unitCode() == null) {
      return null;
    }
    Map<String, List<String>> children = new HashMap<>();
    for (Unit u : units) {
      if (u.parentCode() != null) {
        children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
      }
    }
    Set<String> found = new HashSet<>();
    List<String> open = new ArrayList<>(List.of(scope.unitCode()));
    while (!open.isEmpty()) {
      String code = open.remove(open.size() - 1);
      if (found.add(code)) {
        open.addAll(children.getOrDefault(code, List.of()));
      }
    }
    return found;
  }

  private static String ageBand(Cadre cadre, LocalDate asOf) {
    if (cadre.birthDate() == null) {
      return UNKNOWN;
    }
    LocalDate birth = cadre.birthDate().date();
    for (AgeBand band : AgeBand.values()) {
      if (!birth.isAfter(band.bornOnOrBefore(asOf)) && birth.isAfter(band.bornAfter(asOf))) {
        return band.name();
      }
    }
    return UNKNOWN;
  }

  private static int gradeYear(
      List<Counted> counted, Map<String, List<Assessment>> grades, LocalDate asOf) {
    int latest = Integer.MIN_VALUE;
    for (Counted c : counted) {
      for (Assessment a : grades.getOrDefault(c.cadre.code(), List.of())) {
        if (a.year() <= asOf.getYear() && a.year() > latest) {
          latest = a.year();
        }
      }
    }
    return latest == Integer.MIN_VALUE ? asOf.getYear() - 1 : latest;
  }

  private static String grade(List<Assessment> own, int year) {
    if (own != null) {
      for (Assessment a : own) {
        if (a.year() == year && a.grade() != null) {
          return a.grade().name();
        }
      }
    }
    return "NOT_ASSESSED";
  }

  /** Continuous months in the placing seat, joining earlier stays in it across short breaks. */
  private String tenureBand(Counted c, LocalDate asOf) {
    LocalDate start = c.seat.startDate();
    boolean joined = true;
    while (joined) {
      joined = false;
      for (Assignment a : c.stays) {
        if (a.positionCode().equals(c.seat.positionCode())
            && a.startDate() != null
            && a.startDate().isBefore(start)
            && a.endDate() != null
            && !a.endDate().plusDays(policy.thresholds().maxGapDays() + 1L).isBefore(start)) {
          start = a.startDate();
          joined = true;
        }
      }
    }
    long months = ChronoUnit.MONTHS.between(start, asOf);
    if (months < TENURE_BANDS[0]) {
      return "UNDER_2";
    } else if (months < TENURE_BANDS[1]) {
      return "FROM_2_TO_5";
    } else if (months < TENURE_BANDS[2]) {
      return "FROM_5_TO_8";
    }
    return "FROM_8";
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

  private boolean grassroots(
      List<Assignment> own,
      LocalDate asOf,
      Map<String, Position> positions,
      Map<String, Unit> units) {
    for (Assignment a : own) {
      if (a.startDate() == null || a.startDate().isAfter(asOf)) {
        continue;
      }
      Position p = positions.get(a.positionCode());
      Unit u = p == null ? null : units.get(p.unitCode());
      if (u != null && policy.grassrootsLevels().contains(u.levelCode())) {
        return true;
      }
    }
    return false;
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
    String value = text == null || text.isBlank() ? null : text.strip();
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

  private static <T> Map<String, List<T>> group(
      List<T> list, java.util.function.Function<T, String> cadreOf) {
    Map<String, List<T>> map = new HashMap<>();
    for (T t : list) {
      map.computeIfAbsent(cadreOf.apply(t), k -> new ArrayList<>(2)).add(t);
    }
    return map;
  }

  private record Counted(
      Cadre cadre, Assignment seat, Position position, Unit unit, List<Assignment> stays) {}

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
