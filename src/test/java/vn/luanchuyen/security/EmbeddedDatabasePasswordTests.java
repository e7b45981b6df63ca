package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabasePasswordTests {
  @TempDir Path dir;

  private final EmbeddedDatabasePassword postProcessor =
      new EmbeddedDatabasePassword(destination -> destination.get());

  private StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    postProcessor.postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("luanchuyen").toAbsolutePath() + ";AUTO_SERVER=FALSE";
  }

  @Test
  void aNewEmbeddedDatabaseGetsAGeneratedPasswordKeptInAFileOnlyItsOwnerReads() throws Exception {
    StandardEnvironment environment =
        environment(Map.of("spring.datasource.url", url(), "spring.datasource.username", "sa"));

    Path file = dir.resolve(EmbeddedDatabasePassword.FILE_NAME);
    String password = environment.getProperty("spring.datasource.password");
    assertThat(password).hasSizeGreaterThanOrEqualTo(30);
    assertThat(Files.readString(file).strip()).isEqualTo(password);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(
            environment(Map.of("spring.datasource.url", url()))
                .getProperty("spring.datasource.password"))
        .as("the next start reads the same password")
        .isEqualTo(password);
  }

  @Test
  void anExistingDatabaseWithoutPasswordGetsTheGeneratedOneOnFirstStart() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "sa", "");
        Statement s = c.createStatement()) {
      s.execute("create table kept (id int)");
    }

    String password =
        environment(Map.of("spring.datasource.url", url(), "spring.datasource.username", "sa"))
            .getProperty("spring.datasource.password");

    assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close())
        .isInstanceOf(SQLException.class);
    try (Connection c = DriverManager.getConnection(url(), "sa", password);
        Statement s = c.createStatement()) {
      assertThat(s.executeQuery("select count(*) from kept").next()).isTrue();
    }
  }

  @Test
  void aConfiguredPasswordAndOtherDatabasesAreLeftAlone() {
    assertThat(
            environment(
                    Map.of("spring.datasource.url", url(), "spring.datasource.password", "chosen"))
                .getProperty("spring.datasource.password"))
        .isEqualTo("chosen");
    assertThat(
            environment(Map.of("spring.datasource.url", "jdbc:h2:mem:x"))
                .getProperty("spring.datasource.password"))
        .isNull();
    assertThat(dir.resolve(EmbeddedDatabasePassword.FILE_NAME)).doesNotExist();
  }
}
