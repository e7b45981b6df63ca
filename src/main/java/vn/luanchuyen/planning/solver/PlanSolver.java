package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.luanchuyen.planning.Penalty;

/**
 * Runs Timefold on a schedule: construction, then local search until the time limit (or a step
 * limit, for tests), reporting each new best score, and analyses the final score. Built in code,
 * without Spring, so the model stays inside this package.
 */
public final class PlanSolver {

  /** A new best plan: when it was found and its penalty. */
  public record Improvement(long millis, Penalty penalty) {}

  /**
   * How long to search.
   *
   * @param timeLimit the wall-clock limit, or null
   * @param moveLimit a limit on the moves evaluated, or null (tests use it instead of time)
   * @param fullAssert whether to check every score incrementally computed (slow; tests)
   * @param startFromPlan whether the schedule already holds a plan to improve (no construction)
   * @param bound the penalty no plan can beat: the search stops when it reaches it (the plan is
   *     then proven best); null to search until the limits
   */
  public record Settings(
      Duration timeLimit,
      Long moveLimit,
      boolean fullAssert,
      boolean startFromPlan,
      Penalty bound) {
    public static Settings forTime(Duration limit) {
      return new Settings(limit, null, false, false, null);
    }
  }

  /** The plan found and its score analysis (each better plan on the way went to the listener). */
  public record Outcome(RotationSchedule schedule, ScoreBreakdown breakdown) {}

  private final AtomicReference<Solver<RotationSchedule>> running = new AtomicReference<>();
  private volatile boolean stopRequested;

  /** Solves the schedule (changing it in place is left to Timefold: the result is a clone). */
  public Outcome solve(
      RotationSchedule problem, Settings settings, Consumer<Improvement> onImprovement) {
    SolverConfig config = config(settings);
    SolverFactory<RotationSchedule> factory = SolverFactory.create(config);
    Solver<RotationSchedule> solver = factory.buildSolver();
    solver.addEventListener(
        event -> {
          HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
          if (event.isNewBestSolutionInitialized()) {
            onImprovement.accept(new Improvement(event.getTimeMillisSpent(), penalty(score)));
          }
        });
    running.set(solver);
    // Stopped before the search began (e.g. while the relaxation ran): the given plan stands.
    boolean skip = stopRequested && settings.startFromPlan();
    RotationSchedule best;
    try {
      best = skip ? problem : solver.solve(problem);
    } finally {
      running.set(null);
    }
    SolutionManager<RotationSchedule, HardMediumSoftLongScore> manager =
        SolutionManager.create(factory);
    if (skip) {
      manager.update(best);
    }
    ScoreAnalysis<HardMediumSoftLongScore> analysis = manager.analyze(best);
    return new Outcome(best, ScoreBreakdown.of(analysis));
  }

  /**
   * Stops a running solve early; it returns the best plan found so far. Called before the search
   * starts, the search of a given plan is skipped.
   */
  public void stop() {
    stopRequested = true;
    Solver<RotationSchedule> solver = running.get();
    if (solver != null) {
      solver.terminateEarly();
    }
  }

  /** Scores and analyses a schedule as it stands (a baseline, a plan edited by hand). */
  public static ScoreBreakdown analyse(RotationSchedule schedule) {
    return ScoreBreakdown.of(analysis(schedule));
  }

  static ScoreAnalysis<HardMediumSoftLongScore> analysis(RotationSchedule schedule) {
    SolutionManager<RotationSchedule, HardMediumSoftLongScore> manager =
        SolutionManager.create(
            SolverFactory.create(config(Settings.forTime(Duration.ofSeconds(1)))));
    manager.update(schedule);
    return manager.analyze(schedule);
  }

  /** The penalty of a Timefold score (whose levels count down from 0). */
  static Penalty penalty(HardMediumSoftLongScore score) {
    return new Penalty(-score.hardScore(), -score.mediumScore(), -score.softScore());
  }

  static SolverConfig config(Settings settings) {
    TerminationConfig termination = new TerminationConfig();
    if (settings.timeLimit() != null) {
      termination.withSpentLimit(settings.timeLimit());
    }
    if (settings.moveLimit() != null) {
      termination.withMoveCountLimit(settings.moveLimit());
    }
    if (settings.bound() != null) {
      Penalty b = settings.bound();
      termination.withBestScoreLimit(
          HardMediumSoftLongScore.of(-b.hard(), -b.medium(), -b.soft()).toString());
    }
    return new SolverConfig()
        .withSolutionClass(RotationSchedule.class)
        .withEntityClasses(Candidate.class)
        .withConstraintProviderClass(RotationConstraints.class)
        .withEnvironmentMode(
            settings.fullAssert() ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
        .withTerminationConfig(termination)
        .withPhases(phases(settings));
  }

  private static PhaseConfig<?>[] phases(Settings settings) {
    LocalSearchPhaseConfig search = new LocalSearchPhaseConfig();
    if (settings.startFromPlan()) {
      return new PhaseConfig<?>[] {search};
    }
    return new PhaseConfig<?>[] {
      new ConstructionHeuristicPhaseConfig()
          .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
      search
    };
  }
}
