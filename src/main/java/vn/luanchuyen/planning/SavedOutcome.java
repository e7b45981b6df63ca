package vn.luanchuyen.planning;

import java.util.List;

/**
 * What a run showed beside its moves, as saved with the version: each target before and after the
 * plan, the cadres who must move but have no seat (with why), and the mandatory rules broken.
 */
public record SavedOutcome(List<TargetChange> targets, List<String> unplaced, List<String> broken) {

  public SavedOutcome {
    targets = List.copyOf(targets);
    unplaced = List.copyOf(unplaced);
    broken = List.copyOf(broken);
  }

  /** A version saved before outcomes were kept. */
  static final SavedOutcome NONE = new SavedOutcome(List.of(), List.of(), List.of());
}
