package vn.luanchuyen.planning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.List;

/**
 * The rules of a rotation plan. Hard constraints are the policy's and the law's limits; soft ones
 * are the plan's preferences, weighted by the policy ({@link ConstraintIds}). Each constraint
 * justifies its matches with the cadres involved.
 */
public class RotationConstraints implements ConstraintProvider {

  private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
  private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
  private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      oneCadrePerSeat(factory),
      seatIsTakenOnlyWhenItsHolderMoves(factory),
      mustMoveCadreLeavesPostAndUnit(factory),
      mustMoveCadreIsPlaced(factory),
      moveTakesALawfulForm(factory),
      noLocalCadreAsWardSecretaryOrChair(factory),
      noReturnToARecentUnit(factory),
      nonLocalWardLeaders(factory),
      departmentDeputiesTowardTwo(factory),
      departmentDeputiesEvenlySpread(factory),
      planningFit(factory),
      youngCadreGainsGrassrootsExperience(factory),
      fewestMovesBeyondRequired(factory),
      unitKeepsALeader(factory),
      womenAndYoungBalance(factory),
      vacatedSeatIsFilled(factory),
      keepsThePreviousPlan(factory)
    };
  }

  /** A seat is given to at most one cadre. */
  Constraint oneCadrePerSeat(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(Candidate.class, equal(Candidate::getSeat))
        .penalize(HARD)
        .justifyWith(
            (a, b, score) ->
                new PlanJustification(
                    List.of(a.code(), b.code()), a.getSeat().code(), a.getSeat().unitCode(), 2))
        .asConstraint(ConstraintIds.ONE_CADRE_PER_SEAT);
  }

  /** A seat held by a candidate can be given to another only if its holder moves away. */
  Constraint seatIsTakenOnlyWhenItsHolderMoves(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .join(
            factory.forEachIncludingUnassigned(Candidate.class).filter(Candidate::stays),
            equal(Candidate::getSeat, Candidate::currentSeat))
        .penalize(HARD)
        .justifyWith(
            (mover, holder, score) ->
                new PlanJustification(
                    List.of(mover.code(), holder.code()),
                    mover.getSeat().code(),
                    mover.getSeat().unitCode(),
                    1))
        .asConstraint(ConstraintIds.SEAT_TAKEN_ONLY_WHEN_HOLDER_MOVES);
  }

  /** A cadre whom screening requires to move, when moved, leaves both the post and the unit. */
  Constraint mustMoveCadreLeavesPostAndUnit(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .join(MoveRules.class)
        .filter((c, rules) -> rules.staysInUnit(c, c.getSeat()))
        .penalize(HARD)
        .justifyWith((c, rules, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.MUST_MOVE_LEAVES);
  }

  /**
   * A cadre whom screening requires to move gets a seat. Not hard: when no acceptable seat is left
   * (too little working time, no equivalent post, every fitting seat taken) the plan stays
   * acceptable and names the cadre with the reason, above every preference.
   */
  Constraint mustMoveCadreIsPlaced(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Candidate.class)
        .filter(c -> c.mustMove() && c.stays())
        .penalize(MEDIUM)
        .justifyWith((c, score) -> PlanJustification.of(c, c.currentSeat()))
        .asConstraint(ConstraintIds.MUST_MOVE_PLACED);
  }

  /**
   * A move takes a legal form (rotation, position change, transfer) whose conditions the cadre and
   * the move meet: an equivalent post (one grade up only where the form allows it), the working
   * time left, planning and standing, the destination.
   */
  Constraint moveTakesALawfulForm(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .join(MoveRules.class)
        .filter((c, rules) -> !rules.lawful(c, c.getSeat()))
        .penalize(HARD)
        .justifyWith((c, rules, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.LAWFUL_FORM);
  }

  /** Where the policy wants non-local ward secretaries and chairs, no local cadre is moved in. */
  Constraint noLocalCadreAsWardSecretaryOrChair(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .join(MoveRules.class)
        .filter((c, rules) -> rules.localBarred(c, c.getSeat()))
        .penalize(HARD)
        .justifyWith((c, rules, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.NO_LOCAL_WARD_LEADER);
  }

  /** No move back to a unit the cadre left within the policy's number of years. */
  Constraint noReturnToARecentUnit(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .join(MoveRules.class)
        .filter((c, rules) -> rules.returning(c, c.getSeat()))
        .penalize(HARD)
        .justifyWith((c, rules, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.NO_RETURN);
  }

  /** While the non-local target is not met, a local ward secretary or chair should not stay. */
  Constraint nonLocalWardLeaders(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Candidate.class)
        .filter(c -> c.stays() && c.localWardLeaderBelowTarget())
        .penalize(SOFT)
        .justifyWith((c, score) -> PlanJustification.of(c, c.currentSeat()))
        .asConstraint(ConstraintIds.NON_LOCAL_WARD_LEADERS);
  }

  /**
   * Decree 108/2020: the departments of an area average the target's deputies (2 each): penalised
   * by how far the area's total is from the goal times the departments.
   */
  Constraint departmentDeputiesTowardTwo(ConstraintFactory factory) {
    return headcounts(factory)
        .join(Department.class, equal(Headcount::unit, Department::code))
        .groupBy((h, d) -> d.area(), sum((h, d) -> h.count()))
        .join(DeputyArea.class, equal((area, deputies) -> area, DeputyArea::area))
        .filter((area, deputies, a) -> deputies != a.goalTotal())
        .penalize(SOFT, (area, deputies, a) -> Math.abs(deputies - a.goalTotal()))
        .justifyWith(
            (area, deputies, a, score) ->
                new PlanJustification(List.of(), null, null, Math.abs(deputies - a.goalTotal())))
        .asConstraint(ConstraintIds.DEPUTIES_TOWARD_TWO);
  }

  /** A weaker wish: each department near the goal, so that the average is not one full unit. */
  Constraint departmentDeputiesEvenlySpread(ConstraintFactory factory) {
    return headcounts(factory)
        .groupBy(Headcount::unit, sum(Headcount::count))
        .join(Department.class, equal((unit, deputies) -> unit, Department::code))
        .filter((unit, deputies, d) -> deputies != d.goal())
        .penalize(SOFT, (unit, deputies, d) -> Math.abs(deputies - d.goal()))
        .justifyWith(
            (unit, deputies, d, score) -> new PlanJustification(List.of(), null, unit, deputies))
        .asConstraint(ConstraintIds.DEPUTIES_SPREAD);
  }

  /** One contribution per deputy seat counted by the target, after the plan. */
  private static ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream<Headcount>
      headcounts(ConstraintFactory factory) {
    return factory
        .forEach(Department.class)
        .map(d -> new Headcount(d.code(), d.fixedDeputies()))
        .concat(
            factory
                .forEachIncludingUnassigned(Candidate.class)
                .filter(c -> c.stays() && c.currentSeat().departmentCode() != null)
                .map(c -> new Headcount(c.currentSeat().departmentCode(), 1)))
        .concat(
            factory
                .forEach(Candidate.class)
                .filter(c -> c.getSeat().departmentCode() != null)
                .map(c -> new Headcount(c.getSeat().departmentCode(), 1)));
  }

  /** A moved cadre goes to a role they are in planning for. */
  Constraint planningFit(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .filter(c -> !c.plannedFor(c.getSeat()))
        .penalize(SOFT)
        .justifyWith((c, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.PLANNING_FIT);
  }

  /** A young cadre in planning without grassroots leadership is sent to a ward. */
  Constraint youngCadreGainsGrassrootsExperience(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Candidate.class)
        .filter(
            c ->
                c.kind() == CandidateKind.YOUNG_TO_GRASSROOTS
                    && (c.stays() || !c.getSeat().grassroots()))
        .penalize(SOFT)
        .justifyWith((c, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.YOUNG_TO_GRASSROOTS);
  }

  /** Cadres whom no rule requires to move are moved only where it helps. */
  Constraint fewestMovesBeyondRequired(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .filter(c -> c.kind() == CandidateKind.ELIGIBLE)
        .penalize(SOFT)
        .justifyWith((c, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.FEWEST_MOVES);
  }

  /** A unit does not lose all its leaders at once. */
  Constraint unitKeepsALeader(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .groupBy(c -> c.currentSeat().unitCode(), count())
        .join(LeadershipUnit.class, equal((unit, moving) -> unit, LeadershipUnit::code))
        .filter((unit, moving, u) -> moving >= u.leaders())
        .penalize(SOFT)
        .justifyWith(
            (unit, moving, u, score) -> new PlanJustification(List.of(), null, unit, moving))
        .asConstraint(ConstraintIds.UNIT_KEEPS_A_LEADER);
  }

  /** A unit's leadership keeps its women and young cadres: each one lost is penalised. */
  Constraint womenAndYoungBalance(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .filter(c -> c.woman() || c.young())
        .map(c -> new Balance(c.currentSeat().unitCode(), -flag(c.woman()), -flag(c.young())))
        .concat(
            factory
                .forEach(Candidate.class)
                .filter(c -> c.woman() || c.young())
                .map(c -> new Balance(c.getSeat().unitCode(), flag(c.woman()), flag(c.young()))))
        .groupBy(Balance::unit, sum(Balance::women), sum(Balance::young))
        .filter((unit, women, young) -> women < 0 || young < 0)
        .penalize(SOFT, (unit, women, young) -> Math.max(0, -women) + Math.max(0, -young))
        .justifyWith(
            (unit, women, young, score) ->
                new PlanJustification(
                    List.of(), null, unit, Math.max(0, -women) + Math.max(0, -young)))
        .asConstraint(ConstraintIds.WOMEN_AND_YOUNG_BALANCE);
  }

  /** A seat left by a moved cadre is filled by another move. */
  Constraint vacatedSeatIsFilled(ConstraintFactory factory) {
    return factory
        .forEach(Candidate.class)
        .ifNotExists(Candidate.class, equal(Candidate::currentSeat, Candidate::getSeat))
        .penalize(SOFT)
        .justifyWith((c, score) -> PlanJustification.of(c, c.currentSeat()))
        .asConstraint(ConstraintIds.VACATED_SEAT_FILLED);
  }

  /**
   * Solving again after an edit changes only what it must: each candidate whose choice differs from
   * the plan solved before is penalised (no effect on a first solve).
   */
  Constraint keepsThePreviousPlan(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Candidate.class)
        .filter(Candidate::departsFromPreviousPlan)
        .penalize(SOFT)
        .justifyWith((c, score) -> PlanJustification.of(c, c.getSeat()))
        .asConstraint(ConstraintIds.KEEPS_PREVIOUS_PLAN);
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }

  /** A contribution to a department's deputy count. */
  record Headcount(String unit, int count) {}

  /** A contribution to a unit's women and young leaders. */
  record Balance(String unit, int women, int young) {}
}
