package vn.luanchuyen.cadre;

import java.util.List;

/**
 * Seat changes that no longer fit the registry: each problem in Vietnamese, naming the cadre, the
 * seat and what the registry now records. Nothing of the changes was written.
 */
public class SeatChangeRefused extends RuntimeException {
  private final List<String> problems;

  public SeatChangeRefused(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
