package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.luanchuyen.screening.PolicyLoader;

/** Builders for seats and candidates with everything irrelevant defaulted. */
final class PlanFixture {
  private PlanFixture() {}

  /** The founding policy's limits: promotion allowed, 120 months (60 for must-move heads). */
  static final MoveRules RULES = new MoveRules(true, 120, 60, Set.of("BI_THU"), true);

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
    return new RotationSchedule(
        seats,
        departments,
        units,
        RULES,
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
          unit,
          area,
          role,
          grade,
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
              mustMoveHead,
              remaining,
              localities,
              planned,
              left,
              localLeader,
              offered);
      c.setSeat(target);
      return c;
    }
  }
}
