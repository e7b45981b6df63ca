package vn.luanchuyen.planning;

import java.util.List;

/**
 * A hard rule the plan breaks, with the cadres involved.
 *
 * @param seat the seat concerned, or null
 * @param text the sentence a user reads
 */
public record BrokenRule(String constraint, List<String> cadres, String seat, String text) {
  public BrokenRule {
    cadres = List.copyOf(cadres);
  }
}
