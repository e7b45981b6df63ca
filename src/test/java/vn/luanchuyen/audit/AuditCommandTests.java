package vn.luanchuyen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.luanchuyen.cli.LuanChuyenCommand;
import vn.luanchuyen.testing.TestDatabases;

/**
 * {@code audit verify} on the command line, after an insider worked on the database directly with
 * everything but the key: on H2 and again on PostgreSQL.
 */
@Tag("database")
class AuditCommandTests {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private String db;
  private SingleConnectionDataSource insider;
  private JdbcClient jdbc;

  @BeforeEach
  void anImportedDistrict() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    db = TestDatabases.newDatabaseUrl();
    Path demo = dir.resolve("demo.xlsx");
    assertThat(LuanChuyenCommand.execute(new String[] {"demo", "--out", demo.toString()})).isZero();
    assertThat(LuanChuyenCommand.execute(new String[] {"import", "--db", db, demo.toString()}))
        .isZero();
    assertThat(LuanChuyenCommand.execute(new String[] {"import", "--db", db, demo.toString()}))
        .isZero();
    insider =
        new SingleConnectionDataSource(db, TestDatabases.postgres() ? "postgres" : "sa", "", true);
    jdbc = JdbcClient.create(insider);
  }

  @AfterEach
  void release() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    insider.destroy();
  }

  private int audit(String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "audit";
    System.arraycopy(args, 0, command, 1, args.length);
    command[args.length + 1] = "--db";
    command[args.length + 2] = db;
    return LuanChuyenCommand.execute(command);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUntouchedTrailVerifies() {
    long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    assertThat(audit("verify")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Nhật ký toàn vẹn: đã kiểm tra " + entries + " mục");
  }

  @Test
  void aRowEditedAndEveryHashAndTheHeadRecomputedFailsVerification() {
    jdbc.sql("update audit_entry set actor = 'người khác' where seq = 1").update();
    List<AuditEntry> entries =
        jdbc.sql(
                "select seq, recorded_at, actor, action, record_type, record_id, before_value,"
                    + " after_value from audit_entry order by seq")
            .query(
                (rs, n) ->
                    new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        null,
                        null))
            .list();
    String previous = AuditTrail.GENESIS;
    for (AuditEntry e : entries) {
      String hash =
          AuditTrail.hash(
              new AuditEntry(
                  e.seq(),
                  e.recordedAt(),
                  e.actor(),
                  e.action(),
                  e.recordType(),
                  e.recordId(),
                  e.before(),
                  e.after(),
                  previous,
                  null));
      jdbc.sql("update audit_entry set previous_hash = ?, entry_hash = ? where seq = ?")
          .params(previous, hash, e.seq())
          .update();
      previous = hash;
    }
    jdbc.sql("update audit_head set entry_hash = ? where id = 1").param(previous).update();

    assertThat(audit("verify")).isEqualTo(1);
    assertThat(errors()).contains("Chữ ký của đầu chuỗi");
  }

  @Test
  void theLastEntryDeletedAndTheHeadMovedBackFailsVerification() {
    long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    String before =
        jdbc.sql("select entry_hash from audit_entry where seq = ?")
            .param(last - 1)
            .query(String.class)
            .single();
    jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
    jdbc.sql("update audit_head set seq = ?, entry_hash = ? where id = 1")
        .params(last - 1, before)
        .update();

    assertThat(audit("verify")).isEqualTo(1);
    assertThat(errors()).contains("Chữ ký của đầu chuỗi");
  }

  @Test
  void aCadreRowEditedBehindTheApplicationsBackFailsVerificationNamingTheCadre() {
    String code = jdbc.sql("select min(code) from cadre").query(String.class).single();
    jdbc.sql("update cadre set full_name = 'Tên giả' where code = ?").param(code).update();

    assertThat(audit("verify")).isEqualTo(1);
    assertThat(errors()).contains("cán bộ " + code + ": nội dung khác");
  }

  @Test
  void aPrintedCheckpointFailsOnceTheTrailIsWipedAndStartedAnew() {
    assertThat(audit("checkpoint")).isZero();
    Matcher code = Pattern.compile("LCA1 .*").matcher(out.toString(StandardCharsets.UTF_8));
    assertThat(code.find()).isTrue();
    assertThat(audit("verify", "--checkpoint", code.group())).isZero();

    jdbc.sql("delete from audit_entry").update();
    jdbc.sql("delete from audit_checkpoint").update();
    jdbc.sql(
            "update audit_head set seq = 0, entry_hash = ?, trail_id = null, key_id = null,"
                + " signature = null where id = 1")
        .param(AuditTrail.GENESIS)
        .update();

    assertThat(audit("verify", "--checkpoint", code.group())).isEqualTo(1);
    assertThat(errors()).contains("nhật ký đã bị thay");
  }
}
