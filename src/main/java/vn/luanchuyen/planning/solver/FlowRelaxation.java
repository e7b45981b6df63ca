package vn.luanchuyen.planning.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.planning.Penalty;

/**
 * A lower bound on the plan's penalty and a plan that comes close to it, both from one relaxation.
 *
 * <p>Each candidate stays (using the seat it holds) or takes one offered seat; a seat holds one
 * cadre. That is a min-cost flow, and most of the objective fits it exactly: the penalties of one
 * candidate's choice ({@link LinearCosts}); the deputies of each department, a convex function of
 * how many of its deputy seats are used, as arcs of rising cost into the department; and a vacated
 * seat left empty, as a reward for using a seat a candidate holds. The two preferences that do not
 * fit, the women and young balance of a unit and a unit keeping a leader, are replaced by linear
 * under-estimates with one multiplier per unit (Lagrangian relaxation: {@code max(0, x) ≥ λx} for 0
 * ≤ λ ≤ 1); every multiplier gives a valid bound, and subgradient steps raise it. Each round's flow
 * is also a plan that breaks no rule of a single move; the best of them, scored exactly, seeds the
 * solver.
 *
 * <p>Seats are offered only within the area of the candidate's seat, so every area is solved on its
 * own. Penalties are combined as hard ≫ medium ≫ soft, so the bound is lexicographic: no plan has
 * fewer hard breaches, none with as many has fewer unplaced cadres who must move, and none with as
 * many of both has a smaller soft penalty.
 */
public final class FlowRelaxation {

  /** Multipliers are multiples of 1/SCALE, so every cost is an exact integer in 1/SCALE units. */
  private static final long SCALE = 10_000;

  private static final long HARD = 1_000_000_000L * SCALE;
  private static final long MEDIUM = 1_000_000L * SCALE;

  /**
   * The bound and the best plan found.
   *
   * @param bound the least penalty of any plan: the least number of hard breaches, the least number
   *     of unplaced cadres who must move with that many hard breaches, the least soft penalty with
   *     those hard and medium penalties
   * @param plan each candidate's seat in the best plan found (null: stays)
   * @param planPenalty the plan's exact penalty
   * @param rounds flows solved
   */
  public record Result(Penalty bound, Map<Candidate, Seat> plan, Penalty planPenalty, int rounds) {

    /** Puts the best plan into the schedule's unlocked candidates. */
    public void applyTo(RotationSchedule schedule) {
      for (Candidate c : schedule.candidates()) {
        if (!c.isLocked()) {
          c.setSeat(plan.get(c));
        }
      }
    }
  }

  private final List<Area> areas = new ArrayList<>();
  private final long untouchedDepartments;

  /** Builds the flow network of every area; {@link #improve} solves them. */
  public FlowRelaxation(RotationSchedule schedule) {
    LinearCosts costs = new LinearCosts(schedule);
    Map<String, List<Candidate>> byArea = new LinkedHashMap<>();
    for (Candidate c : schedule.candidates()) {
      byArea.computeIfAbsent(c.currentSeat().area(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<Department>> departmentsByArea = new LinkedHashMap<>();
    schedule
        .departments()
        .forEach(d -> departmentsByArea.computeIfAbsent(d.area(), k -> new ArrayList<>()).add(d));
    Map<String, DeputyArea> deputyAreas = new HashMap<>();
    schedule.deputyAreas().forEach(a -> deputyAreas.put(a.area(), a));
    Map<String, LeadershipUnit> leaderships = new HashMap<>();
    schedule.leadershipUnits().forEach(u -> leaderships.put(u.code(), u));
    Map<String, List<Seat>> areaSeats = new HashMap<>();
    schedule
        .seats()
        .forEach(s -> areaSeats.computeIfAbsent(s.area(), k -> new ArrayList<>()).add(s));
    for (Map.Entry<String, List<Candidate>> e : byArea.entrySet()) {
      areas.add(
          new Area(
              e.getValue(),
              areaSeats.getOrDefault(e.getKey(), List.of()),
              departmentsByArea.getOrDefault(e.getKey(), List.of()),
              deputyAreas.get(e.getKey()),
              leaderships,
              schedule.rules(),
              costs));
    }
    // areas without candidates: their departments' penalty is fixed
    long off = 0;
    for (Map.Entry<String, List<Department>> e : departmentsByArea.entrySet()) {
      if (!byArea.containsKey(e.getKey())) {
        off += fixedDeputyPenalty(costs, e.getValue(), deputyAreas.get(e.getKey()));
      }
    }
    untouchedDepartments = off;
  }

  /** The deputies' penalty of an area's departments when none of their seats changes hands. */
  private static long fixedDeputyPenalty(
      LinearCosts costs, List<Department> departments, DeputyArea area) {
    long total = 0;
    long spread = 0;
    for (Department d : departments) {
      total += d.fixedDeputies();
      spread += Math.abs(d.fixedDeputies() - d.goal());
    }
    return costs.spread * spread
        + (area == null ? 0 : costs.deputies * Math.abs(total - area.goalTotal()));
  }

  /**
   * Solves the relaxation in one go, area by area, for at most {@code rounds} subgradient rounds
   * each.
   */
  public static Result of(RotationSchedule schedule, int rounds, long deadlineNanos) {
    FlowRelaxation relaxation = new FlowRelaxation(schedule);
    relaxation.improve(rounds, deadlineNanos);
    return relaxation.result();
  }

  /**
   * Runs up to {@code rounds} more subgradient rounds in each area that has not converged. An area
   * never solved gets its first round whatever the time.
   *
   * @param deadlineNanos a {@link System#nanoTime()} after which no new round starts; each area
   *     gets an equal share of the time left when its turn comes (an area converging early leaves
   *     its time to the others)
   */
  public void improve(int rounds, long deadlineNanos) {
    int areasLeft = areas.size();
    for (Area area : areas) {
      long now = System.nanoTime();
      long share = Math.max(0, deadlineNanos - now) / areasLeft--;
      area.solve(rounds, now + share);
    }
  }

  /** Whether every area's plan meets its bound or its multipliers can improve no further. */
  public boolean converged() {
    return areas.stream().allMatch(a -> a.converged);
  }

  /** The bound and the best plan so far. */
  public Result result() {
    long hard = 0;
    long medium = 0;
    long soft = untouchedDepartments;
    Penalty planPenalty = new Penalty(0, 0, untouchedDepartments);
    Map<Candidate, Seat> plan = new HashMap<>();
    int solved = 0;
    for (Area area : areas) {
      hard += area.boundHard;
      medium += area.boundMedium;
      soft += area.boundSoft;
      planPenalty = planPenalty.plus(area.bestPenalty);
      for (int i = 0; i < area.candidates.size(); i++) {
        plan.put(area.candidates.get(i), area.bestPlan[i]);
      }
      solved += area.rounds;
    }
    return new Result(new Penalty(hard, medium, soft), plan, planPenalty, solved);
  }

  /** One area's flow network, its multipliers and its best plan. */
  private static final class Area {
    final List<Candidate> candidates;
    final MoveRules rules;
    final LinearCosts costs;
    final Map<String, Department> departments = new LinkedHashMap<>();
    final DeputyArea deputyArea;
    final Map<String, LeadershipUnit> leaderships;
    final Map<String, Integer> unitIndex = new HashMap<>();
    final Map<String, List<Integer>> holdersOfSeat = new HashMap<>();
    final Map<String, Integer> leavingFrom = new HashMap<>();

    // arcs from candidates: candidate, seat (null: stays), fixed cost, and what it moves
    final List<Option> options = new ArrayList<>();
    MinCostFlow flow;
    int[] optionArc;
    long constantSoft;

    // Multipliers in 1/SCALE units, per unit: women and young in [0, SCALE]; leaders, divided by
    // the unit's span, in [0, SCALE / span] (only leadership units matter).
    long[] alpha;
    long[] beta;
    long[] nu;
    int[] leadersOf; // L per unit, 0 when not a leadership unit
    int[] candidatesFrom; // candidates whose seat is in the unit

    long boundHard;
    long boundMedium;
    long boundSoft = Long.MIN_VALUE;
    Seat[] bestPlan;
    Penalty bestPenalty = Penalty.WORST;
    int rounds;
    boolean converged;
    double theta = 1.0;
    int sinceBetter;
    long bestLagrangian = Long.MIN_VALUE;

    record Option(int candidate, Seat seat, long hard, long medium, long soft, int from, int to) {}

    Area(
        List<Candidate> candidates,
        List<Seat> seats,
        List<Department> departments,
        DeputyArea deputyArea,
        Map<String, LeadershipUnit> leaderships,
        MoveRules rules,
        LinearCosts costs) {
      this.candidates = candidates;
      this.rules = rules;
      this.costs = costs;
      departments.forEach(d -> this.departments.put(d.code(), d));
      this.deputyArea = deputyArea;
      this.leaderships = leaderships;
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        holdersOf(c.currentSeat().code()).add(i);
        unit(c.currentSeat().unitCode());
      }
      seats.forEach(s -> unit(s.unitCode()));
      build();
    }

    private List<Integer> holdersOf(String seat) {
      return holdersOfSeat.computeIfAbsent(seat, k -> new ArrayList<>());
    }

    private int unit(String code) {
      return unitIndex.computeIfAbsent(code, k -> unitIndex.size());
    }

    private void build() {
      Map<String, Integer> seatNode = new LinkedHashMap<>();
      Map<String, Seat> seatOf = new HashMap<>();
      List<String> privateStay = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        int from = unit(c.currentSeat().unitCode());
        boolean lockedToStay = c.isLocked() && c.getSeat() == null;
        boolean lockedToMove = c.isLocked() && c.getSeat() != null;
        long stayMedium = costs.stayMedium(c);
        long staySoft = costs.staySoft(c);
        if (!lockedToMove) {
          options.add(new Option(i, null, 0, stayMedium, staySoft, from, from));
        }
        if (lockedToStay) {
          continue;
        }
        List<Seat> offered = lockedToMove ? List.of(c.getSeat()) : c.getAcceptableSeats();
        for (Seat s : offered) {
          options.add(
              new Option(
                  i,
                  s,
                  LinearCosts.moveHard(rules, c, s),
                  0,
                  costs.moveSoft(c, s),
                  from,
                  unit(s.unitCode())));
          seatOf.putIfAbsent(s.code(), s);
        }
      }
      int units = unitIndex.size();
      alpha = new long[units];
      beta = new long[units];
      nu = new long[units];
      leadersOf = new int[units];
      candidatesFrom = new int[units];
      for (Candidate c : candidates) {
        candidatesFrom[unit(c.currentSeat().unitCode())]++;
      }
      leaderships.forEach(
          (code, u) -> {
            Integer k = unitIndex.get(code);
            if (k != null) {
              leadersOf[k] = u.leaders();
            }
          });

      // Nodes: 0 source, 1 sink, candidates, seats (a candidate's own seat or an offered one),
      // private stay nodes, departments, the area's deputies in total.
      int n = candidates.size();
      int next = 2 + n;
      for (int i = 0; i < n; i++) {
        Candidate c = candidates.get(i);
        String own = c.currentSeat().code();
        if (holdersOf(own).get(0) == i) {
          seatNode.put(own, next++);
          seatOf.putIfAbsent(own, c.currentSeat());
        } else {
          privateStay.add(own);
        }
      }
      for (String code : seatOf.keySet()) {
        if (!seatNode.containsKey(code)) {
          seatNode.put(code, next++);
        }
      }
      int[] stayNode = new int[n];
      for (int i = 0; i < n; i++) {
        String own = candidates.get(i).currentSeat().code();
        stayNode[i] = holdersOf(own).get(0) == i ? seatNode.get(own) : next++;
      }
      Map<String, Integer> deptNode = new LinkedHashMap<>();
      Map<String, Integer> deptSeats = new HashMap<>();
      for (Seat s : seatOf.values()) {
        if (s.departmentCode() != null && departments.containsKey(s.departmentCode())) {
          deptSeats.merge(s.departmentCode(), 1, Integer::sum);
        }
      }
      for (int i = 0; i < n; i++) {
        Seat own = candidates.get(i).currentSeat();
        if (holdersOf(own.code()).get(0) != i
            && own.departmentCode() != null
            && departments.containsKey(own.departmentCode())) {
          deptSeats.merge(own.departmentCode(), 1, Integer::sum);
        }
      }
      for (String d : deptSeats.keySet()) {
        deptNode.put(d, next++);
      }
      int totalNode = deptNode.isEmpty() ? 1 : next++;

      flow = new MinCostFlow(next, 0, 1);
      for (int i = 0; i < n; i++) {
        flow.add(0, 2 + i, 0);
      }
      optionArc = new int[options.size()];
      for (int k = 0; k < options.size(); k++) {
        Option o = options.get(k);
        int target = o.seat() == null ? stayNode[o.candidate()] : seatNode.get(o.seat().code());
        optionArc[k] = flow.add(2 + o.candidate(), target, 0);
      }
      // A cadre may stay even when the seat is given away, at the price of a hard breach (locks).
      for (int i = 0; i < n; i++) {
        Candidate c = candidates.get(i);
        flow.add(
            2 + i,
            1,
            fallbackHard(c) * HARD + fallbackMedium(c) * MEDIUM + fallbackSoft(c) * SCALE);
      }
      // Seats: into their department or straight to the sink; a vacated seat used earns its
      // penalty back.
      for (Map.Entry<String, Integer> e : seatNode.entrySet()) {
        Seat s = seatOf.get(e.getKey());
        long reward = 0;
        List<Integer> holders = holdersOfSeat.get(s.code());
        if (holders != null && holders.size() == 1) {
          reward = costs.vacated;
          constantSoft += costs.vacated;
        }
        String d = s.departmentCode();
        int target = d != null && deptNode.containsKey(d) ? deptNode.get(d) : 1;
        flow.add(e.getValue(), target, -reward * SCALE);
      }
      for (int i = 0; i < n; i++) {
        Seat own = candidates.get(i).currentSeat();
        if (holdersOf(own.code()).get(0) != i) {
          String d = own.departmentCode();
          flow.add(stayNode[i], d != null && deptNode.containsKey(d) ? deptNode.get(d) : 1, 0);
        }
      }
      // the deputies: each department's spread on its arcs into the area's total, the area's
      // distance from its goal total on the arcs out of it; both convex, so exact in the flow
      constantSoft += fixedDeputyPenalty(costs, List.copyOf(departments.values()), deputyArea);
      long fixedTotal = 0;
      for (Department d : departments.values()) {
        fixedTotal += d.fixedDeputies();
      }
      int seatsTotal = 0;
      for (Map.Entry<String, Integer> e : deptNode.entrySet()) {
        Department d = departments.get(e.getKey());
        int fixed = d.fixedDeputies();
        int seats = deptSeats.get(e.getKey());
        seatsTotal += seats;
        for (int k = 1; k <= seats; k++) {
          long marginal =
              Math.abs(fixed + k - d.goal()) - Math.abs(fixed + k - 1 - (long) d.goal());
          flow.add(e.getValue(), totalNode, costs.spread * marginal * SCALE);
        }
      }
      if (!deptNode.isEmpty()) {
        long goal = deputyArea == null ? fixedTotal : deputyArea.goalTotal();
        for (int k = 1; k <= seatsTotal; k++) {
          long marginal = Math.abs(fixedTotal + k - goal) - Math.abs(fixedTotal + k - 1 - goal);
          flow.add(totalNode, 1, costs.deputies * marginal * SCALE);
        }
      }
    }

    private boolean lockedToMove(Candidate c) {
      return c.isLocked() && c.getSeat() != null;
    }

    private long fallbackHard(Candidate c) {
      return 1 + (lockedToMove(c) ? LinearCosts.moveHard(rules, c, c.getSeat()) : 0);
    }

    private long fallbackMedium(Candidate c) {
      return lockedToMove(c) ? 0 : costs.stayMedium(c);
    }

    private long fallbackSoft(Candidate c) {
      return lockedToMove(c) ? costs.moveSoft(c, c.getSeat()) : costs.staySoft(c);
    }

    void solve(int maxRounds, long deadlineNanos) {
      int units = unitIndex.size();
      for (int r = 0; r < maxRounds && !converged; r++) {
        boolean first = rounds == 0;
        if (!first && System.nanoTime() > deadlineNanos) {
          break;
        }
        rounds++;
        long constant = constantSoft * SCALE;
        for (int u = 0; u < units; u++) {
          if (leadersOf[u] > 0) {
            constant -= costs.keepsALeader * nu[u] * (leadersOf[u] - 1);
          }
        }
        for (int k = 0; k < options.size(); k++) {
          flow.setCost(optionArc[k], cost(options.get(k)));
        }
        long total = flow.run();
        long lexHard = 0;
        long lexMedium = 0;
        Seat[] chosen = new Seat[candidates.size()];
        boolean[] routed = new boolean[candidates.size()];
        for (int k = 0; k < options.size(); k++) {
          if (flow.used(optionArc[k])) {
            Option o = options.get(k);
            routed[o.candidate()] = true;
            chosen[o.candidate()] = o.seat();
            lexHard += o.hard();
            lexMedium += o.medium();
          }
        }
        for (int i = 0; i < candidates.size(); i++) {
          Candidate c = candidates.get(i);
          if (!routed[i]) {
            // the fallback arc: stays although the seat is given away, or an impossible lock
            chosen[i] = c.isLocked() ? c.getSeat() : null;
            lexHard += fallbackHard(c);
            lexMedium += fallbackMedium(c);
          }
        }
        Penalty penalty = evaluate(chosen);
        long lagrangian = total - lexHard * HARD - lexMedium * MEDIUM + constant;
        if (first) {
          boundHard = lexHard;
          boundMedium = lexMedium;
        }
        if (lagrangian > bestLagrangian) {
          bestLagrangian = lagrangian;
          sinceBetter = 0;
        } else if (++sinceBetter >= 4) {
          theta /= 2;
          sinceBetter = 0;
        }
        boundSoft = Math.max(boundSoft, -Math.floorDiv(-lagrangian, SCALE));
        if (penalty.betterThan(bestPenalty)) {
          bestPenalty = penalty;
          bestPlan = chosen;
        }
        boolean comparable = bestPenalty.hard() == boundHard && bestPenalty.medium() == boundMedium;
        if ((comparable && bestPenalty.soft() <= boundSoft)
            || !step(
                chosen,
                theta,
                comparable ? bestPenalty.soft() : null,
                (double) lagrangian / SCALE)) {
          converged = true;
        }
      }
    }

    /**
     * One projected subgradient step of the multipliers, towards the target (Polyak's step).
     *
     * @return false when the subgradient vanishes: the multipliers cannot improve the bound
     */
    private boolean step(Seat[] chosen, double theta, Long target, double lagrangian) {
      int units = unitIndex.size();
      double[] gAlpha = new double[units];
      double[] gBeta = new double[units];
      double[] gNu = new double[units];
      int[] moving = new int[units];
      for (int i = 0; i < candidates.size(); i++) {
        if (chosen[i] == null) {
          continue;
        }
        Candidate c = candidates.get(i);
        int from = unit(c.currentSeat().unitCode());
        int to = unit(chosen[i].unitCode());
        moving[from]++;
        if (c.woman()) {
          gAlpha[from] += costs.balance;
          gAlpha[to] -= costs.balance;
        }
        if (c.young()) {
          gBeta[from] += costs.balance;
          gBeta[to] -= costs.balance;
        }
      }
      double norm = 0;
      for (int u = 0; u < units; u++) {
        if (leadersOf[u] > 0) {
          gNu[u] = costs.keepsALeader * (moving[u] - leadersOf[u] + 1.0);
        }
        norm += projected(alpha[u], SCALE, gAlpha[u]) + projected(beta[u], SCALE, gBeta[u]);
        norm += projected(nu[u], nuLimit(u), gNu[u]);
      }
      if (norm == 0) {
        return false;
      }
      double gap = target == null ? 10 : target - lagrangian;
      double step = theta * Math.max(1.0, gap) / norm * SCALE;
      for (int u = 0; u < units; u++) {
        alpha[u] = clip(alpha[u] + Math.round(step * gAlpha[u]), SCALE);
        beta[u] = clip(beta[u] + Math.round(step * gBeta[u]), SCALE);
        nu[u] = clip(nu[u] + Math.round(step * gNu[u]), nuLimit(u));
      }
      return true;
    }

    /**
     * The largest leaders multiplier (in 1/SCALE units, per mover) that keeps a unit's linear
     * estimate below its penalty: the full penalty once all its leaders move, spread over the
     * movers beyond L − 1 that the unit could have.
     */
    private long nuLimit(int u) {
      return leadersOf[u] == 0 ? 0 : SCALE / Math.max(1, candidatesFrom[u] - leadersOf[u] + 1);
    }

    private static double projected(long value, long limit, double gradient) {
      if ((value <= 0 && gradient < 0) || (value >= limit && gradient > 0)) {
        return 0;
      }
      return gradient * gradient;
    }

    private static long clip(long v, long limit) {
      return Math.max(0, Math.min(limit, v));
    }

    private long cost(Option o) {
      long c = o.hard() * HARD + o.medium() * MEDIUM + o.soft() * SCALE;
      if (o.seat() == null) {
        return c;
      }
      Candidate cand = candidates.get(o.candidate());
      if (cand.woman()) {
        c += costs.balance * (alpha[o.from()] - alpha[o.to()]);
      }
      if (cand.young()) {
        c += costs.balance * (beta[o.from()] - beta[o.to()]);
      }
      c += costs.keepsALeader * nu[o.from()];
      return c;
    }

    /** The exact penalty of a plan of this area's candidates. */
    Penalty evaluate(Seat[] plan) {
      long hard = 0;
      long medium = 0;
      long soft = 0;
      Map<String, Integer> takers = new HashMap<>();
      for (Seat s : plan) {
        if (s != null) {
          takers.merge(s.code(), 1, Integer::sum);
        }
      }
      for (int taken : takers.values()) {
        hard += (long) taken * (taken - 1) / 2;
      }
      Map<String, Integer> stayers = new HashMap<>();
      for (int i = 0; i < plan.length; i++) {
        if (plan[i] == null) {
          stayers.merge(candidates.get(i).currentSeat().code(), 1, Integer::sum);
        }
      }
      Map<String, Integer> deputies = new HashMap<>();
      departments.forEach((code, d) -> deputies.put(code, d.fixedDeputies()));
      int units = unitIndex.size();
      int[] women = new int[units];
      int[] young = new int[units];
      int[] moving = new int[units];
      for (int i = 0; i < plan.length; i++) {
        Candidate c = candidates.get(i);
        Seat s = plan[i];
        if (s == null) {
          medium += costs.stayMedium(c);
          soft += costs.staySoft(c);
          countDeputy(deputies, c.currentSeat());
          continue;
        }
        hard += LinearCosts.moveHard(rules, c, s) + stayers.getOrDefault(s.code(), 0);
        soft += costs.moveSoft(c, s);
        countDeputy(deputies, s);
        if (!takers.containsKey(c.currentSeat().code())) {
          soft += costs.vacated;
        }
        int from = unit(c.currentSeat().unitCode());
        int to = unit(s.unitCode());
        moving[from]++;
        if (c.woman()) {
          women[from]--;
          women[to]++;
        }
        if (c.young()) {
          young[from]--;
          young[to]++;
        }
      }
      long total = 0;
      for (Map.Entry<String, Integer> e : deputies.entrySet()) {
        soft += costs.spread * Math.abs(e.getValue() - departments.get(e.getKey()).goal());
        total += e.getValue();
      }
      if (deputyArea != null) {
        soft += costs.deputies * Math.abs(total - deputyArea.goalTotal());
      }
      for (int u = 0; u < units; u++) {
        soft += costs.balance * (Math.max(0, -women[u]) + Math.max(0, -young[u]));
        if (leadersOf[u] > 0 && moving[u] >= leadersOf[u]) {
          soft += costs.keepsALeader;
        }
      }
      return new Penalty(hard, medium, soft);
    }

    private static void countDeputy(Map<String, Integer> deputies, Seat s) {
      if (s.departmentCode() != null && deputies.containsKey(s.departmentCode())) {
        deputies.merge(s.departmentCode(), 1, Integer::sum);
      }
    }
  }

  /** Min-cost flow with unit capacities and real costs, by shortest-path phases. */
  private static final class MinCostFlow {
    private static final long UNREACHED = Long.MAX_VALUE;
    private final int nodes;
    private final int source;
    private final int sink;
    private int[] head;
    private int[] next = new int[64];
    private int[] to = new int[64];
    private int[] cap = new int[64];
    private long[] cost = new long[64];
    private int edges;

    MinCostFlow(int nodes, int source, int sink) {
      this.nodes = nodes;
      this.source = source;
      this.sink = sink;
      head = new int[nodes];
      Arrays.fill(head, -1);
    }

    int add(int from, int target, long c) {
      if (edges + 2 > to.length) {
        int size = to.length * 2;
        next = Arrays.copyOf(next, size);
        to = Arrays.copyOf(to, size);
        cap = Arrays.copyOf(cap, size);
        cost = Arrays.copyOf(cost, size);
      }
      int e = edges;
      to[e] = target;
      cost[e] = c;
      next[e] = head[from];
      head[from] = e;
      to[e + 1] = from;
      cost[e + 1] = -c;
      next[e + 1] = head[target];
      head[target] = e + 1;
      edges += 2;
      return e;
    }

    void setCost(int arc, long c) {
      cost[arc] = c;
      cost[arc + 1] = -c;
    }

    boolean used(int arc) {
      return cap[arc] == 0;
    }

    /**
     * Sends as much flow as can go and returns its cost. In each phase the shortest distances from
     * the source are found (Bellman-Ford queue), then as many paths of that length as a depth-first
     * search finds are sent at once, each node used once per phase (primal-dual): paths of the same
     * length are shortest together, so most candidates of a phase are routed by one search.
     */
    long run() {
      for (int e = 0; e < edges; e += 2) {
        cap[e] = 1;
        cap[e + 1] = 0;
      }
      long total = 0;
      long[] dist = new long[nodes];
      boolean[] queued = new boolean[nodes];
      int[] queue = new int[nodes + 1];
      boolean[] seen = new boolean[nodes];
      int[] arcOf = new int[nodes];
      int[] current = new int[nodes];
      int[] path = new int[nodes + 1];
      while (true) {
        shortestDistances(dist, queued, queue);
        if (dist[sink] == UNREACHED) {
          return total;
        }
        Arrays.fill(seen, false);
        System.arraycopy(head, 0, current, 0, nodes);
        int sent = 0;
        int depth = 0;
        path[0] = source;
        while (depth >= 0) {
          int u = path[depth];
          if (u == sink) {
            for (int k = 1; k <= depth; k++) {
              cap[arcOf[k]]--;
              cap[arcOf[k] ^ 1]++;
            }
            total += dist[sink];
            sent++;
            depth = 0;
            continue;
          }
          int e = current[u];
          while (e >= 0 && !admissible(e, u, dist, seen)) {
            e = next[e];
          }
          if (e < 0) {
            current[u] = -1;
            depth--;
            continue;
          }
          current[u] = next[e];
          int v = to[e];
          if (v != sink) {
            seen[v] = true;
          }
          path[++depth] = v;
          arcOf[depth] = e;
        }
        if (sent == 0) {
          return total;
        }
      }
    }

    private boolean admissible(int e, int u, long[] dist, boolean[] seen) {
      int v = to[e];
      return cap[e] > 0
          && v != source
          && !seen[v]
          && dist[v] != UNREACHED
          && dist[u] + cost[e] == dist[v];
    }

    private void shortestDistances(long[] dist, boolean[] queued, int[] queue) {
      Arrays.fill(dist, UNREACHED);
      dist[source] = 0;
      int first = 0;
      int last = 0;
      queue[last++] = source;
      queued[source] = true;
      while (first != last) {
        int u = queue[first];
        first = first + 1 == queue.length ? 0 : first + 1;
        queued[u] = false;
        for (int e = head[u]; e >= 0; e = next[e]) {
          int v = to[e];
          if (cap[e] > 0 && dist[u] + cost[e] < dist[v]) {
            dist[v] = dist[u] + cost[e];
            if (!queued[v]) {
              queued[v] = true;
              queue[last] = v;
              last = last + 1 == queue.length ? 0 : last + 1;
            }
          }
        }
      }
    }
  }
}
