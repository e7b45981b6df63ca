package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.cli.LuanChuyenCommand;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.WorkbookWriter;
import vn.luanchuyen.planning.internal.FaultInjection;
import vn.luanchuyen.testing.TestDatabases;

/**
 * Kills (SIGKILL) a child JVM in the middle of importing 20,000 cadres into an H2 file database,
 * then finds the database exactly as it was before the import: the same backup, byte for byte; and
 * kills one in the middle of applying a decision that rotates 40 heads, with the same finding,
 * after which the decision applies whole; and kills one while PostgreSQL's COPY is loading an
 * import's rows, with the same finding.
 */
@Tag("crash")
class CrashSafetyTests {
  private static final long GROWTH_THAT_MEANS_WRITING = 512 * 1024;
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir Path dir;

  private static int cli(String... args) {
    PrintStream out = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      return LuanChuyenCommand.execute(args);
    } finally {
      System.setOut(out);
    }
  }

  @Test
  void aKilledImportLeavesTheDatabaseExactlyAsItWas() throws Exception {
    Path large = dir.resolve("large.xlsx");
    new WorkbookWriter().write(DemoDistrict.generate(6, 20_000), large);
    String db = "jdbc:h2:file:" + dir.resolve("registry").toAbsolutePath();
    Path file = dir.resolve("registry.mv.db");
    Path before = dir.resolve("before.json");
    Path after = dir.resolve("after.json");
    // a database with its schema, users and code lists, but no cadres yet
    assertThat(cli("backup", "--db", db, "--out", before.toString())).isZero();
    addUsers(db, "sa");
    assertThat(cli("backup", "--db", db, "--out", before.toString())).isZero();
    long startSize = Files.size(file);

    Process child = importChild(db, large, dir.resolve("child.log"));
    Instant deadline = Instant.now().plus(PATIENCE);
    while (child.isAlive()
        && Files.size(file) < startSize + GROWTH_THAT_MEANS_WRITING
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(child.isAlive())
        .as(
            "the import is still running when it is killed; log:%n%s",
            Files.readString(dir.resolve("child.log")))
        .isTrue();
    assertThat(Files.size(file))
        .as("the import had started writing")
        .isGreaterThanOrEqualTo(startSize + GROWTH_THAT_MEANS_WRITING);
    child.destroyForcibly();
    child.waitFor();

    assertThat(cli("backup", "--db", db, "--out", after.toString())).isZero();
    assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
  }

  @Test
  void aKilledCopyIntoPostgresqlLeavesTheRegistryExactlyAsItWas() throws Exception {
    Path large = dir.resolve("large-pg.xlsx");
    new WorkbookWriter().write(DemoDistrict.generate(6, 20_000), large);
    String db = TestDatabases.newPostgresDatabaseUrl();
    Path before = dir.resolve("before-pg.json");
    Path after = dir.resolve("after-pg.json");
    assertThat(cli("backup", "--db", db, "--out", before.toString())).isZero();
    addUsers(db, "postgres");
    assertThat(cli("backup", "--db", db, "--out", before.toString())).isZero();

    String schemaBefore = indexesAndForeignKeys(db, "cadre_assignment");

    Process child = importChild(db, large, dir.resolve("child-pg.log"));
    Instant deadline = Instant.now().plus(PATIENCE);
    long copied = 0;
    // the history's COPY is a large one: it runs with the table's foreign keys and indexes dropped
    try (Connection c = DriverManager.getConnection(db, "postgres", "");
        java.sql.PreparedStatement copying =
            c.prepareStatement(
                "select coalesce(max(p.tuples_processed), 0) from pg_stat_progress_copy p"
                    + " join pg_database d on d.oid = p.datid where d.datname = current_database()"
                    + " and p.command = 'COPY FROM' and p.relid = 'cadre_assignment'::regclass")) {
      while (child.isAlive() && copied == 0 && Instant.now().isBefore(deadline)) {
        try (java.sql.ResultSet rs = copying.executeQuery()) {
          rs.next();
          copied = rs.getLong(1);
        }
        Thread.sleep(20);
      }
    }
    assertThat(child.isAlive())
        .as(
            "the import is still running when it is killed; log:%n%s",
            Files.readString(dir.resolve("child-pg.log")))
        .isTrue();
    assertThat(copied).as("rows were being copied into a registry table").isPositive();
    child.destroyForcibly();
    child.waitFor();

    assertThat(cli("backup", "--db", db, "--out", after.toString())).isZero();
    assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
    assertThat(indexesAndForeignKeys(db, "cadre_assignment")).isEqualTo(schemaBefore);
  }

  /** A PostgreSQL table's index definitions and foreign keys, one a line. */
  private static String indexesAndForeignKeys(String db, String table) throws Exception {
    try (Connection c = DriverManager.getConnection(db, "postgres", "");
        java.sql.PreparedStatement definitions =
            c.prepareStatement(
                "select indexdef from pg_indexes where tablename = ?"
                    + " union all select conname || ' ' || pg_get_constraintdef(oid)"
                    + " from pg_constraint where conrelid = ?::regclass and contype = 'f'"
                    + " order by 1")) {
      definitions.setString(1, table);
      definitions.setString(2, table);
      StringBuilder found = new StringBuilder();
      try (java.sql.ResultSet rs = definitions.executeQuery()) {
        while (rs.next()) {
          found.append(rs.getString(1)).append('\n');
        }
      }
      assertThat(found).as("indexes and foreign keys of " + table).contains("FOREIGN KEY");
      return found.toString();
    }
  }

  /** The password of an H2 file the commands made: kept beside it; none for PostgreSQL. */
  private static String passwordOf(String db) throws java.io.IOException {
    return db.startsWith("jdbc:h2:file:")
        ? Files.readString(EmbeddedDatabasePassword.fileFor(db)).strip()
        : "";
  }

  /** Two users, so that no command creates the first administrator. */
  private static void addUsers(String db, String user) throws Exception {
    try (Connection c = DriverManager.getConnection(db, user, passwordOf(db));
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into security_user (username, display_name, password_hash, roles, unit_scope,"
              + " must_change_password, enabled, version) values ('admin', 'Quản trị',"
              + " 'x', 'ADMIN', '', false, true, 0), ('xemvp', 'Người xem', 'x', 'UNIT_VIEWER',"
              + " 'VP', false, true, 3)");
    }
  }

  private static Process importChild(String db, Path workbook, Path log) throws Exception {
    return new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dluanchuyen.audit.key-file="
                    + System.getProperty("luanchuyen.audit.key-file", "target/audit.key"),
                "-Dluanchuyen.audit.anchor-dir="
                    + System.getProperty("luanchuyen.audit.anchor-dir", "target/anchors"),
                "-cp",
                System.getProperty("java.class.path"),
                "vn.luanchuyen.cli.Main",
                "import",
                "--db",
                db,
                workbook.toString()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private Process child(Path log, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    for (String shared : List.of("luanchuyen.audit.key-file", "luanchuyen.audit.anchor-dir")) {
      if (System.getProperty(shared) != null) {
        command.add("-D" + shared + "=" + System.getProperty(shared));
      }
    }
    for (String a : args) {
      if (a.startsWith("-D")) {
        command.add(a);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DecisionChild.class.getName());
    for (String a : args) {
      if (!a.startsWith("-D")) {
        command.add(a);
      }
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private int runToEnd(Path log, String... args) throws Exception {
    Process p = child(log, args);
    if (!p.waitFor(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child did not finish; log:\n" + Files.readString(log));
    }
    return p.exitValue();
  }

  @Test
  void aKilledDecisionLeavesTheDatabaseExactlyAsItWasAndAppliesWholeAfterwards() throws Exception {
    String db = "jdbc:h2:file:" + dir.resolve("decision").toAbsolutePath();
    Path before = dir.resolve("before-decision.json");
    Path after = dir.resolve("after-decision.json");
    Path setupLog = dir.resolve("setup.log");
    assertThat(runToEnd(setupLog, db, "setup"))
        .as("setup; log:%n%s", Files.readString(setupLog))
        .isZero();
    assertThat(cli("backup", "--db", db, "--out", before.toString())).isZero();

    Path killedLog = dir.resolve("killed.log");
    Process killed = child(killedLog, "-D" + FaultInjection.PAUSE_AFTER + "=60", db, "decide");
    Instant deadline = Instant.now().plus(PATIENCE);
    while (killed.isAlive()
        && !Files.readString(killedLog).contains(FaultInjection.PAUSED)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(Files.readString(killedLog))
        .as("the decision paused half-way: 40 stays ended and 20 begun, uncommitted")
        .contains(FaultInjection.PAUSED);
    assertThat(killed.isAlive()).isTrue();
    killed.destroyForcibly();
    killed.waitFor();

    assertThat(cli("backup", "--db", db, "--out", after.toString())).isZero();
    assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));

    Path againLog = dir.resolve("again.log");
    assertThat(runToEnd(againLog, db, "decide"))
        .as("the decision, run again; log:%n%s", Files.readString(againLog))
        .isZero();
    try (Connection c = DriverManager.getConnection(db, "sa", passwordOf(db));
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "select count(*) from cadre_assignment where decision_number = '99-QĐ/QU'"
                    + " and form = 'LUAN_CHUYEN'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(DecisionChild.MOVES);
    }
    assertThat(cli("audit", "verify", "--db", db)).isZero();
  }
}
