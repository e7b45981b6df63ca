package vn.luanchuyen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.shared.SealedRows;
import vn.luanchuyen.testing.DatabaseCleaner;

@Tag("database")
@SpringBootTest
class AuditTrailIntegrationTests {

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryStore store;
  @Autowired CadreRegistry cadres;
  @Autowired RegistryImport registryImport;
  @Autowired RowSeals seals;
  @Autowired AuditKey key;

  @BeforeEach
  void emptyTrail() {
    DatabaseCleaner.clean(jdbc);
    SecurityContextHolder.clearContext();
  }

  private void threeEntries() {
    for (int i = 1; i <= 3; i++) {
      trail.append(
          new RecordChanged("cadre", "CB" + i, "UPDATE", "trước " + i, "sau " + i), "bantochuc");
    }
  }

  @Test
  void anUntouchedChainVerifies() {
    threeEntries();
    Verification v = trail.verify();
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(3);
  }

  @Test
  void eachEntryPointsToTheHashOfTheOneBefore() {
    threeEntries();
    var history = trail.latest(10);
    assertThat(history).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
    assertThat(history.get(0).previousHash()).isEqualTo(history.get(1).entryHash());
    assertThat(history.get(2).previousHash()).isEqualTo(AuditTrail.GENESIS);
  }

  @Test
  void anEditedRowIsCaughtAtItsNumber() {
    threeEntries();
    jdbc.sql("update audit_entry set after_value = 'sửa lén' where seq = 2").update();

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).isEqualTo(2);
    assertThat(v.problem()).contains("đã bị sửa");
  }

  @Test
  void aDeletedRowIsCaughtWhereTheGapIs() {
    threeEntries();
    jdbc.sql("delete from audit_entry where seq = 2").update();

    Verification v = trail.verify();

    assertThat(v.brokenAt()).isEqualTo(2);
    assertThat(v.problem()).contains("xóa");
  }

  @Test
  void aDeletedLastRowIsCaughtByTheHead() {
    threeEntries();
    jdbc.sql("delete from audit_entry where seq = 3").update();

    assertThat(trail.verify().intact()).isFalse();
  }

  /** What an insider with the database but not the key can do: recompute the unkeyed hashes. */
  private void rechainFrom(long seq) {
    List<AuditEntry> entries = trail.latest(100);
    Collections.reverse(entries);
    String previous = seq == 1 ? AuditTrail.GENESIS : entries.get((int) seq - 2).entryHash();
    for (AuditEntry e : entries.subList((int) seq - 1, entries.size())) {
      AuditEntry stored =
          jdbc.sql(SELECT_ONE)
              .param(e.seq())
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
              .single();
      AuditEntry relinked =
          new AuditEntry(
              stored.seq(),
              stored.recordedAt(),
              stored.actor(),
              stored.action(),
              stored.recordType(),
              stored.recordId(),
              stored.before(),
              stored.after(),
              previous,
              null);
      String hash = AuditTrail.hash(relinked);
      jdbc.sql("update audit_entry set previous_hash = ?, entry_hash = ? where seq = ?")
          .params(previous, hash, e.seq())
          .update();
      previous = hash;
    }
    jdbc.sql("update audit_head set entry_hash = ? where id = 1").param(previous).update();
  }

  private static final String SELECT_ONE =
      "select seq, recorded_at, actor, action, record_type, record_id, before_value, after_value"
          + " from audit_entry where seq = ?";

  @Test
  void anInsiderWhoEditsARowAndRecomputesEveryHashAndTheHeadIsCaught() {
    threeEntries();
    jdbc.sql("update audit_entry set after_value = 'sửa lén' where seq = 2").update();
    rechainFrom(2);

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.brokenAt()).isEqualTo(3);
    assertThat(v.problem()).contains("Chữ ký của đầu chuỗi", "viết lại");
  }

  @Test
  void anInsiderWhoDeletesTheLastEntryAndMovesTheHeadBackIsCaught() {
    threeEntries();
    String second =
        jdbc.sql("select entry_hash from audit_entry where seq = 2").query(String.class).single();
    jdbc.sql("delete from audit_entry where seq = 3").update();
    jdbc.sql("update audit_head set seq = 2, entry_hash = ? where id = 1").param(second).update();

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("Chữ ký của đầu chuỗi");
  }

  @Test
  void anInsiderWhoPutsBackAnOlderSignedHeadIsCaughtByTheAnchorOutsideTheDatabase() {
    trail.append(new RecordChanged("cadre", "CB1", "UPDATE", "a", "b"), "bantochuc");
    trail.append(new RecordChanged("cadre", "CB2", "UPDATE", "a", "b"), "bantochuc");
    Map<String, Object> signedHeadOfTwo =
        jdbc.sql("select seq, entry_hash, key_id, signature from audit_head where id = 1")
            .query()
            .singleRow();
    trail.append(new RecordChanged("cadre", "CB3", "DELETE", "hồ sơ", null), "bantochuc");

    jdbc.sql("delete from audit_entry where seq = 3").update();
    jdbc.sql(
            "update audit_head set seq = ?, entry_hash = ?, key_id = ?, signature = ? where id = 1")
        .params(
            signedHeadOfTwo.get("seq"),
            signedHeadOfTwo.get("entry_hash"),
            signedHeadOfTwo.get("key_id"),
            signedHeadOfTwo.get("signature"))
        .update();

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("điểm neo đã ghi tới mục số 3", "quay lui");
  }

  @Test
  void noEntryIsAppendedToATrailAnInsiderRechained() {
    threeEntries();
    jdbc.sql("update audit_entry set actor = 'người khác' where seq = 1").update();
    rechainFrom(1);

    assertThatThrownBy(
            () -> trail.append(new RecordChanged("cadre", "CB9", "UPDATE", "x", "y"), "bantochuc"))
        .isInstanceOf(AuditTrailTamperedException.class);
    assertThat(trail.head().seq()).isEqualTo(3);
  }

  @Test
  void aPrintedCheckpointReadsBackAndVerifies() {
    threeEntries();
    Checkpoint made = trail.checkpoint("kiemtra");

    Checkpoint printed = Checkpoint.parse(made.code()).orElseThrow();

    assertThat(printed).isEqualTo(made);
    assertThat(trail.verify(printed).intact()).isTrue();
    assertThat(trail.checkpoints(5)).containsExactly(made);
  }

  @Test
  void aPrintedCheckpointCatchesATrailWipedAndStartedAnew() {
    threeEntries();
    String printed = trail.checkpoint("kiemtra").code();
    DatabaseCleaner.clean(jdbc);
    threeEntries();

    Verification v = trail.verify(Checkpoint.parse(printed).orElseThrow());

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("nhật ký đã bị thay");
  }

  @Test
  void aForgedCheckpointIsNotBelieved() {
    threeEntries();
    Checkpoint made = trail.checkpoint("kiemtra");
    Checkpoint forged =
        new Checkpoint(made.trailId(), 2, made.entryHash(), made.madeAt(), made.signature());

    assertThat(trail.verify(forged).problem()).contains("không có chữ ký đúng");
  }

  private void twoCadresImported() {
    registryImport.importContent(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YK", "Yết Kiêu")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Quốc Khánh")
            .holding("YK-CT")
            .since(LocalDate.of(2015, 1, 1))
            .and()
            .build());
    assertThat(trail.verify().intact()).as("untouched").isTrue();
  }

  private void boardOfficerLoggedIn() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "bantochuc", null, AuthorityUtils.createAuthorityList("ROLE_ORGANISATION_BOARD")));
  }

  @Test
  void anInsiderWhoEditsACadresNameInTheDatabaseIsCaughtAndTheCadreNamed() {
    twoCadresImported();
    jdbc.sql("update cadre set full_name = 'Tên giả' where code = 'CB2'").update();

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("cán bộ CB2", "nội dung khác").doesNotContain("CB1");
  }

  @Test
  void anInsiderWhoDeletesAnAssignmentRowIsCaught() {
    twoCadresImported();
    jdbc.sql("delete from cadre_assignment where cadre_code = 'CB1'").update();

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("cán bộ CB1");
  }

  @Test
  void anInsiderWhoPutsBackACadresOlderRowAndSealIsCaught() {
    twoCadresImported();
    Map<String, Object> oldSeal =
        jdbc.sql(
                "select entry_seq, entry_hash, key_id, digest from audit_seal where record_id = 'CB1'")
            .query()
            .singleRow();
    boardOfficerLoggedIn();
    cadres.updateCadre(cadres.cadre("CB1").orElseThrow().withFullName("Nguyễn Văn Đức Anh"));
    assertThat(trail.verify().intact()).as("changed through the registry").isTrue();

    jdbc.sql("update cadre set full_name = 'Nguyễn Văn Đức', version = 0 where code = 'CB1'")
        .update();
    jdbc.sql(
            "update audit_seal set entry_seq = ?, entry_hash = ?, key_id = ?, digest = ?"
                + " where record_id = 'CB1'")
        .params(oldSeal.values().toArray())
        .update();

    Verification v = trail.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("cán bộ CB1", "quay lui");
  }

  @Test
  void aCadreChangedThroughTheRegistryIsSealedAnewAndStillVerifies() {
    twoCadresImported();
    boardOfficerLoggedIn();

    cadres.updateCadre(cadres.cadre("CB2").orElseThrow().withFullName("Trần Quốc Khánh Linh"));

    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aLargeImportIsSealedCadreByCadreAndAnInsidersEditIsStillCaught() {
    // more cadres than the seals read a thousand at a time: each table is read in one pass
    RegistryContent district = DemoDistrict.generate(2022, 10_200);
    assertThat(registryImport.importContent(district).imported()).isTrue();
    assertThat(trail.verify().intact()).as("untouched").isTrue();
    String last = district.assignments().get(district.assignments().size() - 1).cadreCode();
    assertThat(
            jdbc.sql("select count(*) from audit_seal where record_type = 'cadre'")
                .query(Long.class)
                .single())
        .isEqualTo(district.cadres().size());

    jdbc.sql("update cadre_assignment set decision_number = 'giả' where cadre_code = ?")
        .param(last)
        .update();

    Verification v = trail.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("cán bộ " + last);
  }

  @Test
  void aChangedCadreIsKeptWithWhoDidItAndBeforeAndAfter() {
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "bantochuc", null, AuthorityUtils.createAuthorityList("ROLE_ORGANISATION_BOARD")));
    Cadre read = cadres.cadre("CB1").orElseThrow();

    cadres.updateCadre(read.withFullName("Nguyễn Văn Đức Anh"));

    var history = trail.historyOf("cadre", "CB1");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).actor()).isEqualTo("bantochuc");
    assertThat(history.get(0).before()).contains("fullName=Nguyễn Văn Đức,");
    assertThat(history.get(0).after()).contains("fullName=Nguyễn Văn Đức Anh,");
    assertThat(trail.historyOf("registry", "import")).hasSize(1);
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aRefusedChangeLeavesNoEntry() {
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
    Cadre read = cadres.cadre("CB1").orElseThrow();
    cadres.updateCadre(read.withFullName("Tên mới"));

    assertThatThrownBy(() -> cadres.updateCadre(read.withFullName("Tên khác")))
        .isInstanceOf(ConcurrentEditException.class);

    assertThat(trail.historyOf("cadre", "CB1")).hasSize(1);
  }

  @Test
  void aSealCoversEveryColumnOfACadresRowsButTheHistoryRowsSurrogateId() {
    for (SealedRows.Table table : SealedRows.TABLES) {
      List<String> columns =
          jdbc.sql("select * from " + table.name() + " where 1 = 0")
              .query(
                  (ResultSetExtractor<List<String>>)
                      rs -> {
                        List<String> labels = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                          labels.add(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
                        }
                        return labels;
                      });
      columns.remove("id");
      assertThat(table.columns()).as(table.name()).containsExactlyInAnyOrderElementsOf(columns);
    }
  }

  @Test
  void theDigestAnImportHandsOverForItsNewCadresIsTheOneTheRowsReadBackGive() {
    twoCadresImported();
    Map<String, Object> handedOver =
        jdbc.sql("select entry_seq, digest, format from audit_seal where record_id = 'CB1'")
            .query()
            .singleRow();
    AuditEntry sealedBy =
        trail.latest(10).stream()
            .filter(e -> e.seq() == ((Number) handedOver.get("entry_seq")).longValue())
            .findFirst()
            .orElseThrow();
    assertThat(sealedBy.recordId()).isEqualTo("CB1");

    seals.changed(List.of(sealedBy), List.of(), Map::of);

    assertThat(
            jdbc.sql("select entry_seq, digest, format from audit_seal where record_id = 'CB1'")
                .query()
                .singleRow())
        .isEqualTo(handedOver);
    assertThat(((Number) handedOver.get("format")).intValue()).isEqualTo(RowSeals.SEALED_ROWS);
  }

  @Test
  void aSealMadeBeforeSealsHadAFormatStillVerifiesAndStillCatchesAnEdit() {
    twoCadresImported();
    long seq =
        jdbc.sql("select entry_seq from audit_seal where record_id = 'CB1'")
            .query(Long.class)
            .single();
    String entryHash =
        jdbc.sql("select entry_hash from audit_entry where seq = ?")
            .param(seq)
            .query(String.class)
            .single();
    // format 1: every column of the rows as select * gives them, ids included, each row a part
    List<String> rows = new ArrayList<>();
    for (String[] table :
        List.of(
            new String[] {"cadre", "code"},
            new String[] {"cadre_assignment", "cadre_code"},
            new String[] {"cadre_assessment", "cadre_code"},
            new String[] {"cadre_discipline", "cadre_code"},
            new String[] {"succession_entry", "cadre_code"})) {
      jdbc.sql("select * from " + table[0] + " where " + table[1] + " = 'CB1'")
          .query(
              (RowCallbackHandler)
                  rs -> {
                    StringBuilder line = new StringBuilder(table[0]).append('\u001e');
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                      line.append(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT))
                          .append('=')
                          .append(rs.getString(i))
                          .append('\u001f');
                    }
                    rows.add(line.toString());
                  });
    }
    AuditKey.Signer signer = key.signer();
    signer.add("cadre").add("CB1").add(Long.toString(seq)).add(entryHash);
    rows.stream().sorted().forEach(signer::add);
    AuditKey.Signature old = signer.sign();
    jdbc.sql("update audit_seal set key_id = ?, digest = ?, format = 1 where record_id = 'CB1'")
        .params(old.keyId(), old.mac())
        .update();

    assertThat(trail.verify().intact()).as("format 1, untouched").isTrue();

    jdbc.sql("update cadre_assignment set decision_number = 'giả' where cadre_code = 'CB1'")
        .update();
    Verification v = trail.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.problem()).contains("cán bộ CB1").doesNotContain("CB2");
  }
}
