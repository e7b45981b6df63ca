package vn.luanchuyen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.TargetDefinition;
import vn.luanchuyen.shared.Reason;

/**
 * Screens a registry snapshot under a policy on a given day: for every cadre the retirement month,
 * the remaining working time and every verdict of every rule in force; for the policy's targets
 * their value, the seats behind it and a projection to the deadline; and all data-quality findings.
 * The day is always an input; a day outside the policy's effective range gives a warning, not a
 * failure. Cadres are screened in parallel.
 */
public final class RotationScreening {

  /** The code of the finding about a cadre past retirement who still holds a seat. */
  static final String PAST_RETIREMENT = "past-retirement-holding-seat";

  /** Screens every cadre and measures every target. */
  public ScreeningReport screen(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    CadreScreener screener = new CadreScreener(snapshot, policy, asOf);
    // the targets do not depend on the cadres' verdicts: they are measured while the cadres are
    // screened, each target with its own findings (a unit without a locality), kept in order
    TargetMeasure measure = new TargetMeasure(snapshot, policy, asOf);
    List<ForkJoinTask<Measured>> measuring = new ArrayList<>();
    for (TargetDefinition target : policy.targets()) {
      measuring.add(
          ForkJoinTask.adapt(
                  () -> {
                    List<DataQualityFinding> found = new ArrayList<>(0);
                    return new Measured(measure.measure(target, found), found);
                  })
              .fork());
    }
    // one chunk of outcomes for each task: no array of a million (see ScreenedCadres.CHUNK)
    int n = snapshot.cadreCount();
    long[][] outcomes = new long[ScreenedCadres.chunks(n)][];
    IntStream.range(0, outcomes.length)
        .parallel()
        .forEach(
            c -> {
              int from = c * ScreenedCadres.CHUNK;
              int to = Math.min(n, from + ScreenedCadres.CHUNK);
              outcomes[c] = new long[to - from];
              screener.outcomes(from, to, outcomes[c]);
            });
    ScreenedCadres cadres = new ScreenedCadres(screener, n, outcomes);
    List<DataQualityFinding> findings = new ArrayList<>(snapshot.dataQuality());
    // findings of the day: a cadre past retirement who still holds a seat
    for (int i = 0; i < n; i++) {
      if (cadres.pastRetirementHoldingSeat(i)) {
        for (DataQualityFinding f : cadres.get(i).dataQuality()) {
          if (PAST_RETIREMENT.equals(f.code())) {
            findings.add(f);
          }
        }
      }
    }
    List<TargetResult> targets = new ArrayList<>(measuring.size());
    for (ForkJoinTask<Measured> task : measuring) {
      Measured m = task.join();
      targets.add(m.result());
      findings.addAll(m.findings());
    }
    return new ScreeningReport(
        policy.id(), policy.version(), asOf, warnings(policy, asOf), cadres, targets, findings);
  }

  /** Screens one cadre, e.g. for a cadre's page; empty when the code is not in the snapshot. */
  public Optional<CadreScreening> screenCadre(
      RegistrySnapshot snapshot, Policy policy, LocalDate asOf, String cadreCode) {
    int i = snapshot.cadreIndexOf(cadreCode);
    return i < 0
        ? Optional.empty()
        : Optional.of(new CadreScreener(snapshot, policy, asOf).screen(i));
  }

  /** One target's measure and the findings it made. */
  private record Measured(TargetResult result, List<DataQualityFinding> findings) {}

  private static List<Reason> warnings(Policy policy, LocalDate asOf) {
    if (policy.effective().contains(asOf)) {
      return List.of();
    }
    Policy.DateRange range = policy.effective();
    return List.of(
        new Reason(
            "as-of-outside-policy",
            range.to() == null ? "warning.asOfBeforePolicy" : "warning.asOfOutsidePolicy",
            Facts.of("asOf", asOf, "policy", policy.id(), "from", range.from(), "to", range.to())));
  }
}
