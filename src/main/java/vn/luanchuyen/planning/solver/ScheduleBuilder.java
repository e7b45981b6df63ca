package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.FormRule;
import vn.luanchuyen.policy.Policy.TargetDefinition;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.screening.CadreScreening;
import vn.luanchuyen.screening.LegalForms;
import vn.luanchuyen.screening.Outcome;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.Verdict;

/**
 * Builds the planning problem from a registry snapshot, its screening and the policy: who the
 * candidates are (cadres who must move, young cadres in planning for the grassroots, eligible
 * cadres), the seats they may take (the seats they hold, which fall vacant when they move, and the
 * vacant seats), and for each candidate the seats of an equivalent grade in the same area that
 * break no rule of a single move. Moves stay within the area of the top unit (the district).
 */
public final class ScheduleBuilder {

  private final RegistrySnapshot snapshot;
  private final ScreeningReport report;
  private final Policy policy;
  private final LocalDate asOf;
  private final Set<String> scope;
  private final LegalForms forms;
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, String> areas = new HashMap<>();

  /**
   * @param scope the unit codes the plan may touch; empty for all
   */
  public ScheduleBuilder(
      RegistrySnapshot snapshot,
      ScreeningReport report,
      Policy policy,
      LocalDate asOf,
      Set<String> scope) {
    this.snapshot = snapshot;
    this.report = report;
    this.policy = policy;
    this.asOf = asOf;
    this.scope = Set.copyOf(scope);
    this.forms = new LegalForms(policy, asOf);
    snapshot.units().forEach(u -> units.put(u.code(), u));
  }

  public RotationSchedule build() {
    Policy.Planning planning = policy.planning();
    TargetDefinition nonLocal = target(planning.nonLocalTarget());
    TargetDefinition deputies = target(planning.deputiesTarget());

    Map<String, String> holders = new HashMap<>();
    Map<String, List<Position>> heldBy = new HashMap<>();
    Map<String, Position> positions = new LinkedHashMap<>();
    for (Position p : snapshot.positions()) {
      positions.put(p.code(), p);
    }
    for (Cadre c : snapshot.cadres()) {
      for (Assignment a : snapshot.usableStaysOf(c.code())) {
        if (a.heldOn(asOf) && positions.containsKey(a.positionCode())) {
          holders.putIfAbsent(a.positionCode(), c.code());
          heldBy
              .computeIfAbsent(c.code(), k -> new ArrayList<>())
              .add(positions.get(a.positionCode()));
        }
      }
    }

    Map<String, Double> areaNonLocalShare = nonLocalShares(nonLocal, holders, positions);
    Map<String, Seat> seatByCode = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    Set<String> candidateCodes = new HashSet<>();
    for (CadreScreening screening : report.cadres()) {
      CandidateKind kind = kindOf(screening);
      if (kind == null) {
        continue;
      }
      Cadre cadre = snapshot.cadre(screening.code()).orElse(null);
      Position held = cadre == null ? null : gradedSeat(heldBy.get(cadre.code()));
      if (held == null || !inScope(held)) {
        continue;
      }
      Seat current =
          seatByCode.computeIfAbsent(
              held.code(), k -> seat(held, holders.get(held.code()), nonLocal, deputies));
      // places as they are named today, so an old ward's code matches the ward it merged into
      Set<String> localities =
          policy.local().placesOf(cadre).values().stream()
              .map(snapshot.localities()::current)
              .collect(java.util.stream.Collectors.toUnmodifiableSet());
      boolean localLeader =
          current.nonLocalSeat()
              && policy.local().isLocal(cadre, current.locality(), snapshot.localities())
              && nonLocal != null
              && areaNonLocalShare.getOrDefault(current.area(), 1.0) < nonLocal.goal();
      candidates.add(
          new Candidate(
              cadre.code(),
              cadre.fullName(),
              kind,
              current,
              cadre.sex() == Sex.FEMALE,
              forms.young(cadre, asOf),
              mover(cadre, kind, screening),
              localities,
              recentlyLeft(cadre.code(), current.unitCode(), planning.returnBanYears()),
              localLeader,
              List.of()));
      candidateCodes.add(cadre.code());
    }
    for (Position p : positions.values()) {
      if (!holders.containsKey(p.code()) && inScope(p) && gradeOf(p) != null && existing(p)) {
        seatByCode.computeIfAbsent(p.code(), k -> seat(p, null, nonLocal, deputies));
      }
    }

    MoveRules rules =
        new MoveRules(forms, planning.nonLocalRequired() && planning.nonLocalTarget() != null);
    Map<String, List<Seat>> byAreaAndGrade = new HashMap<>();
    for (Seat s : seatByCode.values()) {
      byAreaAndGrade.computeIfAbsent(s.area() + "|" + s.grade(), k -> new ArrayList<>()).add(s);
    }
    for (Candidate c : candidates) {
      offer(c, rules, byAreaAndGrade);
    }

    return new RotationSchedule(
        new ArrayList<>(seatByCode.values()),
        departments(deputies, holders, positions, candidateCodes),
        leadershipUnits(holders, positions, candidateCodes),
        rules,
        candidates,
        weights(planning));
  }

  /** The cadre as the forms of a move see them. */
  private LegalForms.Mover mover(Cadre cadre, CandidateKind kind, CadreScreening screening) {
    boolean twoTermHead =
        screening.verdictsOf(RuleId.HEAD_TENURE).stream()
            .anyMatch(v -> v.outcome() == Outcome.MUST_MOVE);
    Policy.Category category =
        switch (kind) {
          case MUST_MOVE ->
              twoTermHead ? Policy.Category.HEAD_TENURE : Policy.Category.DEPUTY_TENURE;
          case YOUNG_TO_GRASSROOTS -> Policy.Category.YOUNG_GRASSROOTS;
          case ELIGIBLE -> Policy.Category.ELIGIBILITY;
        };
    return new LegalForms.Mover(
        category,
        LegalForms.plannedRoles(snapshot.planningOf(cadre.code()), asOf),
        screening.remainingMonths(),
        twoTermHead,
        !forms.barringDisciplines(snapshot.disciplinesOf(cadre.code()), asOf).isEmpty()
            || !forms.failedYears(snapshot.assessmentsOf(cadre.code()), asOf).isEmpty());
  }

  /**
   * Offers the candidate every seat of the area, of an equivalent grade or one up, that a legal
   * form allows and no other rule of a single move bars; and notes, for each form that offers
   * nothing, why.
   */
  private void offer(Candidate c, MoveRules rules, Map<String, List<Seat>> byAreaAndGrade) {
    List<Seat> offered = new ArrayList<>();
    List<FormRule> enabled = forms.forms();
    int n = enabled.size();
    int[] moveFits = new int[n];
    int[] cadreFits = new int[n];
    int[] open = new int[n];
    Map<AssignmentForm, String> cadreRefusal = new LinkedHashMap<>();
    int grade = c.currentSeat().grade();
    for (int g = grade; g <= grade + forms.maxPromotion(); g++) {
      for (Seat s : byAreaAndGrade.getOrDefault(c.currentSeat().area() + "|" + g, List.of())) {
        if (s.code().equals(c.currentSeat().code())) {
          continue;
        }
        if (rules.acceptable(c, s)) {
          offered.add(s);
        }
        boolean otherRulesHold =
            !rules.staysInUnit(c, s) && !rules.localBarred(c, s) && !rules.returning(c, s);
        for (int k = 0; k < n; k++) {
          FormRule f = enabled.get(k);
          if (!forms.moveFits(f, c.mover(), c.currentSeat().post(), s.post())) {
            continue;
          }
          moveFits[k]++;
          List<LegalForms.Refusal> refusals = forms.cadreRefusals(f, c.mover(), s.roleKey());
          if (!refusals.isEmpty()) {
            cadreRefusal.putIfAbsent(f.form(), refusals.get(0).code());
            continue;
          }
          cadreFits[k]++;
          if (otherRulesHold) {
            open[k]++;
          }
        }
      }
    }
    c.offer(offered);
    Map<AssignmentForm, String> failures = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      FormRule f = enabled.get(k);
      if (!f.appliesTo().contains(c.mover().category())) {
        failures.put(f.form(), "category");
      } else if (moveFits[k] == 0) {
        failures.put(f.form(), "no-equivalent-seat");
      } else if (cadreFits[k] == 0) {
        failures.put(f.form(), cadreRefusal.get(f.form()));
      } else if (open[k] == 0) {
        failures.put(f.form(), "local-or-return");
      }
    }
    c.formFailures(failures);
    if (offered.isEmpty()) {
      c.setLocked(true);
      c.noSeatBecause(NoSeatReason.NO_LAWFUL_SEAT);
    }
  }

  static ConstraintWeightOverrides<HardMediumSoftLongScore> weights(Policy.Planning planning) {
    Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
    for (String id : ConstraintIds.SOFT) {
      weights.put(id, HardMediumSoftLongScore.ofSoft(planning.weight(id)));
    }
    return ConstraintWeightOverrides.of(weights);
  }

  private CandidateKind kindOf(CadreScreening s) {
    if (s.mustMove()) {
      return CandidateKind.MUST_MOVE;
    }
    boolean excluded = false;
    boolean eligible = false;
    boolean young = false;
    for (Verdict v : s.verdicts()) {
      if (v.outcome() == Outcome.NOT_ELIGIBLE) {
        excluded = true;
      }
      if (v.rule() == RuleId.YOUNG_GRASSROOTS && v.outcome() == Outcome.ELIGIBLE) {
        young = true;
      }
      if (v.rule() == RuleId.ELIGIBILITY && v.outcome() == Outcome.ELIGIBLE) {
        eligible = true;
      }
    }
    if (young) {
      return CandidateKind.YOUNG_TO_GRASSROOTS;
    }
    return eligible && !excluded ? CandidateKind.ELIGIBLE : null;
  }

  private Position gradedSeat(List<Position> held) {
    if (held == null) {
      return null;
    }
    return held.stream()
        .filter(p -> gradeOf(p) != null && existing(p))
        .max(Comparator.comparing(this::gradeOf))
        .orElse(null);
  }

  private Integer gradeOf(Position p) {
    Unit u = units.get(p.unitCode());
    return u == null ? null : policy.planning().grade(u.levelCode(), p.roleKey());
  }

  private boolean existing(Position p) {
    Unit u = units.get(p.unitCode());
    return u != null && u.existsOn(asOf);
  }

  private boolean inScope(Position p) {
    return scope.isEmpty() || scope.contains(p.unitCode());
  }

  private Seat seat(
      Position p, String holder, TargetDefinition nonLocal, TargetDefinition deputies) {
    Unit u = units.get(p.unitCode());
    return new Seat(
        p.code(),
        p.name(),
        new LegalForms.Post(u.code(), u.levelCode(), u.block(), p.roleKey(), gradeOf(p)),
        area(u),
        policy.grassrootsLevels().contains(u.levelCode()),
        snapshot.localities().current(u.localityCode()),
        counts(nonLocal, p, u),
        counts(deputies, p, u) ? u.code() : null,
        holder);
  }

  private static boolean counts(TargetDefinition target, Position p, Unit u) {
    return target != null && target.countsSeat(p.roleKey(), u.levelCode(), u.typeCode());
  }

  /** The locality of the unit's top ancestor (its code when it has none). */
  private String area(Unit unit) {
    String known = areas.get(unit.code());
    if (known != null) {
      return known;
    }
    Unit top = unit;
    Set<String> seen = new HashSet<>();
    while (top.parentCode() != null
        && units.containsKey(top.parentCode())
        && seen.add(top.code())) {
      top = units.get(top.parentCode());
    }
    String area = top.localityCode() != null ? top.localityCode() : top.code();
    areas.put(unit.code(), area);
    return area;
  }

  private Map<String, Double> nonLocalShares(
      TargetDefinition target, Map<String, String> holders, Map<String, Position> positions) {
    Map<String, int[]> counts = new HashMap<>();
    if (target == null) {
      return Map.of();
    }
    holders.forEach(
        (seat, holder) -> {
          Position p = positions.get(seat);
          Unit u = units.get(p.unitCode());
          if (u != null && u.localityCode() != null && counts(target, p, u)) {
            Cadre c = snapshot.cadre(holder).orElseThrow();
            int[] n = counts.computeIfAbsent(area(u), k -> new int[2]);
            n[1]++;
            if (!policy.local().isLocal(c, u.localityCode(), snapshot.localities())) {
              n[0]++;
            }
          }
        });
    Map<String, Double> shares = new HashMap<>();
    counts.forEach((area, n) -> shares.put(area, n[1] == 0 ? 1.0 : (double) n[0] / n[1]));
    return shares;
  }

  private List<Department> departments(
      TargetDefinition target,
      Map<String, String> holders,
      Map<String, Position> positions,
      Set<String> candidates) {
    if (target == null) {
      return List.of();
    }
    int goal = (int) Math.round(target.goal());
    Map<String, Integer> fixed = new LinkedHashMap<>();
    for (Unit u : snapshot.units()) {
      if (target.coversUnit(u.levelCode(), u.typeCode())
          && u.existsOn(asOf)
          && (scope.isEmpty() || scope.contains(u.code()))) {
        fixed.put(u.code(), 0);
      }
    }
    holders.forEach(
        (seat, holder) -> {
          Position p = positions.get(seat);
          Unit u = units.get(p.unitCode());
          if (u != null
              && fixed.containsKey(u.code())
              && counts(target, p, u)
              && !candidates.contains(holder)) {
            fixed.merge(u.code(), 1, Integer::sum);
          }
        });
    List<Department> list = new ArrayList<>();
    fixed.forEach((code, n) -> list.add(new Department(code, area(units.get(code)), n, goal)));
    return list;
  }

  private List<LeadershipUnit> leadershipUnits(
      Map<String, String> holders, Map<String, Position> positions, Set<String> candidates) {
    Map<String, int[]> byUnit = new LinkedHashMap<>();
    holders.forEach(
        (seat, holder) -> {
          int[] n = byUnit.computeIfAbsent(positions.get(seat).unitCode(), k -> new int[2]);
          n[0]++;
          if (candidates.contains(holder)) {
            n[1]++;
          }
        });
    List<LeadershipUnit> list = new ArrayList<>();
    byUnit.forEach(
        (unit, n) -> {
          if (n[0] > 0 && n[0] == n[1]) {
            list.add(new LeadershipUnit(unit, n[0]));
          }
        });
    return list;
  }

  private TargetDefinition target(String id) {
    return id == null ? null : policy.target(id).orElse(null);
  }

  private Set<String> recentlyLeft(String cadre, String currentUnit, int years) {
    if (years <= 0) {
      return Set.of();
    }
    LocalDate since = asOf.minusYears(years);
    Set<String> left = new HashSet<>();
    for (Assignment a : snapshot.usableStaysOf(cadre)) {
      if (a.endDate() != null && !a.endDate().isBefore(since) && a.endDate().isBefore(asOf)) {
        snapshot
            .position(a.positionCode())
            .map(Position::unitCode)
            .filter(u -> !u.equals(currentUnit))
            .ifPresent(left::add);
      }
    }
    return left;
  }
}
