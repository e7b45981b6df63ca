package vn.luanchuyen.planning.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.screening.LegalForms;

/**
 * A cadre the plan may move: the seat the cadre holds, the facts the constraints read, and the
 * planning variable, the seat the cadre is moved to (null: the cadre stays).
 */
@PlanningEntity(comparatorClass = CandidateDifficulty.class)
public class Candidate {

  @PlanningId private String code;
  private String name;
  private CandidateKind kind;
  private Seat currentSeat;
  private boolean woman;
  private boolean young;
  private LegalForms.Mover mover;
  private Set<String> localities;
  private Set<String> recentlyLeftUnits;
  private boolean localWardLeaderBelowTarget;
  private List<Seat> acceptableSeats;
  private boolean locked;
  private NoSeatReason noSeatReason;
  private Map<AssignmentForm, String> formFailures = Map.of();
  private boolean hasPrevious;
  private Seat previousSeat;

  @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "acceptableSeats")
  private Seat seat;

  Candidate() {}

  /**
   * A candidate who stays until the solver moves them.
   *
   * @param mover the cadre as the forms of a move see them: why a candidate, roles in planning,
   *     months to retirement, a two-term head or not, standing
   * @param localities the places that make the cadre local (locality codes)
   * @param recentlyLeftUnits units the cadre left within the policy's return ban
   * @param localWardLeaderBelowTarget the cadre holds a seat of the non-local target, is local to
   *     it, and the target is not met in the area
   * @param acceptableSeats the seats the solver may choose from
   */
  public Candidate(
      String code,
      String name,
      CandidateKind kind,
      Seat currentSeat,
      boolean woman,
      boolean young,
      LegalForms.Mover mover,
      Set<String> localities,
      Set<String> recentlyLeftUnits,
      boolean localWardLeaderBelowTarget,
      List<Seat> acceptableSeats) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.currentSeat = currentSeat;
    this.woman = woman;
    this.young = young;
    this.mover = mover;
    this.localities = Set.copyOf(localities);
    this.recentlyLeftUnits = Set.copyOf(recentlyLeftUnits);
    this.localWardLeaderBelowTarget = localWardLeaderBelowTarget;
    this.acceptableSeats = List.copyOf(acceptableSeats);
  }

  @ValueRangeProvider(id = "acceptableSeats")
  public List<Seat> getAcceptableSeats() {
    return acceptableSeats;
  }

  @PlanningPin
  public boolean isLocked() {
    return locked;
  }

  public void setLocked(boolean locked) {
    this.locked = locked;
  }

  /** Sets the seats the solver may choose from, once they are known. */
  void offer(List<Seat> seats) {
    acceptableSeats = List.copyOf(seats);
  }

  /**
   * Keeps this choice: the solver will not change it. A seat the solver would not offer is added to
   * the choices so that the constraints can say which rules the move breaks.
   *
   * @param target the seat, or null: the cadre stays
   */
  public void lockTo(Seat target) {
    if (target != null && !acceptableSeats.contains(target)) {
      List<Seat> more = new java.util.ArrayList<>(acceptableSeats);
      more.add(target);
      acceptableSeats = List.copyOf(more);
    }
    seat = target;
    locked = true;
  }

  /**
   * Remembers the cadre's choice in the plan being solved again: keeping it is a preference
   * (stability), so a new solve changes only what it must.
   *
   * @param previous the seat the cadre took, or null: the cadre stayed
   */
  public void remember(Seat previous) {
    hasPrevious = true;
    previousSeat = previous;
  }

  /** Whether the current choice differs from the one in the plan solved before. */
  public boolean departsFromPreviousPlan() {
    return hasPrevious && !java.util.Objects.equals(seat, previousSeat);
  }

  /** Whether choosing {@code s} (null: staying) differs from the plan solved before. */
  boolean departsFromPreviousPlan(Seat s) {
    return hasPrevious && !java.util.Objects.equals(s, previousSeat);
  }

  /** Leaves the listed seats out of the solver's choices (forbidden moves). */
  public void forbid(Set<String> seatCodes) {
    acceptableSeats = acceptableSeats.stream().filter(s -> !seatCodes.contains(s.code())).toList();
    if (acceptableSeats.isEmpty() && noSeatReason == null) {
      noSeatReason = NoSeatReason.FORBIDDEN;
    }
  }

  void noSeatBecause(NoSeatReason reason) {
    noSeatReason = reason;
  }

  /**
   * Records, per enabled form, why no seat is offered under it (a code of {@code noSeat.<code>} in
   * {@code i18n/planning}); a form with seats offered has none.
   */
  void formFailures(Map<AssignmentForm, String> failures) {
    formFailures = Map.copyOf(failures);
  }

  /** Per form, why no seat is offered under it; forms with seats offered are absent. */
  public Map<AssignmentForm, String> formFailures() {
    return formFailures;
  }

  /**
   * Why a cadre who stays has no seat: set when no seat could be offered at all; otherwise, for a
   * candidate left in place, whether the user kept them or every acceptable seat went elsewhere.
   */
  public NoSeatReason whyNoSeat() {
    if (noSeatReason != null) {
      return noSeatReason;
    }
    if (locked && seat == null) {
      return NoSeatReason.LOCKED;
    }
    return NoSeatReason.SEATS_TAKEN;
  }

  public Seat getSeat() {
    return seat;
  }

  public void setSeat(Seat seat) {
    this.seat = seat;
  }

  public boolean moves() {
    return seat != null;
  }

  public boolean stays() {
    return seat == null;
  }

  public boolean mustMove() {
    return kind == CandidateKind.MUST_MOVE;
  }

  public boolean localTo(Seat s) {
    return s.locality() != null && localities.contains(s.locality());
  }

  public boolean plannedFor(Seat s) {
    return mover.plannedRoles().contains(s.roleKey());
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public CandidateKind kind() {
    return kind;
  }

  public Seat currentSeat() {
    return currentSeat;
  }

  public boolean woman() {
    return woman;
  }

  public boolean young() {
    return young;
  }

  public LegalForms.Mover mover() {
    return mover;
  }

  public Integer remainingMonths() {
    return mover.remainingMonths();
  }

  public Set<String> recentlyLeftUnits() {
    return recentlyLeftUnits;
  }

  public boolean localWardLeaderBelowTarget() {
    return localWardLeaderBelowTarget;
  }

  @Override
  public String toString() {
    return code + (seat == null ? " stays" : " -> " + seat.code());
  }
}
