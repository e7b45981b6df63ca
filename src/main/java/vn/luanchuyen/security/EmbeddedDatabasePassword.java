package vn.luanchuyen.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded H2 database file has a password: when {@code spring.datasource.password} is not
 * configured and the URL is an H2 file, the password is read from a file only the service account
 * may read (0600, {@code luanchuyen.database.password-file}, by default {@code
 * database-password.txt} beside the database, in the data directory that also holds the first
 * administrator's password file), generated there on first start. An existing database file without
 * a password (made by an earlier version) gets this password on that first start, so {@code ./data}
 * keeps working. A configured password (even an empty one) is used as it is; PostgreSQL and
 * in-memory databases are left alone.
 */
public class EmbeddedDatabasePassword implements EnvironmentPostProcessor {
  static final String PASSWORD = "spring.datasource.password";
  static final String FILE = "luanchuyen.database.password-file";
  static final String FILE_NAME = "database-password.txt";
  private static final String FILE_URL = "jdbc:h2:file:";
  private static final int WRONG_PASSWORD = 28000;

  private final Log log;

  public EmbeddedDatabasePassword(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedDatabasePassword.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith(FILE_URL) || environment.getProperty(PASSWORD) != null) {
      return;
    }
    Path file = Path.of(environment.getProperty(FILE, fileFor(url).toString()));
    String user = environment.getProperty("spring.datasource.username", "sa");
    String password = readOrCreate(file);
    if (Files.exists(H2DatabaseFiles.filesOf(url).get(0))) {
      upgrade(url, user, password, file);
    }
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("embeddedDatabasePassword", Map.of(PASSWORD, password)));
  }

  /** The default password file of an H2 file URL: {@code database-password.txt} beside it. */
  public static Path fileFor(String url) {
    Path database = H2DatabaseFiles.filesOf(url).get(0).toAbsolutePath();
    return database.resolveSibling(FILE_NAME);
  }

  private static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      try (OutputStream out = OwnerOnlyFiles.create(file)) {
        out.write((password + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gives a database that still opens without a password the file's password. A database that
   * already has it, or that cannot be opened now (in use by another process), is left as it is.
   */
  private void upgrade(String url, String user, String password, Path file) {
    String existing = url + (url.contains(";IFEXISTS=") ? "" : ";IFEXISTS=TRUE");
    try (Connection c = DriverManager.getConnection(existing, user, password)) {
      return;
    } catch (SQLException e) {
      if (e.getErrorCode() != WRONG_PASSWORD) {
        return;
      }
    }
    try (Connection c = DriverManager.getConnection(existing, user, "");
        Statement s = c.createStatement()) {
      s.execute(
          "alter user \""
              + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"")
              + "\" set password '"
              + password.replace("'", "''")
              + "'");
      log.warn(
          "Cơ sở dữ liệu H2 chưa có mật khẩu: đã đặt mật khẩu lưu ở tệp "
              + file.toAbsolutePath()
              + " (chỉ tài khoản dịch vụ đọc được).");
    } catch (SQLException e) {
      log.warn("Không đặt được mật khẩu cho cơ sở dữ liệu H2: " + e.getMessage());
    }
  }
}
