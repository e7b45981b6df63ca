package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.testing.DatabaseCleaner;

@Tag("database")
@SpringBootTest
class RegistryImportIntegrationTests {

  @Autowired RegistryImport registryImport;
  @Autowired RegistryStore store;
  @Autowired CadreRegistry cadres;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail trail;

  @BeforeEach
  void emptyRegistry() {
    DatabaseCleaner.clean(jdbc);
  }

  @Test
  void theDemoDistrictExportsBackToTheWorkbookItWasImportedFrom() {
    RegistryContent demo = DemoDistrict.generate(2022);
    assertThat(demo.cadres()).anyMatch(c -> c.personalIdNumber() != null);
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    new WorkbookWriter().write(demo, original);

    ImportReport report =
        registryImport.importWorkbook(new ByteArrayInputStream(original.toByteArray()));
    assertThat(report.problems()).isEmpty();
    assertThat(report.imported()).isTrue();

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    registryImport.exportWorkbook(exported);
    WorkbookRead back = new WorkbookReader().read(new ByteArrayInputStream(exported.toByteArray()));
    assertThat(back.problems()).isEmpty();
    RegistryContent again = back.content();

    assertThat(sorted(again.units(), u -> u.code())).isEqualTo(sorted(demo.units(), u -> u.code()));
    assertThat(sorted(again.positions(), p -> p.code()))
        .isEqualTo(sorted(demo.positions(), p -> p.code()));
    assertThat(sorted(again.cadres(), c -> c.code()))
        .isEqualTo(sorted(demo.cadres(), c -> c.code()));
    assertThat(sorted(again.assignments(), RegistryImportIntegrationTests::key))
        .isEqualTo(sorted(demo.assignments(), RegistryImportIntegrationTests::key));
    assertThat(sorted(again.planning(), Object::toString))
        .isEqualTo(sorted(demo.planning(), Object::toString));
    assertThat(sorted(again.assessments(), Object::toString))
        .isEqualTo(sorted(demo.assessments(), Object::toString));
    assertThat(sorted(again.disciplines(), Object::toString))
        .isEqualTo(sorted(demo.disciplines(), Object::toString));
  }

  private static RegistryContent twoCadresTheFirstNamed(String name) {
    return aRegistry()
        .ward("VP", "Vạn Phúc")
        .cadre("CB1", name)
        .holding("VP-CT")
        .since(LocalDate.of(2013, 3, 1))
        .and()
        .cadre("CB2", "Trần Quốc Khánh")
        .and()
        .build();
  }

  @Test
  void eachImportThatChangesACadreIsInThatCadresHistoryWithTheFieldsItChanged() {
    RegistryContent first = twoCadresTheFirstNamed("Nguyễn Văn Đức");
    RegistryContent renamed = twoCadresTheFirstNamed("Nguyễn Văn Đức Anh");

    registryImport.importContent(first);
    registryImport.importContent(renamed);
    registryImport.importContent(renamed);

    List<AuditEntry> history = trail.historyOf("cadre", "CB1");
    assertThat(history).extracting(AuditEntry::action).containsExactly("IMPORT", "IMPORT");
    assertThat(history.get(0).before()).isNull();
    assertThat(history.get(1).before()).isEqualTo("fullName=Nguyễn Văn Đức");
    assertThat(history.get(1).after()).endsWith("fullName=Nguyễn Văn Đức Anh");
    assertThat(trail.historyOf("cadre", "CB2")).hasSize(1);
    assertThat(trail.historyOf("registry", "import-cadres"))
        .extracting(AuditEntry::after)
        .containsExactly(
            "content; created=2, changed=0, unchanged=0",
            "content; created=0, changed=1, unchanged=1",
            "content; created=0, changed=0, unchanged=2");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aRefusedWorkbookWritesNothingAndListsEveryProblem() {
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
    RegistryContent clash =
        aRegistry()
            .ward("YN", "Yên Nghĩa")
            .cadre("CB2", "Trần Thị Hoa")
            .holding("VP-CT")
            .since(LocalDate.of(2020, 1, 1))
            .and()
            .cadre("CB3", "Lê Văn Cường")
            .holding("NO-SEAT")
            .since(LocalDate.of(2020, 1, 1))
            .and()
            .build();

    ImportReport report = registryImport.importContent(clash);

    assertThat(report.imported()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .anySatisfy(m -> assertThat(m).contains("Hai cán bộ cùng giữ chức danh \"VP-CT\""))
        .anySatisfy(m -> assertThat(m).contains("NO-SEAT"));
    assertThat(cadres.count()).isEqualTo(1);
    assertThat(store.load().units()).extracting(u -> u.code()).containsExactly("VP");
  }

  @Test
  void aWorkbookRefusedForARowOnItsLastSheetLeavesTheRegistryAsItWas() {
    RegistryContent before = storedDistrictOfOneCadre();
    // the units, seats, cadres and history are written while the assessments are still read
    TestWorkbook workbook = TestWorkbook.valid().set("DanhGia", 3, "Xếp loại", "GIOI");

    ImportReport report = registryImport.importWorkbook(workbook.stream());

    ImportProblem problem = theOnlyProblemOfARefusal(report, "DanhGia", 3);
    assertThat(problem.column()).isEqualTo("Xếp loại");
    assertTheRegistryIs(before);
    assertThat(trail.historyOf("registry", "import"))
        .extracting(AuditEntry::action)
        .endsWith("IMPORT_REFUSED");
  }

  @Test
  void aWorkbookReadCleanlyButRefusedByTheChecksLeavesTheRegistryAsItWas() {
    RegistryContent before = storedDistrictOfOneCadre();
    // every sheet reads; only the check of the whole workbook finds the unknown cadre
    TestWorkbook workbook = TestWorkbook.valid().row("DanhGia", "CB9", 2024, "HTTNV");

    ImportReport report = registryImport.importWorkbook(workbook.stream());

    assertThat(theOnlyProblemOfARefusal(report, "DanhGia", 4).message()).contains("CB9");
    assertTheRegistryIs(before);
  }

  @Test
  void aCleanWorkbookIsWrittenWholeWhileItIsRead() {
    ImportReport report = registryImport.importWorkbook(TestWorkbook.valid().stream());

    assertThat(report.problems()).isEmpty();
    assertThat(report.imported()).isTrue();
    RegistryContent stored = store.load();
    assertThat(stored.units()).extracting(u -> u.code()).containsExactlyInAnyOrder("HD", "HD-VP");
    assertThat(stored.cadres()).extracting(c -> c.code()).containsExactlyInAnyOrder("CB1", "CB2");
    assertThat(stored.assignments()).hasSize(3);
    assertThat(stored.planning()).hasSize(1);
    assertThat(stored.assessments()).hasSize(2);
    assertThat(trail.historyOf("cadre", "CB1")).hasSize(1);
    assertThat(trail.verify().intact()).isTrue();
  }

  private static ImportProblem theOnlyProblemOfARefusal(
      ImportReport report, String sheet, int row) {
    assertThat(report.imported()).isFalse();
    assertThat(report.problems()).hasSize(1);
    ImportProblem problem = report.problems().get(0);
    assertThat(problem.sheet()).isEqualTo(sheet);
    assertThat(problem.row()).isEqualTo(row);
    return problem;
  }

  private RegistryContent storedDistrictOfOneCadre() {
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB7", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
    return store.load();
  }

  private void assertTheRegistryIs(RegistryContent before) {
    RegistryContent after = store.load();
    assertThat(after.units()).isEqualTo(before.units());
    assertThat(after.positions()).isEqualTo(before.positions());
    assertThat(after.cadres()).isEqualTo(before.cadres());
    assertThat(after.assignments()).isEqualTo(before.assignments());
    assertThat(after.planning()).isEqualTo(before.planning());
    assertThat(after.assessments()).isEqualTo(before.assessments());
  }

  private static String key(Assignment a) {
    return a.cadreCode() + "|" + a.positionCode() + "|" + a.startDate();
  }

  private static Assignment withoutStorage(Assignment a) {
    return new Assignment(
        null,
        a.cadreCode(),
        a.positionCode(),
        a.startDate(),
        a.endDate(),
        a.form(),
        a.decisionNumber(),
        0);
  }

  private static <T> List<T> sorted(List<T> rows, Function<T, String> key) {
    return rows.stream()
        .map(r -> r instanceof Assignment a ? (T) withoutStorage(a) : r)
        .sorted(Comparator.comparing(key))
        .toList();
  }
}
