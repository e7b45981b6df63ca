package vn.luanchuyen.importexport;

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
import vn.luanchuyen.cadre.AgeBand;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreQuery;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;

@Tag("database")
@SpringBootTest
class RegistryStoreIntegrationTests {

  private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 30);

  @Autowired RegistryStore store;
  @Autowired CadreRegistry cadres;
  @Autowired OrganisationChart chart;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyRegistry() {
    DatabaseCleaner.clean(jdbc);
  }

  private RegistryContent twoWards() {
    return aRegistry()
        .ward("VP", "Vạn Phúc")
        .ward("YN", "Yên Nghĩa")
        .cadre("CB1", "Nguyễn Văn Đức")
        .born(PartialDate.ofMonth(1969, 4))
        .identifiedBy("001069000417")
        .from("L-VP")
        .holding("VP-CT")
        .since(LocalDate.of(2013, 3, 1))
        .assessed(2021, AssessmentGrade.HTTNV)
        .planned("BI_THU", "VP", "2025-2030")
        .and()
        .cadre("CB2", "Trần Thị Hoa")
        .woman()
        .born(PartialDate.ofDay(LocalDate.of(1988, 2, 29)))
        .holding("YN-CT")
        .since(LocalDate.of(2020, 1, 1))
        .and()
        .build();
  }

  @Test
  void storedRegistryReadsBackUnchanged() {
    RegistryContent content = twoWards();
    store.store(content);

    RegistryContent loaded = store.load();
    assertThat(loaded.units()).isEqualTo(content.units());
    assertThat(loaded.positions()).isEqualTo(content.positions());
    assertThat(loaded.cadres()).isEqualTo(content.cadres());
    assertThat(loaded.assignments())
        .extracting(a -> a.cadreCode() + "@" + a.positionCode() + ":" + a.startDate())
        .containsExactly("CB1@VP-CT:2013-03-01", "CB2@YN-CT:2020-01-01");
    assertThat(loaded.planning()).isEqualTo(content.planning());
    assertThat(loaded.assessments()).isEqualTo(content.assessments());
  }

  @Test
  void importingACadreAgainReplacesTheirHistoryAndKeepsOthers() {
    store.store(twoWards());
    RegistryContent again =
        aRegistry()
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("YN-CT")
            .during(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31))
            .and()
            .build();

    store.store(again);

    assertThat(cadres.assignmentsOf("CB1"))
        .extracting(a -> a.positionCode() + ":" + a.endDate())
        .containsExactly("YN-CT:2012-12-31");
    assertThat(cadres.assignmentsOf("CB2")).hasSize(1);
    assertThat(cadres.cadre("CB1").orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void searchFindsCadresByNameWithoutDiacriticsAndByFilters() {
    store.store(twoWards());

    assertThat(cadres.search(query("nguyen van duc", null, null), 0, 20).items())
        .extracting(i -> i.code())
        .containsExactly("CB1");
    assertThat(cadres.search(query(null, Sex.FEMALE, null), 0, 20).items())
        .extracting(i -> i.code())
        .containsExactly("CB2");
    assertThat(cadres.search(query(null, null, AgeBand.OVER_50), 0, 20).items())
        .extracting(i -> i.code())
        .containsExactly("CB1");
    var byUnit =
        cadres.search(new CadreQuery(null, "YN", null, null, null, null, JUNE_2022), 0, 20);
    assertThat(byUnit.items()).extracting(i -> i.code()).containsExactly("CB2");
    assertThat(byUnit.items().get(0).seats())
        .extracting(s -> s.positionCode())
        .containsExactly("YN-CT");
  }

  @Test
  void aPersonalIdNumberIsStoredForANewCadreAndChangedByAnotherImport() {
    store.store(twoWards());
    assertThat(cadres.cadre("CB1").orElseThrow().personalIdNumber()).isEqualTo("001069000417");
    assertThat(cadres.cadre("CB2").orElseThrow().personalIdNumber()).isNull();

    RegistryContent corrected =
        aRegistry()
            .cadre("CB1", "Nguyễn Văn Đức")
            .identifiedBy("001069000418")
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .woman()
            .identifiedBy("001069000417")
            .and()
            .build();
    store.store(corrected);

    assertThat(cadres.cadre("CB1").orElseThrow().personalIdNumber()).isEqualTo("001069000418");
    assertThat(cadres.cadre("CB2").orElseThrow().personalIdNumber()).isEqualTo("001069000417");
  }

  @Test
  void searchFindsACadreByTheWholePersonalIdNumberNotByAPart() {
    store.store(twoWards());

    assertThat(cadres.search(query("001069000417", null, null), 0, 20).items())
        .extracting(i -> i.code())
        .containsExactly("CB1");
    assertThat(cadres.search(query("00106900041", null, null), 0, 20).items()).isEmpty();
  }

  @Test
  void theDatabaseRefusesOnePersonalIdNumberForTwoCadres() {
    store.store(twoWards());

    assertThatThrownBy(
            () ->
                jdbc.sql("update cadre set personal_id_number = ? where code = ?")
                    .params("001069000417", "CB2")
                    .update())
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  @Test
  void pagingCountsEveryMatchAndReturnsOnePage() {
    store.store(twoWards());
    var first = cadres.search(CadreQuery.all(JUNE_2022), 0, 1);
    assertThat(first.total()).isEqualTo(2);
    assertThat(first.items()).extracting(i -> i.code()).containsExactly("CB1");
    assertThat(first.hasNext()).isTrue();
    assertThat(cadres.search(CadreQuery.all(JUNE_2022), 1, 1).items())
        .extracting(i -> i.code())
        .containsExactly("CB2");
  }

  @Test
  void aStaleEditOfACadreIsRefused() {
    store.store(twoWards());
    Cadre read = cadres.cadre("CB2").orElseThrow();
    Cadre renamed = read.withFullName("Trần Thị Hoa Mai");
    cadres.updateCadre(renamed);

    assertThatThrownBy(() -> cadres.updateCadre(read.withFullName("Trần Hoa")))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(cadres.cadre("CB2").orElseThrow().fullName()).isEqualTo("Trần Thị Hoa Mai");
  }

  @Test
  void aStaleEditOfAUnitIsRefused() {
    store.store(twoWards());
    Unit read = chart.unit("VP").orElseThrow();
    chart.updateUnit(renamed(read, "UBND phường Vạn Phúc (mới)"));

    assertThatThrownBy(() -> chart.updateUnit(renamed(read, "Khác")))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void aFailureWhileStoringLeavesTheRegistryUnchanged() {
    store.store(twoWards());
    RegistryContent broken =
        aRegistry()
            .cadre("CB9", "Lê Văn Mới")
            .holding("NO-SUCH-SEAT")
            .since(LocalDate.of(2020, 1, 1))
            .and()
            .build();

    assertThatThrownBy(() -> store.store(broken)).isInstanceOf(RuntimeException.class);

    assertThat(cadres.cadre("CB9")).isEmpty();
    assertThat(cadres.count()).isEqualTo(2);
  }

  private static CadreQuery query(String text, Sex sex, AgeBand band) {
    return new CadreQuery(text, null, null, null, sex, band, JUNE_2022);
  }

  private static Unit renamed(Unit u, String name) {
    return new Unit(
        u.code(),
        name,
        u.levelCode(),
        u.typeCode(),
        u.block(),
        u.parentCode(),
        u.localityCode(),
        u.validFrom(),
        u.validTo(),
        u.predecessorCodes(),
        u.version());
  }
}
