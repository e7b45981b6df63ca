package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.reporting.QualityReport.CadreRow;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;
import vn.luanchuyen.succession.TermPools;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * The dashboard reuses the records it read while the registry is unchanged (profile views and
 * changes outside the registry included), and sees every change made through the application at
 * once: an import, an edited cadre, a planning pool entry.
 */
@Tag("database")
@SpringBootTest
class QualityReportsTests {

  static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Autowired QualityReports reports;
  @Autowired RegistryStore store;
  @Autowired CadreRegistry cadres;
  @Autowired TermPools pools;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  @BeforeEach
  void twoWards() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1975, 4))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .woman()
            .born(PartialDate.ofDay(LocalDate.of(1987, 9, 2)))
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .and()
            .build());
  }

  QualityReport dashboard() {
    return reports.quality(DAY, QualityScope.everything());
  }

  List<String> planned(QualityReport report) {
    return report
        .breakdown(QualityDimension.PLANNING)
        .flatMap(b -> b.bucket("PLANNED"))
        .map(Bucket::cadreCodes)
        .orElseThrow();
  }

  @Test
  void anUnchangedRegistryIsNotReadAgainNorItsDashboardComputedAgain() {
    QualityReport first = dashboard();
    QualityAnalysis.Prepared records = reports.prepared();

    assertThat(dashboard()).isSameAs(first);
    assertThat(reports.prepared()).isSameAs(records);
  }

  @Test
  void anAuditedReadOfAProfileLeavesTheRecordsAsRead() {
    QualityReport first = dashboard();
    QualityAnalysis.Prepared records = reports.prepared();

    cadres.recordRead("CB1", "hồ sơ");

    assertThat(reports.prepared()).isSameAs(records);
    assertThat(dashboard()).isSameAs(first);
  }

  @Test
  void aChangeAuditedOutsideTheRegistryLeavesTheRecordsAsRead() {
    QualityAnalysis.Prepared records = reports.prepared();

    events.publishEvent(new RecordChanged("approval", "1", "UPDATE", null, "bước 1"));

    assertThat(reports.prepared()).isSameAs(records);
  }

  @Test
  void aCadreAddedToAPlanningPoolIsCountedAsPlannedAtOnce() {
    assertThat(planned(dashboard())).isEmpty();

    pools.add(new SuccessionEntry("CB2", "CHU_TICH_UBND", "VP", Term.parse("2025-2030")), DAY);

    assertThat(planned(dashboard())).containsExactly("CB2");
  }

  @Test
  void theBandsOfYearsInPostAreNamedFromTheBundlesWithThePolicysThresholds() {
    List<Bucket> tenure = dashboard().breakdown(QualityDimension.TENURE).orElseThrow().buckets();

    assertThat(tenure)
        .extracting(b -> reports.label(b, java.util.Locale.forLanguageTag("vi")))
        .containsExactly("Dưới 5 năm", "Từ 5 năm đến dưới 8 năm", "Từ 8 năm trở lên");
    assertThat(tenure)
        .extracting(b -> reports.label(b, java.util.Locale.ENGLISH))
        .containsExactly("Under 5 years", "5 years to under 8 years", "8 years or more");
  }

  @Test
  void anEditedCadreShowsAtOnce() {
    assertThat(dashboard().cadres()).extracting(CadreRow::fullName).contains("Trần Thị Hoa");

    cadres.updateCadre(cadres.cadre("CB2").orElseThrow().withFullName("Trần Thị Hoa Mai"));

    assertThat(dashboard().cadres())
        .extracting(CadreRow::fullName)
        .containsExactly("Nguyễn Văn Đức", "Trần Thị Hoa Mai");
  }

  @Test
  void anImportShowsAtOnce() {
    assertThat(dashboard().total()).isEqualTo(2);

    store.store(
        aRegistry()
            .ward("KH", "Kiến Hưng")
            .cadre("CB3", "Lê Văn Nam")
            .born(PartialDate.ofYear(1980))
            .holding("KH-CT")
            .since(LocalDate.of(2020, 1, 1))
            .and()
            .build());

    assertThat(dashboard().cadres()).extracting(CadreRow::code).contains("CB3").hasSize(3);
  }
}
