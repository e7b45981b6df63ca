package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.testing.DatabaseCleaner;

/** Backup and restore of the whole database; runs on H2 and again on PostgreSQL. */
@SpringBootTest
@Tag("database")
class BackupRestoreTests {

  @Autowired DatabaseBackup backup;
  @Autowired RegistryImport importer;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void demoDistrictAndAUser() {
    DatabaseCleaner.clean(jdbc);
    assertThat(importer.importContent(DemoDistrict.generate(11)).imported()).isTrue();
    accounts.save(
        new AppUser("xemvp", "Người xem", Set.of(Role.UNIT_VIEWER), List.of("VP"), true, true, 0),
        "mat-khau-dai-1");
  }

  private byte[] dump() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    backup.backup(out);
    return out.toByteArray();
  }

  private long cadres() {
    return jdbc.sql("select count(*) from cadre").query(Long.class).single();
  }

  @Test
  void aRestoredDatabaseIsExactlyTheBackedUpOne() throws Exception {
    byte[] before = dump();
    jdbc.sql("delete from cadre_assessment").update();
    jdbc.sql("update cadre set full_name = 'Đã sửa' where code = (select min(code) from cadre)")
        .update();
    jdbc.sql("delete from security_user").update();

    DatabaseBackup.Summary restored = backup.restore(new ByteArrayInputStream(before));

    assertThat(dump()).isEqualTo(before);
    assertThat(restored.rows()).containsEntry("cadre", (long) DemoDistrict.DEFAULT_CADRES);
    assertThat(accounts.find("xemvp").orElseThrow().unitScope()).containsExactly("VP");
  }

  @Test
  void newRowsAfterARestoreGetFreshIds() throws Exception {
    byte[] before = dump();
    backup.restore(new ByteArrayInputStream(before));
    String cadre = jdbc.sql("select min(code) from cadre").query(String.class).single();
    jdbc.sql(
            "insert into cadre_assessment (cadre_code, assessed_year, grade, version)"
                + " values (?, 1990, 'HTNV', 0)")
        .param(cadre)
        .update();
    assertThat(jdbc.sql("select count(*) from cadre_assessment").query(Long.class).single())
        .isPositive();
  }

  @Test
  void aDamagedBackupChangesNothing() throws Exception {
    byte[] before = dump();
    byte[] cut = java.util.Arrays.copyOf(before, before.length / 2);

    assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream(cut)))
        .isInstanceOfAny(java.io.IOException.class, IllegalArgumentException.class);

    assertThat(dump()).isEqualTo(before);
    assertThat(cadres()).isEqualTo(DemoDistrict.DEFAULT_CADRES);
  }

  @Test
  void aBackupOfAnotherSchemaVersionIsRefused() throws Exception {
    byte[] before = dump();
    String text = new String(before, StandardCharsets.UTF_8);
    String other = text.replaceFirst("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":\"1\"");

    assertThatThrownBy(
            () -> backup.restore(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lược đồ");

    assertThat(dump()).isEqualTo(before);
  }
}
