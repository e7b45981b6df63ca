package vn.luanchuyen.succession;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.SuccessionRules;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * A term's planning pool as the Organisation Board keeps it: who is planned for which role and
 * unit, adding and removing with the gates checked, the structure targets, bench strength and the
 * annual review.
 */
@Service
public class TermPools {

  private final SuccessionPools pools;
  private final SuccessionPolicy policy;
  private final CadreRegistry cadres;
  private final OrganisationChart chart;

  TermPools(
      SuccessionPools pools,
      SuccessionPolicy policy,
      CadreRegistry cadres,
      OrganisationChart chart) {
    this.pools = pools;
    this.policy = policy;
    this.cadres = cadres;
    this.chart = chart;
  }

  /**
   * An entry of the pool as listed.
   *
   * @param failing the gates the cadre fails on the day: the annual review's removal candidates
   */
  public record Row(
      PoolEntry entry,
      String cadreName,
      String unitName,
      Sex sex,
      Integer ageYears,
      YearMonth retirement,
      List<Reason> failing) {}

  /**
   * The pool's make-up against the policy's targets, over distinct cadres. A goal is null when the
   * policy sets no number; such a share is shown, never judged met or missed.
   */
  public record Structure(
      int cadres, int young, int women, Double youngGoal, Double womenGoal, int youngAgeYears) {
    public double youngShare() {
      return cadres == 0 ? 0 : (double) young / cadres;
    }

    public double womenShare() {
      return cadres == 0 ? 0 : (double) women / cadres;
    }

    /** Whether the young share reaches its goal; null when the policy sets no goal. */
    public Boolean youngMet() {
      return youngGoal == null ? null : cadres > 0 && youngShare() >= youngGoal;
    }

    /** Whether the women's share reaches its goal; null when the policy sets no goal. */
    public Boolean womenMet() {
      return womenGoal == null ? null : cadres > 0 && womenShare() >= womenGoal;
    }
  }

  /**
   * A seat and its prospects for the term.
   *
   * @param holder the holder on the day, or null when vacant
   * @param holderRetires the holder's retirement month when it falls within the term, else null
   * @param successors the cadres planned for the seat's role in its unit (or in any unit)
   */
  public record Seat(
      Position position,
      Unit unit,
      Cadre holder,
      YearMonth holderRetires,
      List<String> successors) {}

  public record BenchStrength(List<Seat> withoutSuccessor, List<Seat> holderRetiresInTerm) {}

  public List<Term> terms() {
    return policy.rules().terms();
  }

  public SuccessionRules rules() {
    return policy.rules();
  }

  /** The term's entries with each cadre's standing on the day. */
  @Transactional(readOnly = true)
  public List<Row> pool(Term term, LocalDate day) {
    List<PoolEntry> entries = pools.poolOf(term);
    Map<String, Cadre> byCode = cadresByCode();
    Map<String, Unit> units = units();
    Map<String, String> levels = levels(units);
    Map<String, String> types = types(units);
    Map<String, List<SuccessionGates.HeldSeat>> held = heldSeats(cadres.assignments(), day);
    Map<String, List<Discipline>> disciplines =
        cadres.disciplines().stream().collect(Collectors.groupingBy(Discipline::cadreCode));
    List<SuccessionEntry> all = entries.stream().map(PoolEntry::entry).toList();
    List<Row> rows = new ArrayList<>();
    for (PoolEntry e : entries) {
      Cadre c = byCode.get(e.entry().cadreCode());
      YearMonth retires = c == null ? null : policy.retirementMonth(c).orElse(null);
      List<SuccessionEntry> others = all.stream().filter(x -> x != e.entry()).toList();
      List<Reason> failing =
          SuccessionGates.check(
              rules(),
              new SuccessionGates.Candidate(
                  e.entry(),
                  retires,
                  disciplines.getOrDefault(e.entry().cadreCode(), List.of()),
                  others.stream().filter(x -> x.cadreCode().equals(e.entry().cadreCode())).toList(),
                  others,
                  levels,
                  types,
                  held.getOrDefault(e.entry().cadreCode(), List.of()),
                  c == null ? null : c.birthDate()),
              day);
      Unit unit = e.entry().unitCode() == null ? null : units.get(e.entry().unitCode());
      rows.add(
          new Row(
              e,
              c == null ? e.entry().cadreCode() : c.fullName(),
              unit == null ? null : unit.name(),
              c == null ? null : c.sex(),
              c == null || c.birthDate() == null ? null : age(c, day),
              retires,
              failing));
    }
    return rows;
  }

  /**
   * Checks the gates and adds the cadre to the pool; the cadre's version goes up.
   *
   * @throws NotFoundException if the cadre, the unit or the role is unknown
   * @throws SuccessionRefused with the reason of every gate that fails
   */
  @Transactional
  public PoolEntry add(SuccessionEntry wanted, LocalDate day) {
    Cadre cadre =
        cadres
            .cadre(wanted.cadreCode())
            .orElseThrow(() -> new NotFoundException("cadre", wanted.cadreCode()));
    Map<String, Unit> units = units();
    if (wanted.unitCode() != null && !units.containsKey(wanted.unitCode())) {
      throw new NotFoundException("unit", wanted.unitCode());
    }
    boolean roleExists =
        chart.positions().stream()
            .anyMatch(
                p ->
                    p.roleKey().equals(wanted.roleKey())
                        && (wanted.unitCode() == null || p.unitCode().equals(wanted.unitCode())));
    if (!roleExists) {
      throw new NotFoundException("role", wanted.roleKey());
    }
    if (!terms().contains(wanted.term())) {
      throw new NotFoundException("term", wanted.term().code());
    }
    Map<String, String> levels = levels(units);
    Map<String, String> types = types(units);
    List<SuccessionGates.HeldSeat> held =
        heldSeats(cadres.assignmentsOf(cadre.code()), day).getOrDefault(cadre.code(), List.of());
    YearMonth retires = policy.retirementMonth(cadre).orElse(null);
    List<Discipline> disciplines = cadres.disciplinesOf(cadre.code());
    PoolEntry added =
        pools.add(
            wanted,
            term ->
                SuccessionGates.check(
                    rules(),
                    new SuccessionGates.Candidate(
                        wanted,
                        retires,
                        disciplines,
                        term.stream().filter(e -> e.cadreCode().equals(cadre.code())).toList(),
                        term,
                        levels,
                        types,
                        held,
                        cadre.birthDate()),
                    day));
    cadres.markChanged(List.of(cadre.code()));
    return added;
  }

  /**
   * Removes an entry read at the given version; the cadre's version goes up.
   *
   * @throws vn.luanchuyen.shared.ConcurrentEditException if it was changed or removed since
   */
  @Transactional
  public void remove(long id, long version) {
    cadres.markChanged(List.of(pools.remove(id, version)));
  }

  /** The share of young cadres and of women among the distinct cadres of the term's pool. */
  @Transactional(readOnly = true)
  public Structure structure(Term term, LocalDate day) {
    Set<String> planned =
        pools.poolOf(term).stream().map(e -> e.entry().cadreCode()).collect(Collectors.toSet());
    Map<String, Cadre> byCode = cadresByCode();
    SuccessionRules rules = rules();
    int young = 0;
    int women = 0;
    for (String code : planned) {
      Cadre c = byCode.get(code);
      if (c == null) {
        continue;
      }
      if (c.birthDate() != null && age(c, day) < rules.youngAgeYears()) {
        young++;
      }
      if (c.sex() == Sex.FEMALE) {
        women++;
      }
    }
    return new Structure(
        planned.size(),
        young,
        women,
        rules.youngShareGoal(),
        rules.womenShareGoal(),
        rules.youngAgeYears());
  }

  /**
   * Seats existing on the day with no planned successor for the term, and seats whose holder
   * retires before the term ends.
   */
  @Transactional(readOnly = true)
  public BenchStrength benchStrength(Term term, LocalDate day) {
    List<SuccessionEntry> entries = pools.poolOf(term).stream().map(PoolEntry::entry).toList();
    Map<String, Unit> units = units();
    Map<String, Cadre> byCode = cadresByCode();
    Map<String, Assignment> holding = new HashMap<>();
    for (Assignment a : cadres.assignments()) {
      if (a.startDate() != null && a.heldOn(day)) {
        holding.merge(a.positionCode(), a, (x, y) -> x.startDate().isAfter(y.startDate()) ? x : y);
      }
    }
    YearMonth termEnd = YearMonth.of(term.endYear(), 12);
    List<Seat> without = new ArrayList<>();
    List<Seat> retiring = new ArrayList<>();
    for (Position p : chart.positions()) {
      Unit unit = units.get(p.unitCode());
      if (unit == null || !unit.existsOn(day)) {
        continue;
      }
      Assignment held = holding.get(p.code());
      Cadre holder = held == null ? null : byCode.get(held.cadreCode());
      YearMonth retires = holder == null ? null : policy.retirementMonth(holder).orElse(null);
      List<String> successors =
          entries.stream()
              .filter(e -> e.roleKey().equals(p.roleKey()))
              .filter(e -> e.unitCode() == null || e.unitCode().equals(p.unitCode()))
              .filter(e -> holder == null || !e.cadreCode().equals(holder.code()))
              .map(SuccessionEntry::cadreCode)
              .distinct()
              .toList();
      Seat seat =
          new Seat(
              p,
              unit,
              holder,
              retires != null && !retires.isAfter(termEnd) ? retires : null,
              successors);
      if (successors.isEmpty()) {
        without.add(seat);
      }
      if (seat.holderRetires() != null) {
        retiring.add(seat);
      }
    }
    Comparator<Seat> order =
        VietnameseOrder.<Seat>by(s -> s.unit().name())
            .thenComparing(VietnameseOrder.by(s -> s.position().name()));
    without.sort(order);
    retiring.sort(order);
    return new BenchStrength(without, retiring);
  }

  /** The roles of the seats, with one seat name each, for choosing what to plan for. */
  @Transactional(readOnly = true)
  public Map<String, String> roles() {
    Map<String, String> roles = new java.util.TreeMap<>();
    List<CodeEntry> codes = chart.codes();
    for (Position p : chart.positions()) {
      roles.computeIfAbsent(p.roleKey(), key -> chart.codeName(codes, CodeKind.ROLE, key));
    }
    return roles;
  }

  public Optional<Cadre> cadre(String code) {
    return cadres.cadre(code);
  }

  private Map<String, Cadre> cadresByCode() {
    Map<String, Cadre> byCode = new HashMap<>();
    cadres.cadres().forEach(c -> byCode.put(c.code(), c));
    return byCode;
  }

  private Map<String, Unit> units() {
    Map<String, Unit> units = new HashMap<>();
    chart.units().forEach(u -> units.put(u.code(), u));
    return units;
  }

  private static Map<String, String> levels(Map<String, Unit> units) {
    Map<String, String> levels = new HashMap<>();
    units.forEach((code, u) -> levels.put(code, u.levelCode()));
    return levels;
  }

  private static Map<String, String> types(Map<String, Unit> units) {
    Map<String, String> types = new HashMap<>();
    units.forEach((code, u) -> types.put(code, u.typeCode()));
    return types;
  }

  /** The seats each cadre holds on the day, by cadre code. */
  private Map<String, List<SuccessionGates.HeldSeat>> heldSeats(
      List<Assignment> assignments, LocalDate day) {
    Map<String, Position> positions = new HashMap<>();
    chart.positions().forEach(p -> positions.put(p.code(), p));
    Map<String, List<SuccessionGates.HeldSeat>> held = new HashMap<>();
    for (Assignment a : assignments) {
      Position p = positions.get(a.positionCode());
      if (p != null && a.startDate() != null && a.heldOn(day)) {
        held.computeIfAbsent(a.cadreCode(), k -> new ArrayList<>())
            .add(new SuccessionGates.HeldSeat(p.roleKey(), p.unitCode()));
      }
    }
    return held;
  }

  private static int age(Cadre c, LocalDate day) {
    return java.time.Period.between(c.birthDate().date(), day).getYears();
  }
}
