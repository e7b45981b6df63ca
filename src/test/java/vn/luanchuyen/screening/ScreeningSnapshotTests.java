package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * The registry snapshot screening reads is kept while, and only while, the registry is unchanged.
 * The tables' change marks are read on every request here (in use, at most once a second).
 */
@Tag("database")
@SpringBootTest(properties = "luanchuyen.screening.recheck=0s")
class ScreeningSnapshotTests {

  @Autowired ScreeningRuns runs;
  @Autowired RegistryStore store;
  @Autowired CadreRegistry cadres;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void oneWardWithOneChairman() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofYear(1970))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
  }

  @Test
  void anUnchangedRegistryIsNotReadAgain() {
    assertThat(runs.snapshot()).isSameAs(runs.snapshot());
  }

  @Test
  void aCorrectionSavedInTheApplicationShowsInTheNextScreening() {
    RegistrySnapshot before = runs.snapshot();
    Cadre cadre = cadres.cadre("CB1").orElseThrow();
    cadres.updateCadre(cadre.withFullName("Nguyễn Văn Đạt"));
    assertThat(runs.snapshot().cadre("CB1").orElseThrow().fullName()).isEqualTo("Nguyễn Văn Đạt");
    assertThat(before.cadre("CB1").orElseThrow().fullName()).isEqualTo("Nguyễn Văn Đức");
  }

  @Test
  void aChangeWrittenByAnotherProcessShowsInTheNextScreening() {
    runs.snapshot();
    // as an import run from the command line against the same database would: no event here
    jdbc.sql("update cadre set full_name = 'Lê Văn Đức', version = version + 1 where code = 'CB1'")
        .update();
    assertThat(runs.snapshot().cadre("CB1").orElseThrow().fullName()).isEqualTo("Lê Văn Đức");
    jdbc.sql("update org_position set name = 'Chủ tịch phường', version = version + 1").update();
    assertThat(runs.snapshot().positions()).extracting(p -> p.name()).contains("Chủ tịch phường");
    jdbc.sql("delete from cadre_assignment").update();
    assertThat(runs.snapshot().usableStaysOf("CB1")).isEmpty();
  }

  @Test
  void aReportOnAnUnchangedRegistryIsKeptAndAChangeDropsIt() {
    Policy policy = runs.policy("hadong-2022");
    LocalDate day = LocalDate.of(2022, 6, 30);
    ScreeningReport first = runs.screen(runs.snapshot(), policy, day);
    assertThat(runs.screen(runs.snapshot(), policy, day)).isSameAs(first);
    cadres.updateCadre(cadres.cadre("CB1").orElseThrow().withFullName("Nguyễn Văn Đạt"));
    assertThat(runs.screen(runs.snapshot(), policy, day)).isNotSameAs(first);
  }
}
