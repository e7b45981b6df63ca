package vn.luanchuyen.approval;

import static vn.luanchuyen.approval.ApprovalMessages.reason;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.luanchuyen.shared.Reason;

/**
 * A case carried through a procedure, as a state machine in plain Java. An open case stands at one
 * step; completing it moves the case to the next step, sending it back returns it to an earlier
 * one, and at the deciding step the collective's conclusion closes it as approved or not approved.
 * Each transition checks its own rules (order, roles, what the step requires, the ballots) and
 * refuses with every reason it finds; a transition returns the case as it is after, and {@link
 * Approvals} stores it.
 *
 * @param currentStep index of the step to be done next (the deciding step once decided)
 * @param decision the decision that carries out an approved case, else null
 */
public record ApprovalCase(
    long id,
    String procedureId,
    String subjectType,
    String subjectId,
    String title,
    int currentStep,
    Status status,
    String openedBy,
    LocalDateTime openedAt,
    Decision decision,
    long version) {

  /** Where a case stands: open at a step, or closed by the collective's conclusion. */
  public enum Status {
    OPEN,
    APPROVED,
    REJECTED;

    /** The conclusion of the deciding step as typed ({@code APPROVED} or {@code REJECTED}). */
    static Status conclusion(String typed) {
      if (APPROVED.name().equals(typed)) {
        return APPROVED;
      }
      if (REJECTED.name().equals(typed)) {
        return REJECTED;
      }
      throw new ApprovalRefused(reason("decide.bad-outcome"));
    }
  }

  public boolean open() {
    return status == Status.OPEN;
  }

  /**
   * Refuses opening a case unless its subject and title are given and the actor may act at the
   * procedure's first step.
   */
  static void checkOpening(
      Procedure p, String subjectType, String subjectId, String title, Actor actor) {
    if (!StepInput.filled(subjectType) || !StepInput.filled(subjectId)) {
      throw new ApprovalRefused(reason("open.no-subject"));
    }
    if (!StepInput.filled(title)) {
      throw new ApprovalRefused(reason("open.no-title"));
    }
    if (!p.step(0).mayAct(actor)) {
      throw new ApprovalRefused(reason("open.not-allowed", "user", actor.username()));
    }
  }

  /**
   * Completes the current step of a case whose subject no module describes: the case moves to the
   * next step.
   */
  public ApprovalCase complete(Procedure p, String stepId, Actor actor, StepInput input) {
    return complete(p, stepId, actor, input, UNDESCRIBED, Set.of());
  }

  /**
   * Completes {@code stepId}, which must be the case's current step and not the deciding one, with
   * what it requires; the case moves to the next step. A step requiring the meeting with the cadres
   * needs a meeting recorded for every cadre still in the case, and names each cadre without one;
   * only when no module describes the case's subject (no cadres are known) does a single note of
   * the meeting and wishes stand in.
   *
   * @param met the codes of the cadres whose meeting is recorded
   */
  public ApprovalCase complete(
      Procedure p,
      String stepId,
      Actor actor,
      StepInput input,
      CaseCadres cadres,
      Set<String> met) {
    if (open() && currentStep == p.decidingIndex() && stepId.equals(p.step(currentStep).id())) {
      throw new ApprovalRefused(reason("step.deciding-needs-conclusion"));
    }
    Procedure.Step step = checkCurrent(p, stepId, actor);
    List<Reason> missing = missing(step, input, cadres.described());
    if (!missing.isEmpty()) {
      throw new ApprovalRefused(reason("step.missing", "step", step.name(), "missing", missing));
    }
    if (cadres.described() && step.requires().contains(Requirement.CADRE_MEETING)) {
      Optional<Reason> notMet = cadresNotMet(cadres, met);
      if (notMet.isPresent()) {
        throw new ApprovalRefused(notMet.get());
      }
    }
    return atStep(currentStep + 1);
  }

  /**
   * Sends the open case back to {@code toStepId}, a step before the current one, with the reason;
   * the case returns to that step and its later steps are done again.
   */
  public ApprovalCase sendBack(Procedure p, String toStepId, Actor actor, String reason) {
    Procedure.Step current = checkOpenAndRole(p, actor);
    int to = p.indexOf(toStepId);
    if (to < 0 || to >= currentStep) {
      throw new ApprovalRefused(reason("send-back.not-earlier", "step", current.name()));
    }
    if (!StepInput.filled(reason)) {
      throw new ApprovalRefused(reason("send-back.no-reason"));
    }
    return atStep(to);
  }

  /**
   * Concludes the case at its deciding step: {@code APPROVED} or {@code REJECTED}. The case must be
   * at the deciding step with what it requires. An approval needs the decision that carries it out
   * and, when the step requires passed ballots, is refused for every cadre still in the case whose
   * latest round is not confirmed or whose latest confirmed round failed (a failed move is voted on
   * again or taken out of the case); every such cadre is named.
   *
   * @return the closed case, with the decision when approved
   */
  public ApprovalCase decide(
      Procedure p,
      String outcome,
      Actor actor,
      StepInput input,
      Decision decision,
      List<TallyResult> tallies,
      CaseCadres cadres) {
    Status conclusion = Status.conclusion(outcome);
    Procedure.Step step = checkCurrent(p, p.step(p.decidingIndex()).id(), actor);
    List<Reason> missing = missing(step, input, false);
    missing.removeIf(r -> r.code().equals(BALLOT_PASSED));
    if (!missing.isEmpty()) {
      throw new ApprovalRefused(reason("decide.missing", "missing", missing));
    }
    if (conclusion == Status.REJECTED) {
      return closedAs(Status.REJECTED, null);
    }
    if (step.requires().contains(Requirement.BALLOT_PASSED)) {
      List<Reason> problems = unresolvedBallots(p, tallies, cadres);
      if (!problems.isEmpty()) {
        throw new ApprovalRefused(problems);
      }
    }
    List<Reason> incomplete = decision == null ? Decision.NOTHING_GIVEN : decision.problems();
    if (!incomplete.isEmpty()) {
      throw new ApprovalRefused(reason("decide.decision-incomplete", "missing", incomplete));
    }
    return closedAs(Status.APPROVED, decision);
  }

  /** Whether the clerk may enter tallies: one of the deciding step's roles. */
  public static boolean mayTally(Procedure p, Actor clerk) {
    return p.step(p.decidingIndex()).mayAct(clerk);
  }

  /**
   * Refuses one clerk's entry of a tally unless the case is open at its deciding step, the clerk
   * may tally, the cadre is in the case and still in it, the quorum was reached, the round follows
   * an entered round that did not pass, the round is not confirmed yet, and the clerk is not the
   * one who entered it first. Every problem of the entry is reported.
   *
   * @param rounds the tallies entered so far of a cadre (by code), every round
   * @return the cadre's code as the case's subject spells it
   */
  public String enterTally(
      Procedure p,
      CaseCadres cadres,
      String typedCandidate,
      int round,
      Tally tally,
      Actor clerk,
      Function<String, List<TallyResult>> rounds) {
    if (!open() || currentStep != p.decidingIndex()) {
      throw new ApprovalRefused(reason("tally.not-deciding"));
    }
    if (!mayTally(p, clerk)) {
      throw new ApprovalRefused(reason("tally.not-allowed", "user", clerk.username()));
    }
    if (!StepInput.filled(typedCandidate) || round < 1) {
      throw new ApprovalRefused(reason("tally.no-candidate-or-round"));
    }
    Optional<Reason> notInCase = notInCase(cadres, typedCandidate);
    if (notInCase.isPresent()) {
      throw new ApprovalRefused(notInCase.get());
    }
    String code = cadres.code(typedCandidate).orElseThrow();
    List<TallyResult> entered = rounds.apply(code);
    List<Reason> problems = new ArrayList<>();
    withdrawn(cadres, code).ifPresent(problems::add);
    quorumNotReached(p, tally).ifPresent(problems::add);
    roundOutOfTurn(cadres, code, round, entered).ifPresent(problems::add);
    TallyResult same = entered.stream().filter(t -> t.round() == round).findFirst().orElse(null);
    if (same != null && same.status() == TallyResult.Status.CONFIRMED) {
      problems.add(reason("tally.confirmed", "cadre", cadres.named(code), "round", round));
    } else if (same != null
        && same.status() == TallyResult.Status.WAITING
        && same.clerks().contains(clerk.username())) {
      problems.add(reason("tally.same-clerk", "clerk", clerk.username()));
    }
    if (!problems.isEmpty()) {
      throw new ApprovalRefused(problems);
    }
    return code;
  }

  /**
   * Refuses recording the meeting with a cadre unless the case is open, the actor may act at its
   * current step, the cadre is in the case and still in it, the day is given and not after {@code
   * today}, and what was said and the cadre's wishes are written. Every problem is reported.
   *
   * @return the cadre's code as the case's subject spells it
   */
  public String meetCadre(
      Procedure p,
      Actor actor,
      CaseCadres cadres,
      String typed,
      LocalDate metOn,
      String content,
      String wishes,
      LocalDate today) {
    checkOpenAndRole(p, actor);
    Optional<Reason> notInCase = notInCase(cadres, typed);
    if (notInCase.isPresent()) {
      throw new ApprovalRefused(notInCase.get());
    }
    String code = cadres.code(typed).orElseThrow();
    List<Reason> problems = new ArrayList<>();
    withdrawn(cadres, code).ifPresent(problems::add);
    if (metOn == null) {
      problems.add(reason("meeting.no-day", "cadre", cadres.named(code)));
    } else if (metOn.isAfter(today)) {
      problems.add(reason("meeting.future-day", "cadre", cadres.named(code), "day", metOn));
    }
    if (!StepInput.filled(content)) {
      problems.add(reason("meeting.no-content", "cadre", cadres.named(code)));
    }
    if (!StepInput.filled(wishes)) {
      problems.add(reason("meeting.no-wishes", "cadre", cadres.named(code)));
    }
    if (!problems.isEmpty()) {
      throw new ApprovalRefused(problems);
    }
    return code;
  }

  /**
   * Refuses taking a cadre's move out of the case unless the case is open, the actor may act at its
   * current step, a reason is given, the cadre is in the case and not yet taken out, and at least
   * one other move stays in the case (a case with none left is concluded as not approved).
   *
   * @return the cadre's code as the case's subject spells it
   */
  public String withdraw(Procedure p, Actor actor, CaseCadres cadres, String typed, String reason) {
    checkOpenAndRole(p, actor);
    List<Reason> problems = new ArrayList<>();
    if (!StepInput.filled(reason)) {
      problems.add(reason("withdraw.no-reason"));
    }
    Optional<Reason> notInCase = notInCase(cadres, typed);
    if (notInCase.isPresent()) {
      problems.add(notInCase.get());
      throw new ApprovalRefused(problems);
    }
    String code = cadres.code(typed).orElseThrow();
    if (cadres.withdrawn().containsKey(code)) {
      problems.add(reason("withdraw.already", "cadre", cadres.named(code)));
    } else if (cadres.stillIn().size() <= 1) {
      problems.add(reason("withdraw.last", "cadre", cadres.named(code)));
    }
    if (!problems.isEmpty()) {
      throw new ApprovalRefused(problems);
    }
    return code;
  }

  /**
   * Refuses attaching a file unless the case is open and the actor may act at its current step.
   *
   * @return the step the file is attached at
   */
  public Procedure.Step attachAt(Procedure p, Actor actor) {
    Procedure.Step step = p.step(currentStep);
    if (!open()) {
      throw new ApprovalRefused(reason("attach.closed"));
    }
    if (!step.mayAct(actor)) {
      throw new ApprovalRefused(
          reason("attach.not-allowed", "user", actor.username(), "step", step.name()));
    }
    return step;
  }

  /** The same case, still open, standing at another step. */
  private ApprovalCase atStep(int step) {
    return with(step, status, decision);
  }

  /** The same case closed by the collective's conclusion, with the decision of an approval. */
  private ApprovalCase closedAs(Status conclusion, Decision carriedOutBy) {
    return with(currentStep, conclusion, carriedOutBy);
  }

  /**
   * The one copy of a case with what a transition changes (its step, status and decision); what the
   * case is about, who opened it and the version read stay as they are.
   */
  private ApprovalCase with(int step, Status to, Decision carriedOutBy) {
    return new ApprovalCase(
        id,
        procedureId,
        subjectType,
        subjectId,
        title,
        step,
        to,
        openedBy,
        openedAt,
        carriedOutBy,
        version);
  }

  /** The cadres still in the case without a recorded meeting, named in the case's order. */
  static Optional<Reason> cadresNotMet(CaseCadres cadres, Set<String> met) {
    List<String> notMet =
        cadres.stillIn().stream().filter(code -> !met.contains(code)).map(cadres::named).toList();
    return notMet.isEmpty()
        ? Optional.empty()
        : Optional.of(
            reason(
                "step.cadre-meeting-missing",
                "cadres",
                notMet,
                "missing",
                notMet.size(),
                "total",
                cadres.stillIn().size()));
  }

  /**
   * The ballots that keep a case from being approved: none confirmed at all, or, for each cadre
   * still in the case (every cadre tallied when no module describes the subject), a latest round
   * not yet confirmed or a latest confirmed round that failed.
   */
  static List<Reason> unresolvedBallots(Procedure p, List<TallyResult> tallies, CaseCadres cadres) {
    List<TallyResult> latest = latestPerCandidate(tallies);
    if (latest.isEmpty()) {
      return List.of(reason("decide.no-ballot"));
    }
    List<String> counted = cadres.described() ? cadres.stillIn() : null;
    List<Reason> problems = new ArrayList<>();
    for (TallyResult t : latest) {
      if (counted != null && !counted.contains(t.candidate())) {
        continue;
      }
      String cadre = cadres.named(t.candidate());
      if (t.status() != TallyResult.Status.CONFIRMED) {
        problems.add(reason("decide.ballot-unconfirmed", "cadre", cadre, "round", t.round()));
      } else if (!t.passed()) {
        problems.add(
            reason(
                "decide.ballot-failed",
                "cadre",
                cadre,
                "round",
                t.round(),
                "agree",
                t.tally().agree(),
                "members",
                t.tally().members(),
                "passAbove",
                p.passAbove().toString(),
                "nextRound",
                t.round() + 1));
      }
    }
    return problems;
  }

  /** A cadre the case is not about: unknown, or without a move in the case's subject. */
  static Optional<Reason> notInCase(CaseCadres cadres, String typed) {
    String shown = typed == null ? "" : typed.trim();
    if (!cadres.described()) {
      return Optional.of(reason("cadre.subject-unknown", "code", shown));
    }
    if (cadres.code(typed).isEmpty()) {
      return Optional.of(reason("cadre.not-in-case", "code", shown));
    }
    return Optional.empty();
  }

  /** A cadre whose move was taken out of the case. */
  static Optional<Reason> withdrawn(CaseCadres cadres, String code) {
    Withdrawal w = cadres.withdrawn().get(code);
    return w == null
        ? Optional.empty()
        : Optional.of(reason("cadre.withdrawn", "cadre", cadres.named(code), "reason", w.reason()));
  }

  /** Fewer members present than the quorum: the collective could not vote. */
  static Optional<Reason> quorumNotReached(Procedure p, Tally tally) {
    return tally.quorumMet(p)
        ? Optional.empty()
        : Optional.of(
            reason(
                "tally.no-quorum",
                "present",
                tally.present(),
                "members",
                tally.members(),
                "quorum",
                p.quorum().toString()));
  }

  /**
   * A round that does not follow on: a later round before the one before it was entered, or any
   * round after one confirmed as passed. Rounds are kept, never overwritten.
   */
  static Optional<Reason> roundOutOfTurn(
      CaseCadres cadres, String code, int round, List<TallyResult> entered) {
    Optional<TallyResult> passed =
        entered.stream()
            .filter(t -> t.status() == TallyResult.Status.CONFIRMED && t.passed())
            .filter(t -> t.round() < round)
            .findFirst();
    if (passed.isPresent()) {
      return Optional.of(
          reason(
              "tally.already-passed",
              "cadre",
              cadres.named(code),
              "passedRound",
              passed.get().round(),
              "round",
              round));
    }
    if (round > 1 && entered.stream().noneMatch(t -> t.round() == round - 1)) {
      return Optional.of(
          reason(
              "tally.round-skipped",
              "cadre",
              cadres.named(code),
              "round",
              round,
              "previous",
              round - 1));
    }
    return Optional.empty();
  }

  /** For each candidate, the result of the latest round entered. */
  static List<TallyResult> latestPerCandidate(List<TallyResult> tallies) {
    Map<String, TallyResult> latest = new TreeMap<>();
    for (TallyResult t : tallies) {
      latest.merge(t.candidate(), t, (a, b) -> a.round() >= b.round() ? a : b);
    }
    return List.copyOf(latest.values());
  }

  private Procedure.Step checkCurrent(Procedure p, String stepId, Actor actor) {
    Procedure.Step current = checkOpenAndRole(p, actor);
    if (!current.id().equals(stepId)) {
      int asked = p.indexOf(stepId);
      throw new ApprovalRefused(
          reason(
              "step.out-of-order",
              "step",
              asked < 0 ? stepId : p.step(asked).name(),
              "number",
              currentStep + 1,
              "current",
              current.name()));
    }
    return current;
  }

  private Procedure.Step checkOpenAndRole(Procedure p, Actor actor) {
    if (!open()) {
      throw new ApprovalRefused(reason("case.closed"));
    }
    Procedure.Step current = p.step(currentStep);
    if (!current.mayAct(actor)) {
      throw new ApprovalRefused(
          reason("step.no-role", "user", actor.username(), "step", current.name()));
    }
    return current;
  }

  /** The code of the requirement the deciding step checks from the ballots, not the input. */
  private static final String BALLOT_PASSED = "requirement.ballot-passed";

  private static final CaseCadres UNDESCRIBED = new CaseCadres(false, Map.of(), Map.of());

  /** What the step requires and the input lacks, each as the requirement's label. */
  private static List<Reason> missing(Procedure.Step step, StepInput in, boolean cadresKnown) {
    List<Reason> out = new ArrayList<>();
    for (Requirement r : Requirement.values()) {
      if (!step.requires().contains(r)) {
        continue;
      }
      switch (r) {
        case COMMENT -> {
          if (!StepInput.filled(in.comment())) {
            out.add(reason("requirement.comment"));
          }
        }
        case UNITS_CONSULTED -> {
          if (!StepInput.filled(in.unitsConsulted())) {
            out.add(reason("requirement.units-consulted"));
          }
        }
        case APPRAISAL -> {
          if (!StepInput.filled(in.appraisal())) {
            out.add(reason("requirement.appraisal"));
          }
        }
        case CADRE_MEETING -> {
          if (cadresKnown) {
            continue;
          }
          if (!StepInput.filled(in.cadreMeeting())) {
            out.add(reason("requirement.cadre-meeting"));
          }
          if (!StepInput.filled(in.cadreWishes())) {
            out.add(reason("requirement.cadre-wishes"));
          }
        }
        case BALLOT_PASSED -> out.add(reason(BALLOT_PASSED));
      }
    }
    return out;
  }
}
