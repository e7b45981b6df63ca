package vn.luanchuyen.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which database a command works on: the embedded H2 file unless told otherwise. */
public class DatabaseOptions {
  /** The command this mixes into, for the options every command takes; null when built by hand. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  static final String DEFAULT_URL = "jdbc:h2:file:./data/luanchuyen";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Cơ sở dữ liệu (JDBC URL), mặc định H2 nhúng: ${DEFAULT-VALUE}. Ví dụ PostgreSQL:"
              + " jdbc:postgresql://127.0.0.1:5432/luanchuyen",
      defaultValue = DEFAULT_URL)
  String url = DEFAULT_URL;

  @Option(names = "--db-user", description = "Tên người dùng cơ sở dữ liệu.")
  String user;

  @Option(
      names = "--db-password",
      description = "Mật khẩu cơ sở dữ liệu.",
      arity = "0..1",
      interactive = true)
  String password;

  /**
   * The Spring properties that point the application at this database, with the policy in force
   * when the command names one ({@code --luanchuyen.policy.current}).
   */
  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", url);
    boolean postgres = url.startsWith("jdbc:postgresql:");
    p.put("spring.datasource.username", user != null ? user : postgres ? "postgres" : "sa");
    if (password != null) {
      p.put("spring.datasource.password", password);
    } else if (!url.startsWith("jdbc:h2:file:")) {
      p.put("spring.datasource.password", "");
    }
    // an H2 file without --db-password opens with the password kept beside it (README, Security)
    p.putAll(CurrentPolicy.properties(command));
    return p;
  }
}
