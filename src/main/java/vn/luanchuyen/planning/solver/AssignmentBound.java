package vn.luanchuyen.planning.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lower bound on the plan's penalty: the assignment relaxation. Each candidate either stays (and
 * keeps the seat) or takes one offered seat, each seat holds at most one cadre, and only the
 * penalties that depend on one candidate's choice count ({@link LinearCosts}); the others are
 * non-negative and dropped. The relaxation is a min-cost bipartite matching, solved exactly by
 * successive shortest paths, area by area (no candidate is offered a seat in another area). Two
 * candidates recorded in one seat each get a seat of their own to stay in, which only loosens the
 * relaxation.
 */
public final class AssignmentBound {

  /** Weight of a hard penalty in the combined cost; soft totals stay far below it. */
  private static final long HARD = 1_000_000_000L;

  private AssignmentBound() {}

  /**
   * The least hard and, with it, the least soft penalty any plan can have.
   *
   * @return {@code {hard, soft}} penalties, both non-negative
   */
  public static long[] of(RotationSchedule schedule) {
    LinearCosts costs = new LinearCosts(schedule);
    Map<String, List<Candidate>> byArea = new LinkedHashMap<>();
    for (Candidate c : schedule.candidates()) {
      byArea.computeIfAbsent(c.currentSeat().area(), k -> new ArrayList<>()).add(c);
    }
    long hard = 0;
    long soft = 0;
    for (List<Candidate> area : byArea.values()) {
      long cost = solve(area, costs);
      hard += cost / HARD;
      soft += cost % HARD;
    }
    return new long[] {hard, soft};
  }

  private static long solve(List<Candidate> candidates, LinearCosts costs) {
    Map<String, Integer> seatIndex = new HashMap<>();
    List<int[]> arcs = new ArrayList<>();
    List<Long> arcCosts = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    int n = candidates.size();
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      long stay = costs.stayHard(c) * HARD + costs.staySoft(c);
      String own = c.currentSeat().code();
      String stayKey = claimed.add(own) ? own : "stay:" + i;
      int stayNode = seatIndex.computeIfAbsent(stayKey, k -> seatIndex.size());
      boolean lockedToStay = c.isLocked() && c.getSeat() == null;
      boolean lockedToMove = c.isLocked() && c.getSeat() != null;
      if (!lockedToMove) {
        arcs.add(new int[] {i, stayNode});
        arcCosts.add(stay);
      }
      if (lockedToStay) {
        continue;
      }
      List<Seat> seats = lockedToMove ? List.of(c.getSeat()) : c.getAcceptableSeats();
      for (Seat s : seats) {
        arcs.add(new int[] {i, seatIndex.computeIfAbsent(s.code(), k -> seatIndex.size())});
        arcCosts.add(costs.moveSoft(c, s));
      }
    }
    return new MinCostFlow(n, seatIndex.size(), arcs, arcCosts).run();
  }

  /** Successive shortest paths (Bellman-Ford queue) on source, candidates, seats, sink. */
  private static final class MinCostFlow {
    private final int nodes;
    private final int source;
    private final int sink;
    private int[] head;
    private int[] next;
    private int[] to;
    private int[] cap;
    private long[] cost;
    private int edges;
    private final int candidates;

    MinCostFlow(int candidates, int seats, List<int[]> arcs, List<Long> arcCosts) {
      this.candidates = candidates;
      nodes = candidates + seats + 2;
      source = nodes - 2;
      sink = nodes - 1;
      int capacity = 2 * (candidates + seats + arcs.size());
      head = new int[nodes];
      Arrays.fill(head, -1);
      next = new int[capacity];
      to = new int[capacity];
      cap = new int[capacity];
      cost = new long[capacity];
      for (int i = 0; i < candidates; i++) {
        add(source, i, 0);
      }
      for (int s = 0; s < seats; s++) {
        add(candidates + s, sink, 0);
      }
      for (int k = 0; k < arcs.size(); k++) {
        add(arcs.get(k)[0], candidates + arcs.get(k)[1], arcCosts.get(k));
      }
    }

    private void add(int from, int target, long c) {
      to[edges] = target;
      cap[edges] = 1;
      cost[edges] = c;
      next[edges] = head[from];
      head[from] = edges++;
      to[edges] = from;
      cap[edges] = 0;
      cost[edges] = -c;
      next[edges] = head[target];
      head[target] = edges++;
    }

    long run() {
      long total = 0;
      long[] dist = new long[nodes];
      int[] via = new int[nodes];
      boolean[] queued = new boolean[nodes];
      for (int flow = 0; flow < candidates; flow++) {
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        dist[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        queued[source] = true;
        while (!queue.isEmpty()) {
          int u = queue.poll();
          queued[u] = false;
          for (int e = head[u]; e >= 0; e = next[e]) {
            if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]]) {
              dist[to[e]] = dist[u] + cost[e];
              via[to[e]] = e;
              if (!queued[to[e]]) {
                queued[to[e]] = true;
                queue.add(to[e]);
              }
            }
          }
        }
        if (dist[sink] == Long.MAX_VALUE) {
          break;
        }
        for (int v = sink; v != source; v = to[via[v] ^ 1]) {
          cap[via[v]]--;
          cap[via[v] ^ 1]++;
        }
        total += dist[sink];
      }
      return total;
    }
  }
}
