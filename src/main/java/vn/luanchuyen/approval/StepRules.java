package vn.luanchuyen.approval;

import java.util.ArrayList;
import java.util.List;

/** The rules of acting on a case, in plain Java: order, roles, requirements, decisions. */
public final class StepRules {

  private StepRules() {}

  /** Refuses completing {@code stepId} unless it is the case's current step and may be acted on. */
  public static Procedure.Step checkComplete(
      Procedure p, ApprovalCase c, String stepId, Actor actor, StepInput input) {
    Procedure.Step step = checkCurrent(p, c, stepId, actor);
    List<String> missing = missing(step, input);
    if (!missing.isEmpty()) {
      throw new ApprovalRefused(
          "Chưa đủ để hoàn thành bước \""
              + step.name()
              + "\": thiếu "
              + String.join(", ", missing));
    }
    return step;
  }

  /** Refuses a decision unless the case is at its deciding step with what it requires. */
  public static void checkDecide(
      Procedure p,
      ApprovalCase c,
      String outcome,
      Actor actor,
      StepInput input,
      List<TallyResult> tallies) {
    if (!"APPROVED".equals(outcome) && !"REJECTED".equals(outcome)) {
      throw new ApprovalRefused("Kết luận phải là thông qua hoặc không thông qua");
    }
    Procedure.Step step = checkCurrent(p, c, p.step(p.decidingIndex()).id(), actor);
    List<String> missing = missing(step, input);
    missing.remove(LABEL_BALLOT);
    if (!missing.isEmpty()) {
      throw new ApprovalRefused("Chưa đủ để quyết định: thiếu " + String.join(", ", missing));
    }
    if ("APPROVED".equals(outcome) && step.requires().contains(Requirement.BALLOT_PASSED)) {
      List<TallyResult> latest = latestPerCandidate(tallies);
      if (latest.isEmpty()) {
        throw new ApprovalRefused(
            "Chưa thể thông qua: chưa có kết quả kiểm phiếu được hai người nhập khớp nhau");
      }
      List<String> problems = new ArrayList<>();
      for (TallyResult t : latest) {
        if (t.status() != TallyResult.Status.CONFIRMED) {
          problems.add(t.candidate() + " (vòng " + t.round() + " chưa được xác nhận)");
        } else if (!t.passed()) {
          problems.add(
              t.candidate()
                  + " (vòng "
                  + t.round()
                  + (t.quorumMet() ? ": số đồng ý chưa quá " : ": không đủ số thành viên có mặt ")
                  + (t.quorumMet() ? p.passAbove() : p.quorum())
                  + " số thành viên)");
        }
      }
      if (!problems.isEmpty()) {
        throw new ApprovalRefused(
            "Chưa thể thông qua, kết quả bỏ phiếu chưa đạt: " + String.join("; ", problems));
      }
    }
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

  private static List<String> missing(Procedure.Step step, StepInput in) {
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
