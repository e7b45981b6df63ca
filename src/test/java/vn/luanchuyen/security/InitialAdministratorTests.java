package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTests {
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @BeforeEach
  void noUsers() {
    DatabaseCleaner.clean(jdbc);
  }

  @Test
  void theFirstAdministratorsPasswordGoesToAFileOnlyTheOwnerReadsAndNeverToTheLog(
      CapturedOutput log) throws Exception {
    Path file = dir.resolve("data").resolve("admin-initial-password.txt");

    new InitialAdministrator(accounts, "", file).run(null);

    String password = Files.readString(file).strip();
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(log.getAll()).doesNotContain(password).contains(file.toString());
    assertThat(accounts.find(InitialAdministrator.USERNAME))
        .hasValueSatisfying(admin -> assertThat(admin.mustChangePassword()).isTrue());
  }
}
