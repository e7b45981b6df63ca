package vn.luanchuyen.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * The founding plan's figures, computed from a registry's records alone, the way a screening would:
 * tenure as an unbroken run of stays in one seat (gaps of at most 31 days do not break it), whole
 * months by {@link Period#between}.
 */
final class RegistryFigures {

  static final int MAX_GAP_DAYS = 31;

  private final RegistryContent content;
  private final LocalDate asOf;
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, Position> positions = new HashMap<>();
  private final Map<String, Cadre> cadres = new HashMap<>();
  private final Map<String, List<Assignment>> stays = new HashMap<>();

  RegistryFigures(RegistryContent content, LocalDate asOf) {
    this.content = content;
    this.asOf = asOf;
    content.units().forEach(u -> units.put(u.code(), u));
    content.positions().forEach(p -> positions.put(p.code(), p));
    content.cadres().forEach(c -> cadres.put(c.code(), c));
    for (Assignment a : content.assignments()) {
      stays.computeIfAbsent(a.cadreCode() + "|" + a.positionCode(), k -> new ArrayList<>()).add(a);
    }
  }

  /**
   * Whole months the cadre has held the seat without a break as of the date, or -1 if not holding
   * it then.
   */
  static long tenureMonths(List<Assignment> staysInOneSeat, LocalDate asOf) {
    List<Assignment> sorted = new ArrayList<>(staysInOneSeat);
    sorted.sort(Comparator.comparing(Assignment::startDate));
    int current = -1;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).heldOn(asOf)) {
        current = i;
      }
    }
    if (current < 0) {
      return -1;
    }
    LocalDate runStart = sorted.get(current).startDate();
    for (int i = current - 1; i >= 0; i--) {
      LocalDate end = sorted.get(i).endDate();
      long daysBetween = ChronoUnit.DAYS.between(end, runStart) - 1;
      if (daysBetween > MAX_GAP_DAYS) {
        break;
      }
      runStart = sorted.get(i).startDate();
    }
    return Period.between(runStart, asOf).toTotalMonths();
  }

  /** Current holders' unbroken tenure, one value per filled seat of the given rank. */
  List<Long> tenures(PositionRank rank) {
    List<Long> found = new ArrayList<>();
    for (Assignment a : content.assignments()) {
      Position position = positions.get(a.positionCode());
      if (a.endDate() == null && a.heldOn(asOf) && position.rank() == rank) {
        found.add(tenureMonths(stays.get(a.cadreCode() + "|" + a.positionCode()), asOf));
      }
    }
    return found;
  }

  long countTenures(PositionRank rank, long fromMonths, long toMonths) {
    return tenures(rank).stream().filter(m -> m >= fromMonths && m <= toMonths).count();
  }

  /** Share of filled ward Party secretary and chair seats held by cadres not local to the ward. */
  double nonLocalWardLeaderShare() {
    int filled = 0;
    int nonLocal = 0;
    for (Assignment a : content.assignments()) {
      Position position = positions.get(a.positionCode());
      Unit unit = units.get(position.unitCode());
      boolean leader =
          position.roleKey().equals("BI_THU") || position.roleKey().equals("CHU_TICH_UBND");
      if (leader && unit.levelCode().equals("PHUONG") && a.heldOn(asOf)) {
        filled++;
        Cadre cadre = cadres.get(a.cadreCode());
        String locality = unit.localityCode();
        if (!locality.equals(cadre.hometown()) && !locality.equals(cadre.permanentResidence())) {
          nonLocal++;
        }
      }
    }
    return filled == 0 ? 0 : (double) nonLocal / filled;
  }

  /** Filled {@code PHO_TRUONG_PHONG} seats per specialised department, by unit code. */
  Map<String, Integer> filledDeputiesByDepartment() {
    Map<String, Integer> counts = new HashMap<>();
    for (Unit unit : content.units()) {
      if (unit.typeCode().equals("PHONG_CHUYEN_MON")) {
        counts.put(unit.code(), 0);
      }
    }
    for (Assignment a : content.assignments()) {
      Position position = positions.get(a.positionCode());
      if (position.roleKey().equals("PHO_TRUONG_PHONG")
          && counts.containsKey(position.unitCode())
          && a.heldOn(asOf)) {
        counts.merge(position.unitCode(), 1, Integer::sum);
      }
    }
    return counts;
  }

  double averageFilledDeputies() {
    Map<String, Integer> counts = filledDeputiesByDepartment();
    return counts.values().stream().mapToInt(Integer::intValue).sum() / (double) counts.size();
  }

  /** Cadres under 40 on the date, in planning, who never held a seat of a ward or commune. */
  List<String> youngPlannedWithoutWardSeats() {
    Set<String> planned = new HashSet<>();
    for (SuccessionEntry entry : content.planning()) {
      planned.add(entry.cadreCode());
    }
    Set<String> ledWard = new HashSet<>();
    for (Assignment a : content.assignments()) {
      String level = units.get(positions.get(a.positionCode()).unitCode()).levelCode();
      if (level.equals("PHUONG") || level.equals("XA")) {
        ledWard.add(a.cadreCode());
      }
    }
    List<String> found = new ArrayList<>();
    for (Cadre cadre : content.cadres()) {
      if (cadre.birthDate() != null
          && Period.between(cadre.birthDate().date(), asOf).getYears() < 40
          && planned.contains(cadre.code())
          && !ledWard.contains(cadre.code())) {
        found.add(cadre.code());
      }
    }
    return found;
  }

  double womenShare() {
    long women =
        content.cadres().stream().filter(c -> c.sex() == vn.luanchuyen.cadre.Sex.FEMALE).count();
    return (double) women / content.cadres().size();
  }

  /** Years from each cadre's first recorded stay to the date. */
  Map<String, Long> historyYears() {
    Map<String, LocalDate> first = new HashMap<>();
    for (Assignment a : content.assignments()) {
      first.merge(a.cadreCode(), a.startDate(), (x, y) -> x.isBefore(y) ? x : y);
    }
    Map<String, Long> years = new HashMap<>();
    first.forEach((code, start) -> years.put(code, ChronoUnit.YEARS.between(start, asOf)));
    return years;
  }

  /** Prints the figures of the demo workbook for a seed (first argument, default 2022). */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 2022;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : DemoDistrict.DEFAULT_CADRES;
    long started = System.nanoTime();
    RegistryContent content = DemoDistrict.generate(seed, count);
    long millis = (System.nanoTime() - started) / 1_000_000;
    RegistryFigures figures = new RegistryFigures(content, DemoDistrict.REFERENCE_DATE);
    System.out.printf(
        "seed %d, %d cadres in %d ms: %d units, %d seats, %d assignments, %d planning entries,"
            + " %d assessments, %d disciplines%n",
        seed,
        content.cadres().size(),
        millis,
        content.units().size(),
        content.positions().size(),
        content.assignments().size(),
        content.planning().size(),
        content.assessments().size(),
        content.disciplines().size());
    if (count > 5 * DemoDistrict.CADRES_PER_DISTRICT) {
      return;
    }
    List<Long> heads = figures.tenures(PositionRank.HEAD);
    List<Long> deputies = figures.tenures(PositionRank.DEPUTY);
    System.out.printf(
        "heads filled %d: >= 96 months %d, 90-95 months %d%n",
        heads.size(),
        figures.countTenures(PositionRank.HEAD, 96, Long.MAX_VALUE),
        figures.countTenures(PositionRank.HEAD, 90, 95));
    System.out.printf(
        "deputies filled %d: >= 60 months %d, 55-59 months %d%n",
        deputies.size(),
        figures.countTenures(PositionRank.DEPUTY, 60, Long.MAX_VALUE),
        figures.countTenures(PositionRank.DEPUTY, 55, 59));
    System.out.printf("non-local ward leaders share %.3f%n", figures.nonLocalWardLeaderShare());
    System.out.printf(
        "filled deputies per department %s, average %.3f%n",
        new java.util.TreeMap<>(figures.filledDeputiesByDepartment()),
        figures.averageFilledDeputies());
    System.out.printf(
        "young planned without ward seats %d, women share %.3f%n",
        figures.youngPlannedWithoutWardSeats().size(), figures.womenShare());
    Map<Long, Long> histogram = new java.util.TreeMap<>();
    figures.historyYears().values().forEach(y -> histogram.merge(y, 1L, Long::sum));
    System.out.println("history years -> cadres " + histogram);
  }
}
