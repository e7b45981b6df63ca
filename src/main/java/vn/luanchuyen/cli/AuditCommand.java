package vn.luanchuyen.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditKey;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.audit.Checkpoint;
import vn.luanchuyen.audit.SignedHead;
import vn.luanchuyen.audit.Verification;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Nhật ký thay đổi: kiểm tra toàn vẹn, xem lịch sử một bản ghi.",
    subcommands = {
      AuditCommand.Verify.class,
      AuditCommand.History.class,
      AuditCommand.MakeCheckpoint.class,
      AuditCommand.Seal.class,
      AuditCommand.RotateKey.class
    })
class AuditCommand implements Runnable {
  @Override
  public void run() {
    System.out.println(
        "Dùng: audit verify [--checkpoint MÃ] | audit history --type cadre --id CB0001"
            + " | audit checkpoint | audit seal | audit rotate-key");
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Kiểm tra chuỗi mã băm của nhật ký, chữ ký của đầu chuỗi, điểm neo ngoài cơ sở dữ liệu",
        "và điểm kiểm tra cuối; nêu mục đầu tiên bị sửa, bị xóa hoặc bị quay lui.",
        "Mã thoát 0 khi toàn vẹn, 1 khi bị can thiệp."
      })
  static class Verify implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Option(
        names = "--checkpoint",
        paramLabel = "MÃ",
        description = "Một điểm kiểm tra đã in (dòng LCA1 … của lệnh audit checkpoint).")
    String checkpoint;

    @Override
    public Integer call() {
      Checkpoint printed = null;
      if (checkpoint != null) {
        printed = Checkpoint.parse(checkpoint).orElse(null);
        if (printed == null) {
          System.err.println("Không đọc được điểm kiểm tra: " + checkpoint);
          return 2;
        }
      }
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        AuditTrail trail = app.getBean(AuditTrail.class);
        Verification v = printed == null ? trail.verify() : trail.verify(printed);
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
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      description = {
        "Ký đầu chuỗi nhật ký hiện tại thành một điểm kiểm tra, lưu vào cơ sở dữ liệu và in ra một",
        "dòng để đưa vào biên bản; sau này kiểm tra bằng audit verify --checkpoint \"<dòng đó>\"."
      })
  static class MakeCheckpoint implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        Checkpoint made =
            app.getBean(AuditTrail.class)
                .checkpoint("dòng lệnh: " + System.getProperty("user.name", "?"));
        System.out.printf(
            "Điểm kiểm tra của nhật ký tại mục số %d (%s):%n%s%n",
            made.seq(), made.madeAt(), made.code());
        return 0;
      } catch (IllegalStateException e) {
        System.err.println("Không tạo điểm kiểm tra: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(
      name = "seal",
      mixinStandardHelpOptions = true,
      description = {
        "Một lần, sau khi nâng cấp: ký đầu chuỗi của nhật ký ghi từ trước khi có khóa, sau khi",
        "kiểm tra chuỗi mã băm. Các mục cũ không chứng minh được là chưa bị sửa; từ nay thì có."
      })
  static class Seal implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        SignedHead head = app.getBean(AuditTrail.class).seal();
        System.out.printf(
            "Đã ký đầu chuỗi nhật ký %s tại mục số %d.%n", head.trailId(), head.seq());
        return 0;
      } catch (IllegalStateException e) {
        System.err.println("Không ký: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(
      name = "rotate-key",
      mixinStandardHelpOptions = true,
      description = {
        "Thêm một khóa mới vào tệp khóa nhật ký; khóa mới ký từ nay, các khóa cũ vẫn dùng để",
        "kiểm tra những gì chúng đã ký. Chạy khi máy chủ web đã dừng."
      })
  static class RotateKey implements Callable<Integer> {
    @Mixin DatabaseOptions db = new DatabaseOptions();

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
        AuditKey key = app.getBean(AuditKey.class);
        System.out.printf("Khóa mới %s đã thêm vào %s.%n", key.rotate(), key.file());
        return 0;
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
