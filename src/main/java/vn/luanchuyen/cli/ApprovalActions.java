package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalMessages;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.Attachment;
import vn.luanchuyen.approval.CadreMeeting;
import vn.luanchuyen.approval.Decision;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.approval.TallyResult;
import vn.luanchuyen.approval.Withdrawal;
import vn.luanchuyen.planning.PlanDecisions;
import vn.luanchuyen.security.AppUser;
import vn.luanchuyen.security.UserAccounts;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.Days;
import vn.luanchuyen.shared.NotFoundException;

/**
 * The approval actions on the command line. Each acts as the user named by {@code --as}, with the
 * roles that user has in the database, on the case as it is now; a refusal prints its reason and
 * exits with 1.
 */
final class ApprovalActions {
  private ApprovalActions() {}

  /** What every action shares: the database and the acting user. */
  static class Acting {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Option(
        names = "--as",
        required = true,
        paramLabel = "USER",
        description = "Tên đăng nhập của người thực hiện (vai trò lấy từ cơ sở dữ liệu).")
    String user;

    interface Action {
      void run(ConfigurableApplicationContext app, Actor actor) throws IOException;
    }

    int act(Action action) {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        AppUser u =
            app.getBean(UserAccounts.class).find(user).filter(AppUser::enabled).orElse(null);
        if (u == null) {
          System.err.println("Không có người dùng đang hoạt động tên " + user);
          return 2;
        }
        Actor actor =
            new Actor(u.username(), u.roles().stream().map(Enum::name).collect(Collectors.toSet()));
        try {
          action.run(app, actor);
          return 0;
        } catch (ApprovalRefused e) {
          System.err.println(
              "Không thực hiện được: " + ApprovalMessages.render(e, ApprovalMessages.VIETNAMESE));
          return 1;
        } catch (ConcurrentEditException e) {
          System.err.println("Hồ sơ vừa được người khác thay đổi; hãy thử lại.");
          return 1;
        } catch (NotFoundException e) {
          System.err.println(e.wording(ApprovalMessages.VIETNAMESE));
          return 2;
        } catch (IOException e) {
          System.err.println("Không đọc được tệp: " + e.getMessage());
          return 2;
        }
      }
    }
  }

  @Command(
      name = "submit",
      mixinStandardHelpOptions = true,
      description =
          "Trình một phiên bản phương án đã lưu (hoặc một điều chuyển của nó) theo quy trình của"
              + " chính sách; in số hồ sơ.")
  static class Submit extends Acting implements Callable<Integer> {
    @Option(names = "--plan", required = true, description = "Số phiên bản phương án.")
    long plan;

    @Option(names = "--cadre", description = "Chỉ trình điều chuyển của cán bộ này.")
    String cadre;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            ApprovalCase c = app.getBean(PlanDecisions.class).submit(plan, cadre, actor);
            System.out.printf("Đã mở hồ sơ #%d: %s (%s)%n", c.id(), c.title(), c.procedureId());
          });
    }
  }

  @Command(
      name = "complete",
      mixinStandardHelpOptions = true,
      description = "Hoàn thành bước hiện tại của hồ sơ với các nội dung bước đó yêu cầu.")
  static class Complete extends Acting implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Option(names = "--step", required = true, description = "Mã bước đang làm.")
    String step;

    @Option(names = "--comment", description = "Ý kiến.")
    String comment;

    @Option(names = "--units", description = "Các đơn vị đã trao đổi.")
    String units;

    @Option(names = "--appraisal", description = "Văn bản thẩm định.")
    String appraisal;

    @Option(names = "--meeting", description = "Nội dung gặp cán bộ.")
    String meeting;

    @Option(names = "--wishes", description = "Nguyện vọng của cán bộ.")
    String wishes;

    @Option(
        names = "--done-on",
        description = "Ngày hoàn thành bước (yyyy-MM-dd), in trên tờ trình.")
    LocalDate doneOn;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            Approvals approvals = app.getBean(Approvals.class);
            ApprovalCase c = approvals.get(id);
            ApprovalCase after =
                approvals.complete(
                    id,
                    c.version(),
                    step,
                    new StepInput(comment, units, appraisal, meeting, wishes).on(doneOn),
                    actor);
            System.out.printf(
                "Đã hoàn thành bước %s; bước tiếp theo: %s%n",
                step, approvals.procedure(after.procedureId()).step(after.currentStep()).name());
          });
    }
  }

  @Command(
      name = "tally",
      mixinStandardHelpOptions = true,
      description =
          "Nhập kết quả kiểm phiếu của một cán bộ trong một vòng (chỉ số phiếu); có hiệu lực khi"
              + " hai người khác nhau nhập khớp nhau.")
  static class EnterTally extends Acting implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Option(names = "--candidate", required = true, description = "Mã cán bộ được bỏ phiếu.")
    String candidate;

    @Option(names = "--round", defaultValue = "1", description = "Vòng bỏ phiếu (mặc định 1).")
    int round;

    @Option(names = "--members", required = true, description = "Tổng số thành viên.")
    int members;

    @Option(names = "--present", required = true, description = "Số có mặt.")
    int present;

    @Option(names = "--agree", required = true, description = "Số phiếu đồng ý.")
    int agree;

    @Option(names = "--disagree", required = true, description = "Số phiếu không đồng ý.")
    int disagree;

    @Option(names = "--abstain", defaultValue = "0", description = "Số phiếu không biểu quyết.")
    int abstain;

    @Option(names = "--invalid", defaultValue = "0", description = "Số phiếu không hợp lệ.")
    int invalid;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            TallyResult r =
                app.getBean(Approvals.class)
                    .enterTally(
                        id,
                        candidate,
                        round,
                        new Tally(members, present, agree, disagree, abstain, invalid),
                        actor);
            System.out.printf("Kiểm phiếu %s%n", ApprovalCommand.tallyLine(r));
          });
    }
  }

  @Command(
      name = "withdraw",
      mixinStandardHelpOptions = true,
      description =
          "Rút điều chuyển của một cán bộ khỏi hồ sơ, có lý do (ví dụ khi không đạt số phiếu); hồ"
              + " sơ được quyết định với các điều chuyển còn lại.")
  static class Withdraw extends Acting implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Option(names = "--candidate", required = true, description = "Mã cán bộ.")
    String candidate;

    @Option(names = "--reason", required = true, description = "Lý do rút khỏi hồ sơ.")
    String reason;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            Approvals approvals = app.getBean(Approvals.class);
            Withdrawal w =
                approvals.withdraw(id, approvals.get(id).version(), candidate, reason, actor);
            System.out.printf(
                "Đã rút điều chuyển của cán bộ %s khỏi hồ sơ #%d. Lý do: %s%n",
                approvals.cadres(id).named(w.candidate()), id, w.reason());
          });
    }
  }

  @Command(
      name = "meet",
      mixinStandardHelpOptions = true,
      description =
          "Ghi cuộc gặp với một cán bộ trong hồ sơ: ngày gặp, nội dung trao đổi, tâm tư, nguyện"
              + " vọng. Bước gặp cán bộ chỉ hoàn thành khi mọi cán bộ còn trong hồ sơ đã có.")
  static class Meet extends Acting implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Option(names = "--candidate", required = true, description = "Mã cán bộ.")
    String candidate;

    @Option(names = "--on", required = true, description = "Ngày gặp (yyyy-MM-dd).")
    LocalDate metOn;

    @Option(names = "--content", required = true, description = "Nội dung trao đổi.")
    String content;

    @Option(names = "--wishes", required = true, description = "Tâm tư, nguyện vọng của cán bộ.")
    String wishes;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            Approvals approvals = app.getBean(Approvals.class);
            CadreMeeting m =
                approvals.recordCadreMeeting(id, candidate, metOn, content, wishes, actor);
            System.out.printf(
                "Đã ghi cuộc gặp với cán bộ %s ngày %s vào hồ sơ #%d%n",
                approvals.cadres(id).named(m.candidate()), Days.show(m.metOn()), id);
          });
    }
  }

  @Command(
      name = "decide",
      mixinStandardHelpOptions = true,
      description =
          "Kết luận ở bước quyết định. APPROVED cần phiếu đạt và số, ngày ký, ngày có hiệu lực của"
              + " quyết định; phương án được áp dụng vào hồ sơ cán bộ ngay trong cùng giao dịch.")
  static class Decide extends Acting implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Option(names = "--outcome", required = true, description = "APPROVED hoặc REJECTED.")
    String outcome;

    @Option(names = "--comment", description = "Ý kiến kết luận.")
    String comment;

    @Option(names = "--number", description = "Số quyết định, ví dụ 125-QĐ/QU.")
    String number;

    @Option(names = "--signed", description = "Ngày ký (yyyy-MM-dd).")
    LocalDate signed;

    @Option(names = "--effective", description = "Ngày có hiệu lực (yyyy-MM-dd).")
    LocalDate effective;

    @Option(
        names = "--meeting-day",
        description = "Ngày họp biểu quyết (yyyy-MM-dd), ngày của biên bản kiểm phiếu.")
    LocalDate meetingDay;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            Approvals approvals = app.getBean(Approvals.class);
            ApprovalCase c = approvals.get(id);
            ApprovalCase after =
                approvals.decide(
                    id,
                    c.version(),
                    outcome,
                    StepInput.comment(comment).on(meetingDay),
                    new Decision(number, signed, effective),
                    actor);
            System.out.printf(
                "Hồ sơ #%d: %s%n", after.id(), ApprovalCommand.status(after.status()));
          });
    }
  }

  @Command(
      name = "attach",
      mixinStandardHelpOptions = true,
      description = "Đính kèm một tệp vào hồ sơ ở bước hiện tại.")
  static class Attach extends Acting implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "Số hồ sơ.")
    long id;

    @Parameters(index = "1", paramLabel = "FILE", description = "Tệp đính kèm.")
    Path file;

    @Override
    public Integer call() {
      return act(
          (app, actor) -> {
            Attachment a =
                app.getBean(Approvals.class)
                    .attach(
                        id,
                        file.getFileName().toString(),
                        Files.probeContentType(file),
                        Files.readAllBytes(file),
                        actor);
            System.out.printf("Đã đính kèm %s (SHA-256 %s)%n", a.fileName(), a.sha256());
          });
    }
  }
}
