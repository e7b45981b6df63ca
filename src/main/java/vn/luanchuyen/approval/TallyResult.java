package vn.luanchuyen.approval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the double entry of one candidate's tally in one round: waiting for the second
 * clerk, confirmed (two different clerks entered the same counts) or a mismatch (neither counts).
 *
 * @param tally the confirmed counts, or null
 * @param differences the counts that differ in a mismatch (their names, never the values)
 */
public record TallyResult(
    String candidate,
    int round,
    Status status,
    List<String> clerks,
    Tally tally,
    List<Tally.Count> differences,
    boolean quorumMet,
    boolean passed) {

  public enum Status {
    WAITING,
    CONFIRMED,
    MISMATCH
  }

  /** Judges the latest entry of each clerk; entries are of one candidate and round. */
  public static TallyResult of(String candidate, int round, List<TallyEntry> entries, Procedure p) {
    Map<String, TallyEntry> latest = new LinkedHashMap<>();
    entries.stream()
        .sorted(Comparator.comparingLong(TallyEntry::id))
        .forEach(e -> latest.put(e.clerk(), e));
    List<TallyEntry> last =
        latest.values().stream()
            .sorted(Comparator.comparingLong(TallyEntry::id).reversed())
            .limit(2)
            .toList();
    List<String> clerks = new ArrayList<>(last.stream().map(TallyEntry::clerk).toList());
    if (last.size() < 2) {
      return new TallyResult(
          candidate, round, Status.WAITING, clerks, null, List.of(), false, false);
    }
    List<Tally.Count> diff = last.get(1).tally().differences(last.get(0).tally());
    if (!diff.isEmpty()) {
      return new TallyResult(candidate, round, Status.MISMATCH, clerks, null, diff, false, false);
    }
    Tally t = last.get(0).tally();
    return new TallyResult(
        candidate, round, Status.CONFIRMED, clerks, t, List.of(), t.quorumMet(p), t.passed(p));
  }
}
