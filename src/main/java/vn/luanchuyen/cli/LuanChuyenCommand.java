package vn.luanchuyen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
    name = "luanchuyen",
    mixinStandardHelpOptions = true,
    version = "Luân Chuyển 0.1.0",
    description = {
      "Luân Chuyển: quản lý luân chuyển, điều động, chuyển đổi vị trí công tác và quy hoạch cán bộ.",
      "Không có lệnh nào: chạy ứng dụng web (như lệnh serve)."
    },
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      PersonalHistoryCommand.class,
      TemplateCommand.class,
      ScreenCommand.class,
      RetirementCommand.class,
      PoliciesCommand.class,
      AuditCommand.class,
      ApprovalCommand.class,
      BenchCommand.class,
      PlanCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      CommandLine.HelpCommand.class
    })
public class LuanChuyenCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = CurrentPolicy.OPTION,
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      description = {
        "Chính sách hiện hành cho lệnh này (mã chính sách có sẵn, lệnh policies liệt kê), dùng khi"
            + " không nêu chính sách; mặc định theo thuộc tính luanchuyen.policy.current",
        "(application.properties, biến môi trường LUANCHUYEN_POLICY_CURRENT), nếu không có thì"
            + " theo policies/index.yaml."
      })
  String currentPolicy;

  /** Runs the command line and tells whether the process should stay up (a server runs). */
  public static int execute(String[] args) {
    String[] effective = args.length == 0 ? new String[] {"serve"} : args;
    CommandLine cli = new CommandLine(new LuanChuyenCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable root = e;
          while (root.getCause() != null) {
            root = root.getCause();
          }
          commandLine.getErr().println("Lỗi: " + root.getMessage());
          if (Boolean.getBoolean("luanchuyen.debug")) {
            e.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    return cli.execute(effective);
  }

  public static boolean keepsRunning() {
    return ServeCommand.serving();
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
