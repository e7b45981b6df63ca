package vn.luanchuyen.planning;

import static vn.luanchuyen.planning.PlanningMessages.refusal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalCompleted;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.SeatChange;
import vn.luanchuyen.cadre.SeatChangeRefused;
import vn.luanchuyen.planning.internal.FaultInjection;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.NotFoundException;

/**
 * Carries saved plans through the approval procedure their policy names and out into the registry.
 * A whole version is submitted as subject {@value #PLAN} (id: the version's id), one of its moves
 * as {@value #MOVE} (id: version id, slash, cadre code). When a decision approves a case, its moves
 * are applied in the deciding transaction: every stay left ends the day before the decision takes
 * effect, every new stay begins on that day in its move's form (rotation, transfer or position
 * change) with the decision's number. A plan the registry has moved past since (a cadre no longer
 * in the seat they leave, a seat taken meanwhile) refuses the decision with the list of what
 * changed, and nothing of it is kept.
 */
@Service
public class PlanDecisions {
  public static final String PLAN = "plan-version";
  public static final String MOVE = "plan-move";

  private final PlanVersions versions;
  private final Approvals approvals;
  private final CadreRegistry registry;
  private final ScreeningRuns screening;
  private final JdbcClient jdbc;

  PlanDecisions(
      PlanVersions versions,
      Approvals approvals,
      CadreRegistry registry,
      ScreeningRuns screening,
      JdbcClient jdbc) {
    this.versions = versions;
    this.approvals = approvals;
    this.registry = registry;
    this.screening = screening;
    this.jdbc = jdbc;
  }

  /**
   * Opens an approval case for a saved version, or for one cadre's move in it ({@code cadre} not
   * null), under the procedure the version's policy names.
   */
  @Transactional
  public ApprovalCase submit(long planId, String cadre, Actor actor) {
    SavedPlan plan = versions.get(planId);
    if (!plan.status().submittable()) {
      throw new ApprovalRefused(refusal("submit.not-draft"));
    }
    List<SeatChange> changes = changes(planId, cadre);
    if (changes.isEmpty()) {
      throw new ApprovalRefused(
          cadre == null
              ? refusal("submit.no-moves")
              : refusal("submit.no-move-of-cadre", "cadre", cadre));
    }
    String type = cadre == null ? PLAN : MOVE;
    String id = cadre == null ? String.valueOf(planId) : planId + "/" + cadre;
    for (ApprovalCase open : approvals.casesFor(type, id)) {
      if (open.open()) {
        throw new ApprovalRefused(refusal("submit.case-open", "case", open.id()));
      }
    }
    String procedure = screening.policy(plan.policy()).procedure();
    if (procedure == null || procedure.isBlank()) {
      throw new ApprovalRefused(refusal("submit.no-procedure", "policy", plan.policy()));
    }
    // the title is stored with the case and printed on its documents: Vietnamese papers
    String title =
        cadre == null
            ? PlanningMessages.render(
                "plans.case.title",
                Map.of("plan", plan.name(), "number", plan.number(), "moves", changes.size()))
            : PlanningMessages.render(
                "plans.case.title.move",
                Map.of("plan", plan.name(), "number", plan.number(), "cadre", cadre));
    return approvals.open(procedure, type, id, title, actor);
  }

  /**
   * What changed in the registry that a decision on the case would collide with, if it took effect
   * on {@code effectiveOn}; empty when the plan still fits.
   */
  @Transactional(readOnly = true)
  public List<String> staleness(long planId, String cadre, LocalDate effectiveOn) {
    return registry.seatChangeProblems(changes(planId, cadre), effectiveOn);
  }

  /**
   * The seat changes a case is about: those its decision carried out, once approved; before that
   * (or when rejected), the moves of its plan version, or its one move, not yet carried out. Empty
   * for a case about something other than a plan.
   */
  @Transactional(readOnly = true)
  public List<SeatChange> changesOf(ApprovalCase c) {
    Subject subject;
    try {
      subject = Subject.of(c.subjectType(), c.subjectId());
    } catch (ApprovalRefused e) {
      return List.of();
    }
    if (subject == null) {
      return List.of();
    }
    if (c.status() == ApprovalCase.Status.APPROVED) {
      return jdbc.sql(
              "select cadre_code, from_seat, to_seat, form from planning_move where decided_by_case = ?"
                  + " order by cadre_code, id")
          .param(c.id())
          .query(PlanDecisions::seatChange)
          .list();
    }
    try {
      return changes(subject.planId(), subject.cadre());
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /**
   * The saved version a case is about (the whole version, or the version of its one move); empty
   * for a case about something else, or a version no longer there.
   */
  @Transactional(readOnly = true)
  public Optional<SavedPlan> versionOf(ApprovalCase c) {
    try {
      Subject subject = Subject.of(c.subjectType(), c.subjectId());
      return subject == null ? Optional.empty() : Optional.of(versions.get(subject.planId()));
    } catch (ApprovalRefused | NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * A decision is never edited; to undo it, the board decides a reversal. This saves, as a new
   * draft version named after the plan, every move a decision carried out, backwards: each cadre
   * from the seat they took to the seat they left, in the form of the move undone. It goes through
   * the procedure like any plan.
   */
  @Transactional
  public SavedPlan draftReversal(long planId, LocalDate asOf) {
    SavedPlan plan = versions.get(planId);
    List<SeatChange> decided =
        jdbc.sql(
                "select cadre_code, from_seat, to_seat, form from planning_move where plan_id = ? and"
                    + " decided_by_case is not null order by cadre_code, id")
            .param(planId)
            .query(PlanDecisions::seatChange)
            .list();
    if (decided.isEmpty()) {
      throw new ApprovalRefused(refusal("reverse.nothing-decided"));
    }
    return versions.saveVersion(
        PlanningMessages.render(
            "plans.reversal.name", Map.of("plan", plan.name(), "number", plan.number())),
        plan.policy(),
        asOf,
        0,
        0,
        0,
        decided.stream()
            .map(
                c ->
                    new SavedPlan.Move(c.cadre(), c.toSeat(), c.fromSeat(), c.form(), false, false))
            .toList());
  }

  /** Applies an approved case's moves, or records that a plan was not approved. */
  @EventListener
  void on(ApprovalCompleted completed) {
    Subject subject = Subject.of(completed.subjectType(), completed.subjectId());
    if (subject == null) {
      return;
    }
    if (completed.outcome() != ApprovalCase.Status.APPROVED) {
      if (subject.cadre() == null) {
        setStatus(subject.planId(), versions.get(subject.planId()).status().wholeVersionRejected());
      }
      return;
    }
    List<SeatChange> changes;
    try {
      changes = stillInCase(completed.caseId(), changes(subject.planId(), subject.cadre()));
    } catch (NotFoundException e) {
      throw new ApprovalRefused(refusal("decide.no-version", "version", subject.planId()));
    }
    if (changes.isEmpty()) {
      throw new ApprovalRefused(refusal("decide.nothing-left"));
    }
    // the Standing Committee votes on each cadre by secret ballot; no one moves without it
    Set<String> passed = approvals.passedCandidates(completed.caseId());
    List<String> unvoted =
        changes.stream().map(SeatChange::cadre).filter(c -> !passed.contains(c)).toList();
    if (!unvoted.isEmpty()) {
      throw new ApprovalRefused(
          refusal(
              unvoted.size() > 20 ? "decide.unvoted.more" : "decide.unvoted",
              "count",
              unvoted.size(),
              "cadres",
              unvoted.subList(0, Math.min(20, unvoted.size()))));
    }
    try {
      registry.changeSeats(
          changes,
          completed.decision().effectiveOn(),
          completed.decision().number(),
          FaultInjection.fromSystemProperties());
    } catch (SeatChangeRefused e) {
      throw new ApprovalRefused(
          refusal("decide.registry-changed", "problems", String.join("; ", e.problems())));
    }
    for (SeatChange applied : changes) {
      jdbc.sql(
              "update planning_move set decided_by_case = ? where plan_id = ? and cadre_code = ?"
                  + " and forbidden = false and to_seat is not null and decided_by_case is null")
          .params(completed.caseId(), subject.planId(), applied.cadre())
          .update();
    }
    if (changes(subject.planId(), null).isEmpty()) {
      setStatus(subject.planId(), versions.get(subject.planId()).status().everyMoveCarriedOut());
    }
  }

  /**
   * The moves a decision applies: the case's moves less those taken out of the case (e.g. after a
   * failed ballot); these stay undecided in the plan.
   */
  private List<SeatChange> stillInCase(long caseId, List<SeatChange> changes) {
    Set<String> withdrawn = approvals.withdrawnCandidates(caseId);
    return changes.stream().filter(c -> !withdrawn.contains(c.cadre())).toList();
  }

  private void setStatus(long planId, SavedPlan.Status status) {
    jdbc.sql("update planning_plan set status = ?, version = version + 1 where id = ?")
        .params(status.name(), planId)
        .update();
  }

  /**
   * The seat changes of a saved version's moves not yet carried out (never the forbidden ones), or
   * of one cadre's.
   */
  private List<SeatChange> changes(long planId, String cadre) {
    versions.get(planId);
    return jdbc.sql(
            "select cadre_code, from_seat, to_seat, form from planning_move where plan_id = ? and"
                + " forbidden = false and to_seat is not null and decided_by_case is null"
                + (cadre == null ? "" : " and cadre_code = ?")
                + " order by cadre_code, id")
        .params(cadre == null ? List.of(planId) : List.of(planId, cadre))
        .query(PlanDecisions::seatChange)
        .list();
  }

  /**
   * A saved move as the seat change a decision makes, in the move's form. A move saved without a
   * form (none is, since forms are saved; V13 gave the earlier ones theirs) is a rotation, as every
   * move was before.
   */
  private static SeatChange seatChange(ResultSet rs, int n) throws SQLException {
    AssignmentForm form = PlanVersions.form(rs.getString(4));
    return new SeatChange(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        form == null ? AssignmentForm.LUAN_CHUYEN : form);
  }

  /** The plan version, and the cadre for a single move, that a case is about. */
  record Subject(long planId, String cadre) {
    static Subject of(String type, String id) {
      try {
        if (PLAN.equals(type)) {
          return new Subject(Long.parseLong(id), null);
        }
        if (MOVE.equals(type) && id.contains("/")) {
          int slash = id.indexOf('/');
          return new Subject(Long.parseLong(id.substring(0, slash)), id.substring(slash + 1));
        }
      } catch (NumberFormatException e) {
        throw new ApprovalRefused(refusal("subject.bad-id", "id", id));
      }
      return null;
    }
  }
}
