package vn.luanchuyen.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.planning.solver.Candidate;
import vn.luanchuyen.planning.solver.ConstraintIds;
import vn.luanchuyen.planning.solver.FlowRelaxation;
import vn.luanchuyen.planning.solver.GreedyBaseline;
import vn.luanchuyen.planning.solver.MoveRules;
import vn.luanchuyen.planning.solver.PlanSolver;
import vn.luanchuyen.planning.solver.RotationSchedule;
import vn.luanchuyen.planning.solver.ScheduleBuilder;
import vn.luanchuyen.planning.solver.ScoreBreakdown;
import vn.luanchuyen.planning.solver.Seat;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.screening.ScreeningReport;

/**
 * Proposes rotation plans: screens the registry as of the move date, builds the candidates and
 * seats, draws a greedy baseline and a lower bound, optimises within the time limit, and explains
 * the result. Infeasible instances give the best plan with every broken hard rule named, never an
 * exception. Plain Java: one planner per solve, safe to stop from another thread.
 */
public final class RotationPlanner {

  private final RotationScreening screening = new RotationScreening();
  private final PlanSolver solver = new PlanSolver();

  /** Subgradient rounds of the relaxation per area in one sweep over the areas. */
  private static final int RELAXATION_SWEEP = 10;

  private volatile boolean stopped;

  /** Proposes a plan, reporting every new best plan to {@code progress} while it searches. */
  public RotationPlan propose(
      RegistrySnapshot snapshot,
      Policy policy,
      PlanRequest request,
      Consumer<SolveFigures.Progress> progress) {
    long start = System.nanoTime();
    ScreeningReport report = screening.screen(snapshot, policy, request.asOf());
    RotationSchedule problem = build(snapshot, report, policy, request);
    Duration limit = request.timeLimit() == null ? Duration.ofSeconds(10) : request.timeLimit();
    long deadline = start + Math.min(limit.toNanos() / 2, Duration.ofSeconds(30).toNanos());
    List<SolveFigures.Progress> improvements = new ArrayList<>();

    // The relaxation: one round per area gives a first plan at once; then rounds in sweeps over
    // the areas, each better plan reported, until it converges or half the time is spent.
    FlowRelaxation relaxation = new FlowRelaxation(problem);
    relaxation.improve(1, 0);
    FlowRelaxation.Result relaxed = relaxation.result();
    report(start, relaxed, improvements, progress);
    while (!relaxation.converged() && !stopped && System.nanoTime() < deadline) {
      relaxation.improve(RELAXATION_SWEEP, deadline);
      FlowRelaxation.Result better = relaxation.result();
      if (better.planPenalty().betterThan(relaxed.planPenalty())) {
        report(start, better, improvements, progress);
      }
      relaxed = better;
    }
    relaxed.applyTo(problem);
    long offset = (System.nanoTime() - start) / 1_000_000;

    Duration left =
        request.timeLimit() == null
            ? null
            : request.timeLimit().minusMillis((System.nanoTime() - start) / 1_000_000);
    if (left != null && left.toMillis() < 100) {
      left = Duration.ofMillis(100);
    }
    PlanSolver.Outcome outcome =
        solver.solve(
            problem,
            new PlanSolver.Settings(
                left, request.moveLimit(), request.fullAssert(), true, relaxed.bound()),
            i -> {
              SolveFigures.Progress p = progress(offset, i);
              synchronized (improvements) {
                // the search's starting plan is the relaxation's: only better plans are news
                if (!p.penalty().betterThan(improvements.get(improvements.size() - 1).penalty())) {
                  return;
                }
                improvements.add(p);
              }
              progress.accept(p);
            });
    ScoreBreakdown score = outcome.breakdown();

    RotationSchedule baseline = build(snapshot, report, policy, request);
    GreedyBaseline.apply(baseline);
    ScoreBreakdown baselineScore = PlanSolver.analyse(baseline);
    List<SolveFigures.Progress> found;
    synchronized (improvements) {
      found = List.copyOf(improvements);
    }
    SolveFigures figures =
        SolveFigures.of(
            baselineScore.penalty(),
            relaxed.bound(),
            score.penalty(),
            found.stream()
                .filter(p -> p.penalty().feasible())
                .mapToLong(SolveFigures.Progress::millis)
                .min()
                .orElse(-1),
            found);
    return PlanExplanation.of(
        snapshot,
        report,
        policy,
        request,
        outcome.schedule(),
        score,
        figures,
        TargetsAfterPlan.measure(screening, snapshot, report, policy, request, outcome.schedule()));
  }

  private static void report(
      long start,
      FlowRelaxation.Result relaxed,
      List<SolveFigures.Progress> improvements,
      Consumer<SolveFigures.Progress> progress) {
    SolveFigures.Progress found =
        SolveFigures.Progress.of((System.nanoTime() - start) / 1_000_000, relaxed.planPenalty());
    improvements.add(found);
    progress.accept(found);
  }

  private static SolveFigures.Progress progress(long offset, PlanSolver.Improvement i) {
    return SolveFigures.Progress.of(offset + i.millis(), i.penalty());
  }

  /**
   * Scores a plan given entirely by its locks, without searching: a plan edited by hand, to see at
   * once which rules it breaks. Candidates without a lock stay.
   */
  public RotationPlan evaluate(RegistrySnapshot snapshot, Policy policy, PlanRequest request) {
    ScreeningReport report = screening.screen(snapshot, policy, request.asOf());
    RotationSchedule schedule = build(snapshot, report, policy, request);
    FlowRelaxation.Result bound = FlowRelaxation.of(schedule, 1, 0);
    ScoreBreakdown analysis = PlanSolver.analyse(schedule);
    SolveFigures figures =
        SolveFigures.of(
            analysis.penalty(),
            bound.bound(),
            analysis.penalty(),
            analysis.penalty().feasible() ? 0 : -1,
            List.of());
    return PlanExplanation.of(
        snapshot,
        report,
        policy,
        request,
        schedule,
        analysis,
        figures,
        TargetsAfterPlan.measure(screening, snapshot, report, policy, request, schedule));
  }

  /**
   * The seats of the cadre's area, of the cadre's grade or one up, that a user may send the cadre
   * to by hand, each with the form the move would take or the rules it would break: lawful ones
   * first. Empty when the cadre is not a candidate of the plan.
   */
  public List<SeatOption> options(
      RegistrySnapshot snapshot, Policy policy, PlanRequest request, String cadre) {
    ScreeningReport report = screening.screen(snapshot, policy, request.asOf());
    RotationSchedule schedule = build(snapshot, report, policy, request);
    Candidate c =
        schedule.candidates().stream().filter(x -> x.code().equals(cadre)).findFirst().orElse(null);
    if (c == null) {
      return List.of();
    }
    MoveRules rules = schedule.rules();
    Seat from = c.currentSeat();
    List<SeatOption> options = new ArrayList<>();
    for (Seat s : schedule.seats()) {
      if (!s.area().equals(from.area())
          || s.code().equals(from.code())
          || s.grade() < from.grade()
          || s.grade() > from.grade() + 1) {
        continue;
      }
      List<String> problems = new ArrayList<>();
      Map<String, Object> args =
          Map.of(
              "seat",
              s.name(),
              "unit",
              PlanExplanation.unitName(snapshot, s.unitCode()),
              "cadres",
              c.name());
      if (rules.staysInUnit(c, s)) {
        problems.add(PlanningMessages.render("assign.problem.sameUnit", args));
      }
      if (rules.localBarred(c, s)) {
        problems.add(PlanningMessages.render("assign.problem.local", args));
      }
      if (rules.returning(c, s)) {
        problems.add(PlanningMessages.render("assign.problem.return", args));
      }
      options.add(
          new SeatOption(
              s.code(),
              s.name(),
              PlanExplanation.unitName(snapshot, s.unitCode()),
              s.holderCode() == null
                  ? null
                  : snapshot.cadre(s.holderCode()).map(Cadre::fullName).orElse(s.holderCode()),
              rules.formOf(c, s),
              ScreeningMessages.render(rules.forms().grounds(c.mover(), from.post(), s.post())),
              problems));
    }
    options.sort(
        Comparator.comparing((SeatOption o) -> !o.lawful())
            .thenComparing(SeatOption::unitName)
            .thenComparing(SeatOption::seatName));
    return options;
  }

  /**
   * What the cadre's move brings to the plan: for each rule and preference whose penalty would
   * change if the cadre stayed (every other choice as in the plan), by how much. Empty when the
   * cadre does not move in the plan.
   */
  public List<MoveGain> gain(
      RegistrySnapshot snapshot,
      Policy policy,
      PlanRequest request,
      RotationPlan plan,
      String cadre) {
    ScreeningReport report = screening.screen(snapshot, policy, request.asOf());
    RotationSchedule schedule = build(snapshot, report, policy, request);
    Map<String, Seat> seats = new HashMap<>();
    schedule.seats().forEach(s -> seats.put(s.code(), s));
    Map<String, String> chosen = new HashMap<>();
    plan.movesOnly().forEach(m -> chosen.put(m.cadre(), m.toSeat()));
    Candidate moving = null;
    for (Candidate c : schedule.candidates()) {
      String seat = chosen.get(c.code());
      c.setSeat(seat == null ? null : seats.get(seat));
      if (c.code().equals(cadre) && c.getSeat() != null) {
        moving = c;
      }
    }
    if (moving == null) {
      return List.of();
    }
    ScoreBreakdown with = PlanSolver.analyse(schedule);
    moving.setSeat(null);
    ScoreBreakdown without = PlanSolver.analyse(schedule);
    List<String> order = new ArrayList<>(ConstraintIds.HARD);
    order.addAll(ConstraintIds.MEDIUM);
    order.addAll(ConstraintIds.SOFT);
    List<MoveGain> gains = new ArrayList<>();
    for (String id : order) {
      long change = penaltyOf(without, id) - penaltyOf(with, id);
      if (change != 0) {
        gains.add(
            new MoveGain(
                id,
                PlanningMessages.constraintName(id),
                ConstraintIds.HARD.contains(id),
                ConstraintIds.MEDIUM.contains(id),
                change));
      }
    }
    return gains;
  }

  private static long penaltyOf(ScoreBreakdown score, String constraint) {
    ScoreBreakdown.ConstraintPart part = score.part(constraint);
    return part == null ? 0 : part.penalty();
  }

  /** Stops the running search; {@link #propose} then returns the best plan found so far. */
  public void stop() {
    stopped = true;
    solver.stop();
  }

  private static RotationSchedule build(
      RegistrySnapshot snapshot, ScreeningReport report, Policy policy, PlanRequest request) {
    RotationSchedule schedule =
        new ScheduleBuilder(snapshot, report, policy, request.asOf(), request.scope()).build();
    Map<String, Candidate> candidates = new HashMap<>();
    schedule.candidates().forEach(c -> candidates.put(c.code(), c));
    Map<String, Seat> seats = new HashMap<>();
    schedule.seats().forEach(s -> seats.put(s.code(), s));
    for (PlanRequest.Lock before : request.previous()) {
      Candidate c = candidates.get(before.cadre());
      if (c != null && (before.seat() == null || seats.containsKey(before.seat()))) {
        c.remember(before.seat() == null ? null : seats.get(before.seat()));
      }
    }
    Map<String, java.util.Set<String>> forbidden = new HashMap<>();
    for (PlanRequest.Forbidden f : request.forbidden()) {
      if (f.seat() == null) {
        // the cadre must not move at all: kept in place
        Candidate c = candidates.get(f.cadre());
        if (c != null) {
          c.lockTo(null);
        }
        continue;
      }
      forbidden.computeIfAbsent(f.cadre(), k -> new java.util.HashSet<>()).add(f.seat());
    }
    forbidden.forEach(
        (cadre, seatCodes) -> {
          Candidate c = candidates.get(cadre);
          if (c != null) {
            c.forbid(seatCodes);
          }
        });
    for (PlanRequest.Lock lock : request.locks()) {
      Candidate c = candidates.get(lock.cadre());
      if (c == null) {
        continue;
      }
      Seat seat = lock.seat() == null ? null : seats.get(lock.seat());
      if (lock.seat() != null && seat == null) {
        continue;
      }
      c.lockTo(seat);
    }
    return schedule;
  }
}
