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
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
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
  @Autowired Approvals approvals;

  @BeforeEach
  void demoDistrictAndAUser() {
    DatabaseCleaner.clean(jdbc);
    assertThat(importer.importContent(DemoDistrict.generate(11)).imported()).isTrue();
    accounts.save(
        new AppUser("xemvp", "Người xem", Set.of(Role.UNIT_VIEWER), List.of("VP"), true, true, 0),
        "mat-khau-dai-1");
    ApprovalCase c =
        approvals.open(
            "hadong-4-steps",
            "trial-subject",
            "1",
            "Hồ sơ thử",
            new Actor("bantochuc", Set.of("ORGANISATION_BOARD")));
    approvals.attach(
        c.id(),
        "biên bản.pdf",
        "application/pdf",
        ATTACHED,
        new Actor("bantochuc", Set.of("ORGANISATION_BOARD")));
  }

  /** Bytes that are not text in any encoding. */
  static final byte[] ATTACHED = {0, (byte) 0xff, (byte) 0xfe, 37, 80, 68, 70, (byte) 0x80, 10};

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
    jdbc.sql("delete from approval_attachment").update();

    DatabaseBackup.Summary restored = backup.restore(new ByteArrayInputStream(before));

    assertThat(dump()).isEqualTo(before);
    long caseId = jdbc.sql("select max(id) from approval_case").query(Long.class).single();
    long attached = approvals.attachments(caseId).get(0).id();
    assertThat(approvals.attachmentContent(caseId, attached)).isEqualTo(ATTACHED);
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
