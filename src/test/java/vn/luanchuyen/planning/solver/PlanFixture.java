package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.screening.LegalForms;

/** Builders for seats and candidates with everything irrelevant defaulted. */
final class PlanFixture {
  private PlanFixture() {}

  /** The move date of the fixtures. */
  static final LocalDate MOVE_DATE = LocalDate.of(2022, 6, 30);

  /**
   * One form, rotation, on the founding policy's limits of a single move: an equivalent post or one
   * grade up for a cadre in planning for it, 120 months (60 for must-move heads and moves into a
   * Party secretary's seat), any other seat; no planning or standing condition. The constraint
   * tests read the rules of a move through it; the forms' own tests use the shipped policies.
   */
  static final MoveRules RULES = rules(true);

  /** The single-form rules, with or without the non-local requirement. */
  static MoveRules rules(boolean nonLocalRequired) {
    Policy hadong = PolicyLoader.fromClasspath("hadong-2022");
    Policy.FormRule rotation =
        new Policy.FormRule(
            AssignmentForm.LUAN_CHUYEN,
            true,
            EnumSet.allOf(Policy.Category.class),
            false,
            true,
            false,
            EnumSet.of(Policy.Destination.SAME_UNIT, Policy.Destination.OTHER_UNIT),
            true,
            Set.of(),
            Set.of(),
            null);
    Policy.Thresholds t = hadong.thresholds();
    Policy.Thresholds thresholds =
        new Policy.Thresholds(
            t.headTenureMonths(),
            t.deputyTenureMonths(),
            120,
            new Policy.RemainingTimeException(true, 60, Set.of("BI_THU")),
            t.youngAgeYears(),
            t.maxGapDays(),
            t.retirementFloorMonths());
    return new MoveRules(
        new LegalForms(withForms(withThresholds(hadong, thresholds), List.of(rotation)), MOVE_DATE),
        nonLocalRequired);
  }

  /** The rules of a single move of a shipped policy, forms and all. */
  static MoveRules rulesOf(String policyId) {
    return new MoveRules(new LegalForms(PolicyLoader.fromClasspath(policyId), MOVE_DATE), true);
  }

  static Policy withForms(Policy p, List<Policy.FormRule> forms) {
    return new Policy(
        p.id(),
        p.name(),
        p.version(),
        p.effective(),
        p.procedure(),
        p.phases(),
        p.rules(),
        p.thresholds(),
        p.eligibility(),
        p.local(),
        p.grassrootsLevels(),
        p.retirement(),
        p.targets(),
        p.planning(),
        new Policy.MoveForms(forms),
        p.succession(),
        p.sources());
  }

  static Policy withThresholds(Policy p, Policy.Thresholds thresholds) {
    return new Policy(
        p.id(),
        p.name(),
        p.version(),
        p.effective(),
        p.procedure(),
        p.phases(),
        p.rules(),
        thresholds,
        p.eligibility(),
        p.local(),
        p.grassrootsLevels(),
        p.retirement(),
        p.targets(),
        p.planning(),
        p.forms(),
        p.succession(),
        p.sources());
  }

  static SeatBuilder aSeat(String code) {
    return new SeatBuilder(code);
  }

  static CandidateBuilder aCandidate(String code) {
    return new CandidateBuilder(code);
  }

  /** A schedule of the given facts weighted as the founding policy says. */
  static RotationSchedule schedule(
      List<Seat> seats,
      List<Department> departments,
      List<LeadershipUnit> units,
      List<Candidate> candidates) {
    return schedule(RULES, seats, departments, units, candidates);
  }

  /** A schedule under the given rules of a move, weighted as the founding policy says. */
  static RotationSchedule schedule(
      MoveRules rules,
      List<Seat> seats,
      List<Department> departments,
      List<LeadershipUnit> units,
      List<Candidate> candidates) {
    return new RotationSchedule(
        seats,
        departments,
        units,
        rules,
        candidates,
        ScheduleBuilder.weights(PolicyLoader.fromClasspath("hadong-2022").planning()));
  }

  /** The weighted score of one constraint in a schedule. */
  static HardMediumSoftLongScore scoreOf(String constraint, RotationSchedule schedule) {
    var part = PlanSolver.analyse(schedule).part(constraint);
    if (part == null) {
      return HardMediumSoftLongScore.ZERO;
    }
    if (part.hard()) {
      return HardMediumSoftLongScore.ofHard(-part.penalty());
    }
    return part.medium()
        ? HardMediumSoftLongScore.ofMedium(-part.penalty())
        : HardMediumSoftLongScore.ofSoft(-part.penalty());
  }

  static long weightOf(String constraint) {
    return PolicyLoader.fromClasspath("hadong-2022").planning().weight(constraint);
  }

  static final class SeatBuilder {
    private final String code;
    private String unit;
    private String area = "HD";
    private String role = "TRUONG_PHONG";
    private int grade = 4;
    private String level = "QUAN";
    private Block block = Block.CHINH_QUYEN;
    private boolean grassroots;
    private String locality = "HD";
    private boolean nonLocalSeat;
    private String department;
    private String holder;

    SeatBuilder(String code) {
      this.code = code;
      this.unit = "U-" + code;
    }

    SeatBuilder inUnit(String u) {
      unit = u;
      return this;
    }

    SeatBuilder role(String r, int g) {
      role = r;
      grade = g;
      return this;
    }

    SeatBuilder ward(String wardLocality) {
      grassroots = true;
      locality = wardLocality;
      level = "PHUONG";
      return this;
    }

    SeatBuilder level(String l) {
      level = l;
      return this;
    }

    SeatBuilder block(Block b) {
      block = b;
      return this;
    }

    SeatBuilder inArea(String a) {
      area = a;
      return this;
    }

    SeatBuilder nonLocalTarget() {
      nonLocalSeat = true;
      return this;
    }

    SeatBuilder deputyOf(String departmentCode) {
      department = departmentCode;
      unit = departmentCode;
      role = "PHO_TRUONG_PHONG";
      grade = 3;
      return this;
    }

    SeatBuilder heldBy(String cadre) {
      holder = cadre;
      return this;
    }

    Seat build() {
      return new Seat(
          code,
          "Ghế " + code,
          new LegalForms.Post(unit, level, block, role, grade),
          area,
          grassroots,
          locality,
          nonLocalSeat,
          department,
          holder);
    }
  }

  static final class CandidateBuilder {
    private final String code;
    private CandidateKind kind = CandidateKind.ELIGIBLE;
    private Seat current;
    private boolean woman;
    private boolean young;
    private boolean mustMoveHead;
    private Integer remaining = 200;
    private boolean standingBarred;
    private final Set<String> localities = new HashSet<>();
    private final Set<String> planned = new HashSet<>();
    private final Set<String> left = new HashSet<>();
    private boolean localLeader;
    private Seat target;
    private final List<Seat> offers = new ArrayList<>();

    CandidateBuilder(String code) {
      this.code = code;
      this.current = aSeat("S-" + code).heldBy(code).build();
    }

    CandidateBuilder mustMove() {
      kind = CandidateKind.MUST_MOVE;
      return this;
    }

    CandidateBuilder youngForGrassroots() {
      kind = CandidateKind.YOUNG_TO_GRASSROOTS;
      young = true;
      return this;
    }

    CandidateBuilder holding(Seat seat) {
      current = seat;
      return this;
    }

    CandidateBuilder woman() {
      woman = true;
      return this;
    }

    CandidateBuilder young() {
      young = true;
      return this;
    }

    CandidateBuilder headWhoMustMove() {
      kind = CandidateKind.MUST_MOVE;
      mustMoveHead = true;
      return this;
    }

    CandidateBuilder monthsLeft(Integer months) {
      remaining = months;
      return this;
    }

    CandidateBuilder localTo(String locality) {
      localities.add(locality);
      return this;
    }

    CandidateBuilder plannedFor(String role) {
      planned.add(role);
      return this;
    }

    CandidateBuilder recentlyLeft(String unit) {
      left.add(unit);
      return this;
    }

    CandidateBuilder disciplined() {
      standingBarred = true;
      return this;
    }

    CandidateBuilder localWardLeaderBelowTarget() {
      localLeader = true;
      return this;
    }

    CandidateBuilder movedTo(Seat seat) {
      target = seat;
      return this;
    }

    /** Seats offered besides the one moved to. */
    CandidateBuilder offered(Seat... seats) {
      offers.addAll(List.of(seats));
      return this;
    }

    private Policy.Category category() {
      return switch (kind) {
        case MUST_MOVE ->
            mustMoveHead ? Policy.Category.HEAD_TENURE : Policy.Category.DEPUTY_TENURE;
        case YOUNG_TO_GRASSROOTS -> Policy.Category.YOUNG_GRASSROOTS;
        case ELIGIBLE -> Policy.Category.ELIGIBILITY;
      };
    }

    Candidate build() {
      List<Seat> offered = new ArrayList<>(offers);
      if (target != null && !offered.contains(target)) {
        offered.add(target);
      }
      Candidate c =
          new Candidate(
              code,
              "Cán bộ " + code,
              kind,
              current,
              woman,
              young,
              new LegalForms.Mover(category(), planned, remaining, mustMoveHead, standingBarred),
              localities,
              left,
              localLeader,
              offered);
      c.setSeat(target);
      return c;
    }
  }
}
