package vn.luanchuyen.planning.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  private static final double HARD = 1e9;
  private static final double MEDIUM = 1e6;
  private static final double EPSILON = 1e-6;

  /**
   * The bound and the best plan found.
   *
   * @param hard the least number of hard breaches of any plan
   * @param medium the least number of unplaced cadres who must move, with that many hard breaches
   * @param soft the least soft penalty, with those hard and medium penalties
   * @param plan each candidate's seat in the best plan found (null: stays)
   * @param planPenalty the plan's exact {@code {hard, medium, soft}} penalties
   * @param rounds flows solved
   */
  public record Result(
      long hard,
      long medium,
      long soft,
      Map<Candidate, Seat> plan,
      long[] planPenalty,
      int rounds) {

    /** Puts the best plan into the schedule's unlocked candidates. */
    public void applyTo(RotationSchedule schedule) {
      for (Candidate c : schedule.candidates()) {
        if (!c.isLocked()) {
          c.setSeat(plan.get(c));
        }
      }
    }
  }

  private FlowRelaxation() {}

  /**
   * Solves the relaxation, area by area, for at most {@code rounds} subgradient rounds each.
   *
   * @param deadlineNanos a {@link System#nanoTime()} after which no new round starts; each area
   *     gets an equal share of the time left when its turn comes (an area converging early leaves
   *     its time to the others)
   */
  public static Result of(RotationSchedule schedule, int rounds, long deadlineNanos) {
    LinearCosts costs = new LinearCosts(schedule);
    Map<String, List<Candidate>> byArea = new LinkedHashMap<>();
    for (Candidate c : schedule.candidates()) {
      byArea.computeIfAbsent(c.currentSeat().area(), k -> new ArrayList<>()).add(c);
    }
    Map<String, Department> departments = new HashMap<>();
    schedule.departments().forEach(d -> departments.put(d.code(), d));
    Map<String, LeadershipUnit> leaderships = new HashMap<>();
    schedule.leadershipUnits().forEach(u -> leaderships.put(u.code(), u));
    Map<String, List<Seat>> areaSeats = new HashMap<>();
    schedule
        .seats()
        .forEach(s -> areaSeats.computeIfAbsent(s.area(), k -> new ArrayList<>()).add(s));

    long hard = 0;
    long medium = 0;
    long soft = 0;
    long[] planPenalty = new long[3];
    Map<String, Department> untouched = new HashMap<>(departments);
    Map<Candidate, Seat> plan = new HashMap<>();
    int solved = 0;
    int areasLeft = byArea.size();
    for (Map.Entry<String, List<Candidate>> e : byArea.entrySet()) {
      long now = System.nanoTime();
      long share = Math.max(0, deadlineNanos - now) / areasLeft--;
      Area area =
          new Area(
              e.getValue(),
              areaSeats.getOrDefault(e.getKey(), List.of()),
              departments,
              leaderships,
              schedule.rules(),
              costs);
      area.solve(rounds, now + share);
      area.ownDepartments.keySet().forEach(untouched::remove);
      hard += area.boundHard;
      medium += area.boundMedium;
      soft += area.boundSoft;
      for (int k = 0; k < 3; k++) {
        planPenalty[k] += area.bestPenalty[k];
      }
      for (int i = 0; i < area.candidates.size(); i++) {
        plan.put(area.candidates.get(i), area.bestPlan[i]);
      }
      solved += area.rounds;
    }
    for (Department d : untouched.values()) {
      long off = costs.deputies * Math.abs(d.fixedDeputies() - d.goal());
      soft += off;
      planPenalty[2] += off;
    }
    return new Result(hard, medium, soft, plan, planPenalty, solved);
  }

  /** One area's flow network, its multipliers and its best plan. */
  private static final class Area {
    final List<Candidate> candidates;
    final MoveRules rules;
    final LinearCosts costs;
    final Map<String, Department> departments;
    final Map<String, LeadershipUnit> leaderships;
    final Map<String, Department> ownDepartments = new LinkedHashMap<>();
    final Map<String, Integer> unitIndex = new HashMap<>();
    final Map<String, List<Integer>> holdersOfSeat = new HashMap<>();
    final Map<String, Integer> leavingFrom = new HashMap<>();

    // arcs from candidates: candidate, seat (null: stays), fixed cost, and what it moves
    final List<Option> options = new ArrayList<>();
    MinCostFlow flow;
    int[] optionArc;
    double constantSoft;

    double[] alpha; // women, per unit
    double[] beta; // young, per unit
    double[] mu; // leaders, per unit (only leadership units matter)
    int[] leadersOf; // L per unit, 0 when not a leadership unit
    int[] candidatesFrom; // candidates whose seat is in the unit

    long boundHard;
    long boundMedium;
    long boundSoft = Long.MIN_VALUE;
    Seat[] bestPlan;
    long[] bestPenalty;
    int rounds;

    record Option(int candidate, Seat seat, long hard, long medium, long soft, int from, int to) {}

    Area(
        List<Candidate> candidates,
        List<Seat> seats,
        Map<String, Department> departments,
        Map<String, LeadershipUnit> leaderships,
        MoveRules rules,
        LinearCosts costs) {
      this.candidates = candidates;
      this.rules = rules;
      this.costs = costs;
      this.departments = departments;
      this.leaderships = leaderships;
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        holdersOf(c.currentSeat().code()).add(i);
        unit(c.currentSeat().unitCode());
      }
      seats.forEach(s -> unit(s.unitCode()));
      departments.forEach(
          (code, d) -> {
            if (unitIndex.containsKey(code)) {
              ownDepartments.put(code, d);
            }
          });
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
      alpha = new double[units];
      beta = new double[units];
      mu = new double[units];
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
      // private stay nodes, departments.
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
        if (s.departmentCode() != null && ownDepartments.containsKey(s.departmentCode())) {
          deptSeats.merge(s.departmentCode(), 1, Integer::sum);
        }
      }
      for (int i = 0; i < n; i++) {
        Seat own = candidates.get(i).currentSeat();
        if (holdersOf(own.code()).get(0) != i
            && own.departmentCode() != null
            && ownDepartments.containsKey(own.departmentCode())) {
          deptSeats.merge(own.departmentCode(), 1, Integer::sum);
        }
      }
      for (String d : deptSeats.keySet()) {
        deptNode.put(d, next++);
      }

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
        flow.add(2 + i, 1, fallbackHard(c) * HARD + fallbackMedium(c) * MEDIUM + fallbackSoft(c));
      }
      // Seats: into their department or straight to the sink; a vacated seat used earns its
      // penalty back.
      for (Map.Entry<String, Integer> e : seatNode.entrySet()) {
        Seat s = seatOf.get(e.getKey());
        double reward = 0;
        List<Integer> holders = holdersOfSeat.get(s.code());
        if (holders != null && holders.size() == 1) {
          reward = costs.vacated;
          constantSoft += costs.vacated;
        }
        String d = s.departmentCode();
        int target = d != null && deptNode.containsKey(d) ? deptNode.get(d) : 1;
        flow.add(e.getValue(), target, -reward);
      }
      for (int i = 0; i < n; i++) {
        Seat own = candidates.get(i).currentSeat();
        if (holdersOf(own.code()).get(0) != i) {
          String d = own.departmentCode();
          flow.add(stayNode[i], d != null && deptNode.containsKey(d) ? deptNode.get(d) : 1, 0);
        }
      }
      for (Department d : ownDepartments.values()) {
        constantSoft += costs.deputies * Math.abs(d.fixedDeputies() - d.goal());
      }
      for (Map.Entry<String, Integer> e : deptNode.entrySet()) {
        Department d = ownDepartments.get(e.getKey());
        int fixed = d.fixedDeputies();
        for (int k = 1; k <= deptSeats.get(e.getKey()); k++) {
          long marginal =
              Math.abs(fixed + k - d.goal()) - Math.abs(fixed + k - 1 - (long) d.goal());
          flow.add(e.getValue(), 1, costs.deputies * marginal);
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
      bestPenalty = new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
      bestPlan = new Seat[candidates.size()];
      double theta = 1.0;
      int sinceBetter = 0;
      double bestLagrangian = Double.NEGATIVE_INFINITY;
      int units = unitIndex.size();
      for (int round = 0; round < Math.max(1, maxRounds); round++) {
        if (round > 0 && System.nanoTime() > deadlineNanos) {
          break;
        }
        rounds++;
        double constant = constantSoft;
        for (int u = 0; u < units; u++) {
          if (leadersOf[u] > 0) {
            constant -= costs.keepsALeader * mu[u] * (leadersOf[u] - 1) / span(u);
          }
        }
        for (int k = 0; k < options.size(); k++) {
          flow.setCost(optionArc[k], cost(options.get(k)));
        }
        double total = flow.run();
        long lexHard = 0;
        long lexMedium = 0;
        Seat[] chosen = new Seat[candidates.size()];
        int[] choice = new int[candidates.size()];
        Arrays.fill(choice, -1);
        for (int k = 0; k < options.size(); k++) {
          if (flow.used(optionArc[k])) {
            Option o = options.get(k);
            choice[o.candidate()] = k;
            chosen[o.candidate()] = o.seat();
            lexHard += o.hard();
            lexMedium += o.medium();
          }
        }
        for (int i = 0; i < candidates.size(); i++) {
          Candidate c = candidates.get(i);
          if (choice[i] < 0) {
            // the fallback arc: stays although the seat is given away or the lock is impossible
            chosen[i] = c.isLocked() ? c.getSeat() : null;
            lexHard += fallbackHard(c);
            lexMedium += fallbackMedium(c);
          }
        }
        long[] penalty = evaluate(chosen);
        double lagrangian = total - lexHard * HARD - lexMedium * MEDIUM + constant;
        if (round == 0) {
          boundHard = lexHard;
          boundMedium = lexMedium;
        }
        if (lagrangian > bestLagrangian + 1e-9) {
          bestLagrangian = lagrangian;
          sinceBetter = 0;
        } else if (++sinceBetter >= 4) {
          theta /= 2;
          sinceBetter = 0;
        }
        boundSoft = Math.max(boundSoft, (long) Math.ceil(lagrangian - EPSILON));
        if (lexicographicallyLess(penalty, bestPenalty)) {
          bestPenalty = penalty;
          bestPlan = chosen;
        }
        boolean comparable = bestPenalty[0] == boundHard && bestPenalty[1] == boundMedium;
        if (comparable && bestPenalty[2] <= boundSoft) {
          break;
        }
        double[] gAlpha = new double[units];
        double[] gBeta = new double[units];
        double[] gMu = new double[units];
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
            gMu[u] = costs.keepsALeader * (moving[u] - leadersOf[u] + 1.0) / span(u);
          }
          norm += projected(alpha[u], gAlpha[u]) + projected(beta[u], gBeta[u]);
          norm += projected(mu[u], gMu[u]);
        }
        if (norm == 0) {
          break;
        }
        double target = comparable ? bestPenalty[2] : lagrangian + 10;
        double step = theta * Math.max(1.0, target - lagrangian) / norm;
        for (int u = 0; u < units; u++) {
          alpha[u] = clip(alpha[u] + step * gAlpha[u]);
          beta[u] = clip(beta[u] + step * gBeta[u]);
          mu[u] = clip(mu[u] + step * gMu[u]);
        }
      }
    }

    /** The number of movers beyond L − 1 at which a leadership unit's penalty is fully counted. */
    private double span(int u) {
      return Math.max(1, candidatesFrom[u] - leadersOf[u] + 1);
    }

    private static double projected(double value, double gradient) {
      if ((value <= 0 && gradient < 0) || (value >= 1 && gradient > 0)) {
        return 0;
      }
      return gradient * gradient;
    }

    private static double clip(double v) {
      return Math.max(0, Math.min(1, v));
    }

    private double cost(Option o) {
      double c = o.hard() * HARD + o.medium() * MEDIUM + o.soft();
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
      if (leadersOf[o.from()] > 0) {
        c += costs.keepsALeader * mu[o.from()] / span(o.from());
      }
      return c;
    }

    private static boolean lexicographicallyLess(long[] a, long[] b) {
      for (int k = 0; k < 3; k++) {
        if (a[k] != b[k]) {
          return a[k] < b[k];
        }
      }
      return false;
    }

    /** The exact {@code {hard, medium, soft}} penalties of a plan of this area's candidates. */
    long[] evaluate(Seat[] plan) {
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
      ownDepartments.forEach((code, d) -> deputies.put(code, d.fixedDeputies()));
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
      for (Map.Entry<String, Integer> e : deputies.entrySet()) {
        soft += costs.deputies * Math.abs(e.getValue() - departments.get(e.getKey()).goal());
      }
      for (int u = 0; u < units; u++) {
        soft += costs.balance * (Math.max(0, -women[u]) + Math.max(0, -young[u]));
        if (leadersOf[u] > 0 && moving[u] >= leadersOf[u]) {
          soft += costs.keepsALeader;
        }
      }
      return new long[] {hard, medium, soft};
    }

    private static void countDeputy(Map<String, Integer> deputies, Seat s) {
      if (s.departmentCode() != null && deputies.containsKey(s.departmentCode())) {
        deputies.merge(s.departmentCode(), 1, Integer::sum);
      }
    }
  }

  /** Successive shortest paths (Bellman-Ford queue) with unit capacities and real costs. */
  private static final class MinCostFlow {
    private final int nodes;
    private final int source;
    private final int sink;
    private int[] head;
    private int[] next = new int[64];
    private int[] to = new int[64];
    private int[] cap = new int[64];
    private double[] cost = new double[64];
    private int edges;

    MinCostFlow(int nodes, int source, int sink) {
      this.nodes = nodes;
      this.source = source;
      this.sink = sink;
      head = new int[nodes];
      Arrays.fill(head, -1);
    }

    int add(int from, int target, double c) {
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

    void setCost(int arc, double c) {
      cost[arc] = c;
      cost[arc + 1] = -c;
    }

    boolean used(int arc) {
      return cap[arc] == 0;
    }

    /** Sends as much flow as can go, one unit at a time; returns the total cost. */
    double run() {
      for (int e = 0; e < edges; e += 2) {
        cap[e] = 1;
        cap[e + 1] = 0;
      }
      double total = 0;
      double[] dist = new double[nodes];
      int[] via = new int[nodes];
      boolean[] queued = new boolean[nodes];
      int[] queue = new int[nodes + 1];
      while (true) {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        int headIdx = 0;
        int tail = 0;
        queue[tail++] = source;
        queued[source] = true;
        while (headIdx != tail) {
          int u = queue[headIdx];
          headIdx = headIdx + 1 == queue.length ? 0 : headIdx + 1;
          queued[u] = false;
          for (int e = head[u]; e >= 0; e = next[e]) {
            int v = to[e];
            if (cap[e] > 0 && dist[u] + cost[e] < dist[v] - EPSILON) {
              dist[v] = dist[u] + cost[e];
              via[v] = e;
              if (!queued[v]) {
                queued[v] = true;
                queue[tail] = v;
                tail = tail + 1 == queue.length ? 0 : tail + 1;
              }
            }
          }
        }
        if (dist[sink] == Double.POSITIVE_INFINITY) {
          return total;
        }
        for (int v = sink; v != source; v = to[via[v] ^ 1]) {
          cap[via[v]]--;
          cap[via[v] ^ 1]++;
        }
        total += dist[sink];
      }
    }
  }
}
