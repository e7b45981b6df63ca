package vn.luanchuyen.planning.solver;

import java.util.Comparator;

/**
 * Orders candidates from easiest to hardest to place, for the construction heuristic (which places
 * the hardest first): cadres who must move are hardest, then young cadres for the grassroots, then
 * eligible cadres; within each, fewer acceptable seats is harder.
 */
public class CandidateDifficulty implements Comparator<Candidate> {

  @Override
  public int compare(Candidate a, Candidate b) {
    return Comparator.comparing(CandidateDifficulty::rank)
        .thenComparing(c -> -c.getAcceptableSeats().size())
        .thenComparing(Candidate::code)
        .compare(a, b);
  }

  private static int rank(Candidate c) {
    return switch (c.kind()) {
      case MUST_MOVE -> 2;
      case YOUNG_TO_GRASSROOTS -> 1;
      case ELIGIBLE -> 0;
    };
  }
}
