package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;

@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class QualityEndpointsTests {

  static final RequestPostProcessor VIEWER = user("xem").roles("UNIT_VIEWER");

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired DemoUsers demoUsers;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @BeforeEach
  void twoWards() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .ward("KM", "Kiến Hưng")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofYear(1970))
            .from("L-VP")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .assessed(2021, AssessmentGrade.HTXSNV)
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .woman()
            .born(PartialDate.ofDay(LocalDate.of(1986, 2, 3)))
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .assessed(2021, AssessmentGrade.HTTNV)
            .and()
            .cadre("CB3", "Lê Thị Mai")
            .woman()
            .holding("KM-CT")
            .since(LocalDate.of(2021, 5, 1))
            .and()
            .build());
  }

  @Test
  void theDashboardShowsEveryDimensionInVietnameseWithChartDataAndTheTotal() throws Exception {
    mvc.perform(get("/reports/quality").param("asOf", "30/06/2022").with(VIEWER))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Phân tích chất lượng đội ngũ cán bộ")))
        .andExpect(
            content()
                .string(containsString("Tổng số 3 cán bộ đang giữ chức vụ tại ngày 30/06/2022")))
        .andExpect(content().string(containsString("Xếp loại chất lượng năm 2021")))
        .andExpect(content().string(containsString("Dưới 40 tuổi")))
        .andExpect(content().string(containsString("data-values=\"[")))
        .andExpect(content().string(containsString("/dist/chart.umd.js")))
        .andExpect(content().string(containsString("/js/reporting.js")));
  }

  @Test
  void everyNumberOnTheDashboardEqualsTheLengthOfTheListBehindIt() throws Exception {
    String page =
        mvc.perform(get("/reports/quality").param("asOf", "30/06/2022").with(VIEWER))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Matcher links =
        Pattern.compile("href=\"(/reports/quality/cadres\\?[^\"]+)\"[^>]*>(\\d+)</a>")
            .matcher(page);
    List<String> checked = new ArrayList<>();
    while (links.find()) {
      String url = links.group(1).replace("&amp;", "&");
      int shown = Integer.parseInt(links.group(2));
      String list =
          mvc.perform(get(url).with(VIEWER))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      int rows = list.split("<a href=\"/cadres/", -1).length - 1;
      assertThat(rows).as(url).isEqualTo(shown);
      checked.add(url);
    }
    assertThat(checked).hasSizeGreaterThan(QualityDimension.values().length * 2);
  }

  @Test
  void theApiGivesCountsThatMatchItsListsAndAnUnknownGroupIsNotFound() throws Exception {
    String body =
        mvc.perform(
                get("/api/v1/reports/quality")
                    .param("asOf", "2022-06-30")
                    .with(httpBasic("xem", "demo")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(3))
            .andExpect(jsonPath("$.asOf").value("2022-06-30"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode report = json.readTree(body);
    int lists = 0;
    for (JsonNode d : report.get("dimensions")) {
      int sum = 0;
      for (JsonNode b : d.get("buckets")) {
        sum += b.get("count").asInt();
        mvc.perform(
                get("/api/v1/reports/quality/cadres")
                    .param("asOf", "2022-06-30")
                    .param("dimension", d.get("id").asText())
                    .param("bucket", b.get("key").asText())
                    .with(httpBasic("xem", "demo")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.count").value(b.get("count").asInt()))
            .andExpect(jsonPath("$.cadres.length()").value(b.get("count").asInt()));
        lists++;
      }
      assertThat(sum).as(d.get("id").asText()).isEqualTo(3);
    }
    assertThat(lists).isGreaterThan(20);
    mvc.perform(
            get("/api/v1/reports/quality/cadres")
                .param("dimension", "age")
                .param("bucket", "NOPE")
                .with(httpBasic("xem", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aWardScopeCountsOnlyItsCadre() throws Exception {
    mvc.perform(
            get("/api/v1/reports/quality")
                .param("asOf", "2022-06-30")
                .param("unit", "VP")
                .with(httpBasic("xem", "demo")))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.scope.unitCode").value("VP"));
  }

  @Test
  void theExcelExportHasASheetPerDimensionAndTheListExportOneSheet() throws Exception {
    byte[] all =
        mvc.perform(get("/reports/quality.xlsx").param("asOf", "30/06/2022").with(VIEWER))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(sheetsOf(all)).hasSize(QualityDimension.values().length);
    assertThat(workbookXml(all)).contains("Độ tuổi").contains("Giới tính");

    byte[] list =
        mvc.perform(
                get("/reports/quality/cadres.xlsx")
                    .param("asOf", "30/06/2022")
                    .param("dimension", "sex")
                    .param("bucket", "FEMALE")
                    .with(VIEWER))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(sheetsOf(list)).hasSize(1);
    assertThat(entry(list, "xl/worksheets/sheet1.xml"))
        .contains("Trần Thị Hoa")
        .contains("Lê Thị Mai");
  }

  @Test
  void thePdfHoldsTheDashboardInVietnamese() throws Exception {
    byte[] pdf =
        mvc.perform(get("/reports/quality.pdf").param("asOf", "30/06/2022").with(VIEWER))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Phân tích chất lượng đội ngũ cán bộ")
          .contains("Dưới 40 tuổi")
          .contains("Người địa phương")
          .contains("Kinh nghiệm công tác ở cơ sở");
    }
  }

  private static List<String> sheetsOf(byte[] xlsx) throws IOException {
    try (ZipFile zip = zip(xlsx)) {
      return zip.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.matches("xl/worksheets/sheet\\d+\\.xml"))
          .toList();
    }
  }

  private static String workbookXml(byte[] xlsx) throws IOException {
    return entry(xlsx, "xl/workbook.xml");
  }

  private static String entry(byte[] xlsx, String name) throws IOException {
    try (ZipFile zip = zip(xlsx)) {
      ZipEntry e = zip.getEntry(name);
      assertThat(e).as(name).isNotNull();
      return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ZipFile zip(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("report", ".xlsx");
    Files.write(file, xlsx);
    file.toFile().deleteOnExit();
    return new ZipFile(file.toFile());
  }
}
