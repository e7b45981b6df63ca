package vn.luanchuyen.approval;

import static vn.luanchuyen.approval.ApprovalMessages.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.shared.Reason;

/** The rules of acting on a case, in plain Java: order, roles, requirements, decisions. */
public final class StepRules {

  private StepRules() {}

  /**
   * Refuses completing {@code stepId} of a case whose subject no module describes unless it is the
   * case's current step and may be acted on.
   */
  public static Procedure.Step checkComplete(
      Procedure p, ApprovalCase c, String stepId, Actor actor, StepInput input) {
    return checkComplete(p, c, stepId, actor, input, UNDESCRIBED, Set.of());
  }

  /**
   * Refuses completing {@code stepId} unless it is the case's current step and may be acted on with
   * what it requires. A step requiring the meeting with the cadres needs a meeting recorded for
   * every cadre still in the case, and names each cadre without one; only when no module describes
   * the case's subject (no cadres are known) does a single note of the meeting and wishes stand in.
   *
   * @param met the codes of the cadres whose meeting is recorded
   */
  public static Procedure.Step checkComplete(
      Procedure p,
      ApprovalCase c,
      String stepId,
      Actor actor,
      StepInput input,
      CaseCadres cadres,
      Set<String> met) {
    Procedure.Step step = checkCurrent(p, c, stepId, actor);
    List<String> missing = missing(step, input, cadres.described());
    if (!missing.isEmpty()) {
      throw new ApprovalRefused(
          "Chưa đủ để hoàn thành bước \""
              + step.name()
              + "\": thiếu "
              + String.join(", ", missing));
    }
    if (cadres.described() && step.requires().contains(Requirement.CADRE_MEETING)) {
      cadresNotMet(cadres, met)
          .ifPresent(
              r -> {
                throw new ApprovalRefused(r);
              });
    }
    return step;
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
   * Refuses recording the meeting with a cadre unless the case is open, the actor may act at its
   * current step, the cadre is in the case and still in it, the day is given and not after {@code
   * today}, and what was said and the cadre's wishes are written. Every problem is reported.
   *
   * @return the cadre's code as the case's subject spells it
   */
  public static String checkCadreMeeting(
      Procedure p,
      ApprovalCase c,
      Actor actor,
      CaseCadres cadres,
      String typed,
      LocalDate metOn,
      String content,
      String wishes,
      LocalDate today) {
    checkOpenAndRole(p, c, actor);
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
   * Refuses a decision unless the case is at its deciding step with what it requires. An approval
   * that needs passed ballots is refused for every cadre still in the case whose latest round is
   * not confirmed or whose latest confirmed round failed (a failed move is voted on again or taken
   * out of the case); every such cadre is named.
   */
  public static void checkDecide(
      Procedure p,
      ApprovalCase c,
      String outcome,
      Actor actor,
      StepInput input,
      List<TallyResult> tallies,
      CaseCadres cadres) {
    if (!"APPROVED".equals(outcome) && !"REJECTED".equals(outcome)) {
      throw new ApprovalRefused("Kết luận phải là thông qua hoặc không thông qua");
    }
    Procedure.Step step = checkCurrent(p, c, p.step(p.decidingIndex()).id(), actor);
    List<String> missing = missing(step, input, false);
    missing.remove(LABEL_BALLOT);
    if (!missing.isEmpty()) {
      throw new ApprovalRefused("Chưa đủ để quyết định: thiếu " + String.join(", ", missing));
    }
    if ("APPROVED".equals(outcome) && step.requires().contains(Requirement.BALLOT_PASSED)) {
      List<Reason> problems = unresolvedBallots(p, tallies, cadres);
      if (!problems.isEmpty()) {
        throw new ApprovalRefused(problems);
      }
    }
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

  /**
   * Refuses one clerk's entry of a tally unless the cadre is in the case and still in it, the
   * quorum was reached, the round follows an entered round that did not pass, the round is not
   * confirmed yet, and the clerk is not the one who entered it first. Every problem is reported.
   *
   * @param rounds the cadre's tallies entered so far, every round
   * @return the cadre's code as the case's subject spells it
   */
  public static String checkTally(
      Procedure p,
      CaseCadres cadres,
      String typedCandidate,
      int round,
      Tally tally,
      Actor clerk,
      java.util.function.Function<String, List<TallyResult>> rounds) {
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

  /**
   * Refuses taking a cadre's move out of the case unless the case is open, the actor may act at its
   * current step, a reason is given, the cadre is in the case and not yet taken out, and at least
   * one other move stays in the case (a case with none left is concluded as not approved).
   *
   * @return the cadre's code as the case's subject spells it
   */
  public static String checkWithdraw(
      Procedure p, ApprovalCase c, Actor actor, CaseCadres cadres, String typed, String reason) {
    checkOpenAndRole(p, c, actor);
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

  /** Refuses sending back unless {@code toStepId} is a step before the current one. */
  public static int checkSendBack(
      Procedure p, ApprovalCase c, String toStepId, Actor actor, String reason) {
    Procedure.Step current = checkOpenAndRole(p, c, actor);
    int to = p.indexOf(toStepId);
    if (to < 0 || to >= c.currentStep()) {
      throw new ApprovalRefused(
          "Chỉ trả hồ sơ về một bước trước bước hiện tại (\"" + current.name() + "\")");
    }
    if (!StepInput.filled(reason)) {
      throw new ApprovalRefused("Cần ghi lý do trả hồ sơ về bước trước");
    }
    return to;
  }

  private static Procedure.Step checkCurrent(
      Procedure p, ApprovalCase c, String stepId, Actor actor) {
    Procedure.Step current = checkOpenAndRole(p, c, actor);
    if (!current.id().equals(stepId)) {
      int asked = p.indexOf(stepId);
      String name = asked < 0 ? stepId : p.step(asked).name();
      throw new ApprovalRefused(
          "Không thể thực hiện bước \""
              + name
              + "\": hồ sơ đang ở bước "
              + (c.currentStep() + 1)
              + " \""
              + current.name()
              + "\"; các bước phải làm lần lượt, không bỏ qua");
    }
    return current;
  }

  private static Procedure.Step checkOpenAndRole(Procedure p, ApprovalCase c, Actor actor) {
    if (!c.open()) {
      throw new ApprovalRefused("Hồ sơ đã được quyết định, không thể thay đổi");
    }
    Procedure.Step current = p.step(c.currentStep());
    if (actor.roles().stream().noneMatch(current.roles()::contains)) {
      throw new ApprovalRefused(
          "Người dùng "
              + actor.username()
              + " không có vai trò được thực hiện bước \""
              + current.name()
              + "\"");
    }
    return current;
  }

  static final String LABEL_BALLOT = "kết quả bỏ phiếu kín đạt";

  private static final CaseCadres UNDESCRIBED = new CaseCadres(false, Map.of(), Map.of());

  private static List<String> missing(Procedure.Step step, StepInput in, boolean cadresKnown) {
    List<String> out = new ArrayList<>();
    for (Requirement r : Requirement.values()) {
      if (!step.requires().contains(r)) {
        continue;
      }
      switch (r) {
        case COMMENT -> {
          if (!StepInput.filled(in.comment())) {
            out.add("ý kiến");
          }
        }
        case UNITS_CONSULTED -> {
          if (!StepInput.filled(in.unitsConsulted())) {
            out.add("các đơn vị đã trao đổi");
          }
        }
        case APPRAISAL -> {
          if (!StepInput.filled(in.appraisal())) {
            out.add("văn bản thẩm định");
          }
        }
        case CADRE_MEETING -> {
          if (cadresKnown) {
            continue;
          }
          if (!StepInput.filled(in.cadreMeeting())) {
            out.add("nội dung gặp cán bộ");
          }
          if (!StepInput.filled(in.cadreWishes())) {
            out.add("nguyện vọng của cán bộ");
          }
        }
        case BALLOT_PASSED -> out.add(LABEL_BALLOT);
      }
    }
    return out;
  }

  /** For each candidate, the result of the latest round entered. */
  static List<TallyResult> latestPerCandidate(List<TallyResult> tallies) {
    java.util.Map<String, TallyResult> latest = new java.util.TreeMap<>();
    for (TallyResult t : tallies) {
      latest.merge(t.candidate(), t, (a, b) -> a.round() >= b.round() ? a : b);
    }
    return List.copyOf(latest.values());
  }
}
