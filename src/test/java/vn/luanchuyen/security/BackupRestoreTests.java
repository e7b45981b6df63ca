package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
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
  @Autowired AuditTrail trail;

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

  private static ByteArrayResource file(byte[] bytes) {
    return new ByteArrayResource(bytes);
  }

  private AuditEntry lastEntry() {
    return trail.latest(1).get(0);
  }

  @Test
  void aRestoredDatabaseIsExactlyTheBackedUpOnePlusTheRestoreInItsTrail() throws Exception {
    byte[] before = dump();
    long seq = trail.head().seq();
    jdbc.sql("delete from cadre_assessment").update();
    jdbc.sql("update cadre set full_name = 'Đã sửa' where code = (select min(code) from cadre)")
        .update();
    jdbc.sql("update security_user set display_name = 'Đã sửa'").update();
    jdbc.sql("delete from approval_attachment").update();
    assertThat(jdbc.sql("update cadre set personal_id_number = null").update()).isPositive();

    DatabaseBackup.Summary restored = backup.restore(file(before));

    assertThat(BackupContent.withoutAudit(dump())).isEqualTo(BackupContent.withoutAudit(before));
    assertThat(
            jdbc.sql("select count(*) from cadre where personal_id_number is not null")
                .query(Long.class)
                .single())
        .isPositive();
    long caseId = jdbc.sql("select max(id) from approval_case").query(Long.class).single();
    long attached = approvals.attachments(caseId).get(0).id();
    assertThat(approvals.attachmentContent(caseId, attached)).isEqualTo(ATTACHED);
    assertThat(restored.rows()).containsEntry("cadre", (long) DemoDistrict.DEFAULT_CADRES);
    assertThat(accounts.find("xemvp").orElseThrow().unitScope()).containsExactly("VP");
    assertThat(lastEntry().seq()).isEqualTo(seq + 1);
    assertThat(lastEntry().action()).isEqualTo("RESTORE");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aBackupCarriesNoPasswordHashAndARestoreKeepsTheCurrentPasswords() throws Exception {
    String hash =
        jdbc.sql("select password_hash from security_user where username = 'xemvp'")
            .query(String.class)
            .single();
    byte[] before = dump();
    assertThat(new String(before, StandardCharsets.UTF_8))
        .doesNotContainIgnoringCase("password_hash")
        .doesNotContain(hash);
    accounts.save(
        new AppUser("moi", "Người mới", Set.of(Role.UNIT_VIEWER), List.of("VP"), true, true, 0),
        "mat-khau-dai-2");
    jdbc.sql("delete from security_user where username = 'xemvp'").update();
    accounts.save(
        new AppUser("xemvp", "Người xem", Set.of(Role.UNIT_VIEWER), List.of("VP"), true, true, 0),
        "mat-khau-moi-3");
    String newHash =
        jdbc.sql("select password_hash from security_user where username = 'xemvp'")
            .query(String.class)
            .single();

    backup.restore(file(before));

    assertThat(
            jdbc.sql("select password_hash from security_user where username = 'xemvp'")
                .query(String.class)
                .single())
        .as("a user of the database keeps the password they have now")
        .isEqualTo(newHash);
    assertThat(accounts.find("moi")).as("a user not in the backup is gone").isEmpty();
  }

  @Test
  void aUserOnlyInTheBackupComesBackDisabledWithoutAPassword() throws Exception {
    byte[] before = dump();
    jdbc.sql("delete from security_user where username = 'xemvp'").update();

    backup.restore(file(before));

    assertThat(accounts.find("xemvp").orElseThrow().enabled()).isFalse();
    assertThat(
            jdbc.sql("select password_hash from security_user where username = 'xemvp'")
                .query(String.class)
                .single())
        .isEqualTo(DatabaseBackup.NO_PASSWORD);
  }

  @Test
  void newRowsAfterARestoreGetFreshIds() throws Exception {
    byte[] before = dump();
    backup.restore(file(before));
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
  void aDamagedBackupChangesNothingAndItsRefusalIsAudited() throws Exception {
    byte[] before = dump();
    byte[] cut = java.util.Arrays.copyOf(before, before.length / 2);

    assertThatThrownBy(() -> backup.restore(file(cut)))
        .isInstanceOfAny(java.io.IOException.class, IllegalArgumentException.class);

    assertThat(BackupContent.withoutAudit(dump())).isEqualTo(BackupContent.withoutAudit(before));
    assertThat(cadres()).isEqualTo(DemoDistrict.DEFAULT_CADRES);
    assertThat(lastEntry().action()).isEqualTo("RESTORE_REFUSED");
  }

  @Test
  void aBackupOfAnotherSchemaVersionIsRefused() throws Exception {
    byte[] before = dump();
    String text = new String(before, StandardCharsets.UTF_8);
    String other = text.replaceFirst("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":\"1\"");

    assertThatThrownBy(() -> backup.restore(file(other.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lược đồ");

    assertThat(BackupContent.withoutAudit(dump())).isEqualTo(BackupContent.withoutAudit(before));
  }

  @Test
  void aBackupWithOneEditedNameIsRefusedAndChangesNothing() throws Exception {
    byte[] before = dump();
    String name =
        jdbc.sql("select full_name from cadre order by code limit 1").query(String.class).single();
    byte[] forged =
        new String(before, StandardCharsets.UTF_8)
            .replace("\"" + name + "\"", "\"Người Bịa Đặt\"")
            .getBytes(StandardCharsets.UTF_8);
    jdbc.sql("update cadre set full_name = 'Sau sao lưu' where full_name = ?").param(name).update();
    byte[] now = dump();

    assertThatThrownBy(() -> backup.restore(file(forged)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chữ ký");

    assertThat(BackupContent.withoutAudit(dump())).isEqualTo(BackupContent.withoutAudit(now));
    assertThat(lastEntry().action()).isEqualTo("RESTORE_REFUSED");
    assertThat(lastEntry().after()).contains("chữ ký");
  }

  @Test
  void aBackupWithAForgedAuditEntryIsRefused() throws Exception {
    byte[] before = dump();
    byte[] forged =
        new String(before, StandardCharsets.UTF_8)
            .replaceFirst("\"bantochuc\"", "\"nguoi-khac\"")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(forged).isNotEqualTo(before);

    assertThatThrownBy(() -> backup.restore(file(forged)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(BackupContent.withoutAudit(dump())).isEqualTo(BackupContent.withoutAudit(before));
  }

  @Test
  void aSignedBackupOfATrailRewrittenInTheDatabaseIsRefused() throws Exception {
    jdbc.sql("update audit_entry set actor = 'nguoi-khac' where seq = 1").update();
    byte[] ofTamperedDatabase = dump();

    assertThatThrownBy(() -> backup.restore(file(ofTamperedDatabase)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nhật ký trong bản sao lưu bị can thiệp tại mục số 1");
  }

  @Test
  void restoringAnOlderBackupRollsTheTrailBackOnlyWithAnEntrySayingSo() throws Exception {
    byte[] older = dump();
    long olderSeq = trail.head().seq();
    approvals.open(
        "hadong-4-steps",
        "trial-subject",
        "2",
        "Hồ sơ thứ hai",
        new Actor("bantochuc", Set.of("ORGANISATION_BOARD")));
    long newerSeq = trail.head().seq();
    assertThat(newerSeq).isGreaterThan(olderSeq);

    backup.restore(file(older));

    AuditEntry restore = lastEntry();
    assertThat(restore.seq()).isEqualTo(olderSeq + 1);
    assertThat(restore.action()).isEqualTo("RESTORE");
    assertThat(restore.before()).contains("\"seq\":" + newerSeq);
    assertThat(restore.after()).contains("\"seq\":" + olderSeq).containsPattern("[0-9a-f]{64}");
    assertThat(trail.verify().intact())
        .as("the anchor followed the restore: %s", trail.verify().problem())
        .isTrue();
  }
}
