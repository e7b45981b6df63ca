package vn.luanchuyen.cli;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalMessages;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.Attachment;
import vn.luanchuyen.approval.CadreMeeting;
import vn.luanchuyen.approval.CaseCadres;
import vn.luanchuyen.approval.Procedure;
import vn.luanchuyen.approval.StepEntry;
import vn.luanchuyen.approval.TallyResult;
import vn.luanchuyen.approval.Withdrawal;
import vn.luanchuyen.shared.Days;

@Command(
    name = "approval",
    mixinStandardHelpOptions = true,
    description =
        "Hồ sơ trình duyệt: danh sách, diễn biến, trình phương án, hoàn thành bước, gặp cán bộ,"
            + " kiểm phiếu, rút một điều chuyển, quyết định, đính kèm tệp.",
    subcommands = {
      ApprovalCommand.ListCases.class,
      ApprovalCommand.Show.class,
      ApprovalActions.Submit.class,
      ApprovalActions.Complete.class,
      ApprovalActions.EnterTally.class,
      ApprovalActions.Withdraw.class,
      ApprovalActions.Meet.class,
      ApprovalActions.Decide.class,
      ApprovalActions.Attach.class
    })
class ApprovalCommand implements Runnable {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Override
  public void run() {
    System.out.println(
        "Dùng: approval list | show ID | submit --plan N | complete ID --step S | tally ID"
            + " | withdraw ID --candidate CB --reason R | meet ID --candidate CB --on D"
            + " --content C --wishes W | decide ID --outcome APPROVED"
            + " | attach ID FILE  (xem --help của từng lệnh)");
  }

  /** "CB1 vòng 2: đã xác nhận, 15 thành viên, 14 có mặt: 12 đồng ý, …, đạt". */
  static String tallyLine(TallyResult t) {
    String state =
        switch (t.status()) {
          case WAITING -> "chờ người nhập thứ hai";
          case MISMATCH ->
              "không khớp, cần nhập lại ("
                  + t.differences().stream()
                      .map(d -> ApprovalMessages.label(d, ApprovalMessages.VIETNAMESE))
                      .collect(Collectors.joining(", "))
                  + ")";
          case CONFIRMED ->
              "đã xác nhận, "
                  + t.tally().members()
                  + " thành viên, "
                  + t.tally().present()
                  + " có mặt: "
                  + t.tally().agree()
                  + " đồng ý, "
                  + t.tally().disagree()
                  + " không đồng ý, "
                  + t.tally().abstain()
                  + " không biểu quyết, "
                  + t.tally().invalid()
                  + " không hợp lệ, "
                  + (t.passed() ? "đạt" : "không đạt");
        };
    return t.candidate() + " vòng " + t.round() + ": " + state;
  }

  static String status(ApprovalCase.Status status) {
    return switch (status) {
      case APPROVED -> "đã thông qua";
      case REJECTED -> "không thông qua";
      case OPEN -> "đang xử lý";
    };
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Mọi hồ sơ, mới nhất trước.")
  static class ListCases implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        Approvals approvals = app.getBean(Approvals.class);
        if (approvals.list().isEmpty()) {
          System.out.println("Chưa có hồ sơ nào.");
        }
        for (ApprovalCase c : approvals.list()) {
          Procedure p = approvals.procedure(c.procedureId());
          System.out.printf(
              "#%d  %s  [%s %s]  %s, bước %d/%d: %s%n",
              c.id(),
              c.title(),
              c.subjectType(),
              c.subjectId(),
              status(c.status()),
              c.currentStep() + 1,
              p.steps().size(),
              p.step(c.currentStep()).name());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Diễn biến của một hồ sơ: ai làm gì, khi nào, nội dung, kết quả kiểm phiếu.")
  static class Show implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Parameters(paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        Approvals approvals = app.getBean(Approvals.class);
        ApprovalCase c;
        try {
          c = approvals.get(id);
        } catch (vn.luanchuyen.shared.NotFoundException e) {
          System.err.println("Không có hồ sơ số " + id);
          return 2;
        }
        Procedure p = approvals.procedure(c.procedureId());
        System.out.printf("#%d %s — %s, %s%n", c.id(), c.title(), p.name(), status(c.status()));
        if (c.decision() != null) {
          System.out.printf(
              "Quyết định số %s, ký ngày %s, có hiệu lực từ ngày %s%n",
              c.decision().number(),
              Days.show(c.decision().signedOn()),
              Days.show(c.decision().effectiveOn()));
        }
        for (int i = 0; i < p.steps().size(); i++) {
          String state =
              !c.open() || i < c.currentStep()
                  ? "đã xong"
                  : i == c.currentStep() ? "đang làm" : "chưa đến";
          System.out.printf("  %d. %s (%s)%n", i + 1, p.step(i).name(), state);
        }
        System.out.println("Diễn biến:");
        for (StepEntry e : approvals.timeline(id)) {
          System.out.printf(
              "  %s  %s  %s  %s%s%n",
              WHEN.format(e.actedAt()),
              e.actor(),
              e.action(),
              e.stepId(),
              e.comment() == null ? "" : "  — " + e.comment());
        }
        for (Attachment a : approvals.attachments(id)) {
          System.out.printf(
              "Tệp đính kèm: %s (bước %s, %s, %d byte, SHA-256 %s)%n",
              a.fileName(), a.stepId(), a.uploadedBy(), a.sizeBytes(), a.sha256());
        }
        CaseCadres cadres = approvals.cadres(id);
        for (TallyResult t : approvals.tallies(id)) {
          System.out.printf("Kiểm phiếu %s%n", tallyLine(t));
        }
        for (CadreMeeting m : approvals.cadreMeetings(id)) {
          System.out.printf(
              "Gặp cán bộ %s ngày %s: %s. Tâm tư, nguyện vọng: %s%n",
              cadres.named(m.candidate()), Days.show(m.metOn()), m.content(), m.wishes());
        }
        for (Withdrawal w : approvals.withdrawals(id)) {
          System.out.printf(
              "Đã rút khỏi hồ sơ: %s (bước %s, %s, %s). Lý do: %s%n",
              cadres.named(w.candidate()),
              w.stepId(),
              w.withdrawnBy(),
              WHEN.format(w.withdrawnAt()),
              w.reason());
        }
        return 0;
      }
    }
  }
}
