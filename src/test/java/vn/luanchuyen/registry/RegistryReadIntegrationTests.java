package vn.luanchuyen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.cadre.AssessmentTable;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentTable;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.succession.SuccessionPools;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@Tag("database")
class RegistryReadIntegrationTests {

  @Autowired Registry registry;
  @Autowired CadreRegistry cadres;
  @Autowired OrganisationChart chart;
  @Autowired SuccessionPools pools;
  @Autowired RegistryImport importer;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void demoDistrict() {
    DatabaseCleaner.clean(jdbc);
    assertThat(importer.importContent(DemoDistrict.generate(2022)).problems()).isEmpty();
  }

  @Test
  void theWholeRegistryReadsAsEachOfItsTablesReadAlone() {
    RegistryContent whole = registry.read();

    assertThat(whole.units()).isEqualTo(chart.units());
    assertThat(whole.positions()).isEqualTo(chart.positions());
    assertThat(whole.cadres()).isEqualTo(cadres.cadres());
    assertThat(whole.assignments()).isEqualTo(cadres.assignments());
    assertThat(whole.planning()).isEqualTo(pools.entries());
    assertThat(whole.assessments()).isEqualTo(cadres.assessments());
    assertThat(whole.disciplines()).isEqualTo(cadres.disciplines());
  }

  @Test
  void staysAndAssessmentsAreReadAsColumns() {
    RegistryContent whole = registry.read();

    assertThat(AssignmentTable.isTable(whole.assignments())).isTrue();
    assertThat(AssessmentTable.isTable(whole.assessments())).isTrue();
    assertThat(whole.assignments()).hasSizeGreaterThan(whole.cadres().size());
    assertThat(whole.assessments()).hasSizeGreaterThan(whole.cadres().size());
  }

  @Test
  void aCodeOrADayReadManyTimesIsOneObject() {
    RegistryContent whole = registry.read();
    Map<String, Cadre> cadreByCode = new HashMap<>();
    whole.cadres().forEach(c -> cadreByCode.put(c.code(), c));
    Map<String, Position> seatByCode = new HashMap<>();
    whole.positions().forEach(p -> seatByCode.put(p.code(), p));
    Map<LocalDate, LocalDate> firstOfDay = new HashMap<>();

    assertThat(whole.assignments()).hasSizeGreaterThan(whole.cadres().size());
    for (Assignment a : whole.assignments()) {
      assertThat(a.cadreCode()).isSameAs(cadreByCode.get(a.cadreCode()).code());
      assertThat(a.positionCode()).isSameAs(seatByCode.get(a.positionCode()).code());
    }
    // the stays' days are held as day numbers; the cadres' days are shared objects
    for (Cadre c : whole.cadres()) {
      if (c.partyJoinDate() != null) {
        assertThat(c.partyJoinDate())
            .isSameAs(firstOfDay.computeIfAbsent(c.partyJoinDate(), d -> d));
      }
    }
    whole
        .assessments()
        .forEach(a -> assertThat(a.cadreCode()).isSameAs(cadreByCode.get(a.cadreCode()).code()));
  }
}
