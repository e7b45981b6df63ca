package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.LuanChuyenApplication;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.WorkbookWriter;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.registry.RegistryContent;

/**
 * The importer on an in-memory database holding a small registry, and a valid workbook to mutate.
 * {@link #check} allows two outcomes only: a clean import, or a clean refusal that wrote nothing.
 */
final class ImportHarness implements AutoCloseable {
  private static final List<String> TABLES =
      List.of(
          "org_unit",
          "org_position",
          "cadre",
          "cadre_assignment",
          "cadre_assessment",
          "cadre_discipline",
          "succession_entry");

  private final ConfigurableApplicationContext app;
  private final RegistryImport importer;
  private final JdbcClient jdbc;
  final byte[] validWorkbook;

  ImportHarness() {
    app =
        new SpringApplicationBuilder(LuanChuyenApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(
                "--spring.datasource.url=jdbc:h2:mem:fuzz-"
                    + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--luanchuyen.demo.load-if-empty=false",
                "--logging.level.root=WARN");
    importer = app.getBean(RegistryImport.class);
    jdbc = app.getBean(JdbcClient.class);
    RegistryContent registry =
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YK", "Yết Kiêu")
            .seat(
                "VP-PCT",
                "VP",
                "Phó Chủ tịch UBND phường Vạn Phúc",
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .assessed(2021, AssessmentGrade.HTTNV)
            .planned("CHU_TICH_UBND", "YK", "2025-2030")
            .and()
            .cadre("CB2", "Trần Thị Mai")
            .woman()
            .holding("YK-CT")
            .since(LocalDate.of(2016, 1, 1))
            .and()
            .cadre("CB3", "Lê Quang Huy")
            .holding("VP-PCT")
            .during(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 6, 30))
            .and()
            .build();
    ImportReport loaded = importer.importContent(registry);
    assertThat(loaded.problems()).isEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkbookWriter().write(registry, out);
    validWorkbook = out.toByteArray();
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  /** Imports the upload; fails unless it was imported or refused with nothing written. */
  ImportReport check(byte[] upload) {
    Map<String, Long> before = counts();
    ImportReport report = importer.importWorkbook(new ByteArrayInputStream(upload));
    if (!report.imported()) {
      assertThat(report.problems()).as("a refusal says why").isNotEmpty();
      assertThat(counts()).as("a refused workbook writes nothing").isEqualTo(before);
    }
    return report;
  }

  @Override
  public void close() {
    app.close();
  }
}
