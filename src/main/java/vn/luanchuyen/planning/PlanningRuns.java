package vn.luanchuyen.planning;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.NotFoundException;

/**
 * Solves rotation plans of the stored registry in the background, one at a time: a solve gets an id
 * at once, reports its best score so far, can be cancelled (it keeps its best plan), and its plan
 * can be edited by hand and checked, or solved again with locks. Runs live in memory until the
 * application stops.
 */
@Service
public class PlanningRuns {

  /** Where a solve is. */
  public enum Status {
    QUEUED,
    SOLVING,
    DONE,
    FAILED
  }

  /**
   * A solve's state.
   *
   * @param best the best plan's penalties so far, or null before the first
   * @param cancelled whether the user stopped it early
   * @param error why it failed, or null
   */
  public record Progress(
      String id, Status status, SolveFigures.Progress best, boolean cancelled, String error) {}

  private record Run(
      String policy,
      PlanRequest request,
      RotationPlanner planner,
      AtomicReference<Progress> progress,
      AtomicReference<RotationPlan> plan) {}

  private final ScreeningRuns screening;
  private final OrganisationChart chart;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  PlanningRuns(ScreeningRuns screening, OrganisationChart chart) {
    this.screening = screening;
    this.chart = chart;
  }

  /** Starts a solve of the stored registry; returns its id at once. */
  public String start(String policyId, PlanRequest request) {
    Policy policy = screening.policy(policyId);
    UnknownScopeUnits.refuseUnknown(request.scope(), chart.unitsByCode(request.scope()).keySet());
    String id = UUID.randomUUID().toString();
    Run run =
        new Run(
            policyId,
            request,
            new RotationPlanner(),
            new AtomicReference<>(new Progress(id, Status.QUEUED, null, false, null)),
            new AtomicReference<>());
    runs.put(id, run);
    executor.submit(() -> solve(id, run, policy));
    return id;
  }

  private void solve(String id, Run run, Policy policy) {
    if (run.progress().get().cancelled()) {
      run.progress().set(new Progress(id, Status.DONE, null, true, null));
      return;
    }
    run.progress()
        .updateAndGet(p -> new Progress(id, Status.SOLVING, p.best(), p.cancelled(), null));
    try {
      RegistrySnapshot snapshot = screening.snapshot();
      RotationPlan plan =
          run.planner()
              .propose(
                  snapshot,
                  policy,
                  run.request(),
                  best -> {
                    Progress now =
                        run.progress()
                            .updateAndGet(
                                p -> new Progress(id, p.status(), best, p.cancelled(), null));
                    if (now.cancelled()) {
                      run.planner().stop();
                    }
                  });
      run.plan().set(plan);
      run.progress()
          .updateAndGet(p -> new Progress(id, Status.DONE, p.best(), p.cancelled(), null));
    } catch (RuntimeException e) {
      run.progress()
          .updateAndGet(
              p -> new Progress(id, Status.FAILED, p.best(), p.cancelled(), e.getMessage()));
    }
  }

  public Progress progress(String id) {
    return run(id).progress().get();
  }

  /** Stops a solve early; it keeps the best plan found so far. */
  public Progress cancel(String id) {
    Run run = run(id);
    run.progress().updateAndGet(p -> new Progress(id, p.status(), p.best(), true, p.error()));
    run.planner().stop();
    return run.progress().get();
  }

  /** What a solve was asked for (its locks and forbidden moves included). */
  public PlanRequest request(String id) {
    return run(id).request();
  }

  /** The plan of a finished solve, or empty while it is still solving. */
  public java.util.Optional<RotationPlan> plan(String id) {
    return java.util.Optional.ofNullable(run(id).plan().get());
  }

  /**
   * Scores the plan of a finished solve with the given changes, without searching: each lock
   * replaces the cadre's move (a seat, or null to stay), each forbidden move sends the cadre back
   * to their seat; the result says which rules the edited plan breaks.
   */
  public RotationPlan check(
      String id, List<PlanRequest.Lock> edits, List<PlanRequest.Forbidden> forbidden) {
    Run run = run(id);
    RotationPlan base = plan(id).orElseThrow(() -> PlanRefused.notSolved(id));
    Map<String, String> choice = new java.util.LinkedHashMap<>();
    base.movesOnly().forEach(m -> choice.put(m.cadre(), m.toSeat()));
    edits.forEach(e -> choice.put(e.cadre(), e.seat()));
    forbidden.forEach(f -> choice.remove(f.cadre(), f.seat()));
    List<PlanRequest.Lock> locks =
        choice.entrySet().stream()
            .map(e -> new PlanRequest.Lock(e.getKey(), e.getValue()))
            .toList();
    return new RotationPlanner()
        .evaluate(
            screening.snapshot(),
            screening.policy(run.policy()),
            run.request().withLocks(locks, forbidden));
  }

  /** The seats a cadre of a solve may be sent to by hand, each with its form or its problems. */
  public List<SeatOption> options(String id, String cadre) {
    Run run = run(id);
    return new RotationPlanner()
        .options(screening.snapshot(), screening.policy(run.policy()), run.request(), cadre);
  }

  /**
   * What a cadre's move brings to the plan of a finished solve (see {@link RotationPlanner#gain}).
   */
  public List<MoveGain> gain(String id, String cadre) {
    Run run = run(id);
    RotationPlan plan = run.plan().get();
    if (plan == null) {
      return List.of();
    }
    return new RotationPlanner()
        .gain(screening.snapshot(), screening.policy(run.policy()), run.request(), plan, cadre);
  }

  /**
   * Solves again from a finished or cancelled solve, keeping the given locks and forbidden moves.
   */
  public String resolve(
      String id, List<PlanRequest.Lock> locks, List<PlanRequest.Forbidden> forbidden) {
    Run run = run(id);
    PlanRequest next = run.request().withLocks(locks, forbidden);
    RotationPlan before = run.plan().get();
    return start(run.policy(), before == null ? next : next.after(before));
  }

  private Run run(String id) {
    Run run = runs.get(id);
    if (run == null) {
      throw new NotFoundException("plan", id);
    }
    return run;
  }

  @PreDestroy
  void shutdown() {
    runs.values().forEach(r -> r.planner().stop());
    executor.shutdownNow();
  }
}
