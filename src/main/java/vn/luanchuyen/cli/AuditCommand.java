package vn.luanchuyen.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.audit.Verification;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Nhật ký thay đổi: kiểm tra toàn vẹn, xem lịch sử một bản ghi.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.History.class})
class AuditCommand implements Runnable {
  @Override
  public void run() {
    System.out.println("Dùng: audit verify | audit history --type cadre --id CB0001");
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Kiểm tra chuỗi mã băm của nhật ký; nêu mục đầu tiên bị sửa hoặc bị xóa.",
        "Mã thoát 0 khi toàn vẹn, 1 khi bị can thiệp."
      })
  static class Verify implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        Verification v = app.getBean(AuditTrail.class).verify();
        if (v.intact()) {
          System.out.printf("Nhật ký toàn vẹn: đã kiểm tra %d mục.%n", v.entries());
          return 0;
        }
        System.err.printf("Nhật ký bị can thiệp tại mục số %d: %s%n", v.brokenAt(), v.problem());
        return 1;
      }
    }
  }

  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description = "Lịch sử thay đổi của một bản ghi.")
  static class History implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--type", required = true, description = "cadre, unit hoặc registry.")
    String type;

    @Option(names = "--id", required = true, description = "Mã bản ghi.")
    String id;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        for (AuditEntry e : app.getBean(AuditTrail.class).historyOf(type, id)) {
          System.out.printf(
              "#%d %s %s %s%n    trước: %s%n    sau:   %s%n",
              e.seq(), e.recordedAt(), e.actor(), e.action(), e.before(), e.after());
        }
        return 0;
      }
    }
  }
}
