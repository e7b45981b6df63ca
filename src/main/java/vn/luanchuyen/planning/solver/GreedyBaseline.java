package vn.luanchuyen.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan a clerk could draw by hand, to measure the optimiser against: cadres who must move first
 * (those with the fewest seats to choose from first), then young cadres for the grassroots, each
 * taking the free seat that costs least; everyone else stays.
 */
public final class GreedyBaseline {

  private GreedyBaseline() {}

  /** Sets every unlocked candidate's seat in the schedule. */
  public static void apply(RotationSchedule schedule) {
    LinearCosts costs = new LinearCosts(schedule);
    Set<String> taken = new HashSet<>();
    Set<String> vacated = new HashSet<>();
    for (Candidate c : schedule.candidates()) {
      if (c.isLocked() && c.getSeat() != null) {
        taken.add(c.getSeat().code());
        vacated.add(c.currentSeat().code());
      }
    }
    List<Candidate> order = new ArrayList<>();
    for (Candidate c : schedule.candidates()) {
      if (!c.isLocked()) {
        c.setSeat(null);
        if (c.kind() != CandidateKind.ELIGIBLE) {
          order.add(c);
        }
      }
    }
    order.sort(
        Comparator.comparing((Candidate c) -> c.kind() != CandidateKind.MUST_MOVE)
            .thenComparing(c -> c.getAcceptableSeats().size()));
    for (Candidate c : order) {
      Seat best = null;
      long bestCost = Long.MAX_VALUE;
      for (Seat s : c.getAcceptableSeats()) {
        boolean free = !taken.contains(s.code()) && (s.vacant() || vacated.contains(s.code()));
        long cost = costs.moveSoft(c, s);
        if (free && cost < bestCost) {
          best = s;
          bestCost = cost;
        }
      }
      if (best != null && (c.mustMove() || bestCost < costs.staySoft(c))) {
        c.setSeat(best);
        taken.add(best.code());
        vacated.add(c.currentSeat().code());
      }
    }
  }
}
