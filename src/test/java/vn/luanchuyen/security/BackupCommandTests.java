package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.cli.LuanChuyenCommand;

/** The backup and restore commands on an H2 file database. */
class BackupCommandTests {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void release() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private String db(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
  }

  @Test
  void aBackupRestoresIntoAnotherDatabaseAndBacksUpTheSame() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    assertThat(LuanChuyenCommand.execute(new String[] {"demo", "--out", demo.toString()})).isZero();
    assertThat(LuanChuyenCommand.execute(new String[] {"import", "--db", db("a"), demo.toString()}))
        .isZero();

    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"backup", "--db", db("a"), "--out", first.toString()}))
        .isZero();
    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"restore", "--db", db("b"), "--in", first.toString()}))
        .isZero();
    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"backup", "--db", db("b"), "--out", second.toString()}))
        .isZero();

    assertThat(BackupContent.withoutAudit(Files.readAllBytes(second)))
        .isEqualTo(BackupContent.withoutAudit(Files.readAllBytes(first)));
    assertThat(Files.readString(second))
        .as("the restore is in the restored trail")
        .contains("\"RESTORE\"");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Đã sao lưu")
        .contains("Đã khôi phục");
  }

  @Test
  void aBackupAndTheH2DatabaseFileAreReadableByTheirOwnerOnly() throws Exception {
    Path backup = dir.resolve("backup.json");

    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"backup", "--db", db("a"), "--out", backup.toString()}))
        .isZero();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.mv.db"))))
        .isEqualTo("rw-------");
  }

  @Test
  void bothCommandsExplainThemselvesInVietnamese() {
    assertThat(LuanChuyenCommand.execute(new String[] {"backup", "--help"})).isZero();
    assertThat(LuanChuyenCommand.execute(new String[] {"restore", "--help"})).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Sao lưu toàn bộ cơ sở dữ liệu")
        .contains("Khôi phục cơ sở dữ liệu");
  }

  @Test
  void notABackupIsRefusedWithAVietnameseMessage() throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{\"format\":\"khac\"}");
    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"restore", "--db", db("c"), "--in", junk.toString()}))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cơ sở dữ liệu không thay đổi");
  }
}
