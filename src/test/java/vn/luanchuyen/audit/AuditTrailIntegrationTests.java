package vn.luanchuyen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.testing.DatabaseCleaner;

@Tag("database")
@SpringBootTest
class AuditTrailIntegrationTests {

  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryStore store;
  @Autowired CadreRegistry cadres;

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
}
