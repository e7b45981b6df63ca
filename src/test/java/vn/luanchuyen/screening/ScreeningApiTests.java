package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@AutoConfigureMockMvc
class ScreeningApiTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryImport registryImport;
  @Autowired DemoUsers demoUsers;
  @Autowired JdbcClient jdbc;

  /**
   * Whether this class has loaded the demo district. Another class sharing the Spring context may
   * leave 300 cadres whose stays it changed (a plan carried out), so a count is not enough: the
   * demo is loaded afresh once per class, and these tests only read it.
   */
  private static boolean demoLoaded;

  @BeforeEach
  void demoDistrict() {
    if (!demoLoaded) {
      DatabaseCleaner.clean(jdbc);
      demoUsers.create();
      registryImport.importContent(DemoDistrict.generate(2022));
      demoLoaded = true;
    }
  }

  @Test
  void aLongScreeningListIsShownFiftyCadresAPage() throws Exception {
    String first =
        mvc.perform(
                get("/screening")
                    .param("asOf", "30/06/2022")
                    .param("tab", "NOT_ELIGIBLE")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(first.split("<a href=\"/cadres/CB").length - 1).isEqualTo(50);
    assertThat(first).contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"");
    String second =
        mvc.perform(
                get("/screening")
                    .param("asOf", "30/06/2022")
                    .param("tab", "NOT_ELIGIBLE")
                    .param("page", "1")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(second).contains("id=\"previous-page\"").contains("Trang 2/");
    assertThat(second.substring(second.indexOf("screening-list")))
        .doesNotContain(
            first.substring(first.indexOf("screening-list")).split("<a href=\"/cadres/")[1]);
  }

  @Test
  void screeningTheDemoDistrictReturnsTheExchangeFormat() throws Exception {
    mvc.perform(
            get("/api/v1/screening")
                .param("policy", "hadong-2022")
                .param("asOf", "2022-06-30")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy").value("hadong-2022"))
        .andExpect(jsonPath("$.asOf").value("2022-06-30"))
        .andExpect(jsonPath("$.cadres.length()").value(300))
        .andExpect(jsonPath("$.cadres[0].retirementMonth").isString())
        .andExpect(
            jsonPath("$.targets[?(@.target == 'non-local-ward-leaders')].numerator").value(13))
        .andExpect(
            jsonPath("$.targets[?(@.target == 'non-local-ward-leaders')].denominator").value(34))
        .andExpect(
            jsonPath("$.targets[?(@.target == 'deputies-per-department')].met").value(false));
  }

  @Test
  void oneCadreIsScreenedWithEveryVerdictAndItsReason() throws Exception {
    mvc.perform(
            get("/api/v1/screening/cadres/CB0023")
                .param("asOf", "2022-06-30")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cadres[0].code").value("CB0023"))
        .andExpect(
            jsonPath(
                "$.cadres[0].verdicts[?(@.rule == 'head-tenure')].outcome", hasItem("MUST_MOVE")))
        .andExpect(
            jsonPath(
                "$.cadres[0].verdicts[?(@.rule == 'head-tenure')].reason",
                hasItem(
                    containsString(
                        "Trưởng phòng Nội vụ liên tục 8 năm 11 tháng (từ 30/07/2013)"))));
  }

  @Test
  void theRetirementOfAWomanBornInApril1969IsDecember2025() throws Exception {
    mvc.perform(
            get("/api/v1/retirement")
                .param("sex", "Nữ")
                .param("birth", "04/1969")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.retirementMonth").value("2025-12"))
        .andExpect(jsonPath("$.ageYears").value(56))
        .andExpect(jsonPath("$.ageMonths").value(8));
  }

  @Test
  void aBadBirthDateIsAProblemDetail() throws Exception {
    mvc.perform(
            get("/api/v1/retirement")
                .param("sex", "Nam")
                .param("birth", "13/1970")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("13/1970")));
  }

  @Test
  void anUnknownPolicyIsAProblemDetailNamingIt() throws Exception {
    mvc.perform(
            get("/api/v1/screening")
                .param("policy", "no-such-policy")
                .param("asOf", "2022-06-30")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("no-such-policy")));
  }

  @Test
  void aDateOutsideThePolicyGivesAWarningNotAFailure() throws Exception {
    mvc.perform(
            get("/api/v1/screening")
                .param("asOf", "2030-01-01")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.warnings.length()").value(1));
  }

  @Test
  void theTargetsReadAsPercentagesWithTheirCountsInWordsAndAForecastHeadedAsOne() throws Exception {
    String page =
        mvc.perform(
                get("/screening")
                    .param("asOf", "30/06/2022")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String nonLocal = page.substring(page.indexOf("id=\"target-non-local-ward-leaders\""));
    assertThat(nonLocal.substring(0, nonLocal.indexOf("</p>")))
        .containsPattern("<strong>\\d{1,3},\\d%</strong>")
        .contains("<strong>50,0%</strong>")
        .containsPattern("\\d+ trên \\d+ chức danh do người không phải người địa phương đảm nhiệm");
    String deputies = page.substring(page.indexOf("id=\"target-deputies-per-department\""));
    assertThat(deputies.substring(0, deputies.indexOf("</p>")))
        .containsPattern("<strong>\\d,\\d\\d</strong>")
        .containsPattern("\\d+ người đang giữ chức danh, chia cho \\d+ đơn vị");
    assertThat(page).contains("Dự báo cuối năm");
  }

  @Test
  void everyListExportsToExcel() throws Exception {
    var result =
        mvc.perform(
                get("/api/v1/screening/export")
                    .param("asOf", "2022-06-30")
                    .with(httpBasic("xem", DemoUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andReturn();
    result.getAsyncResult(60_000);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      // a title row and a header row above the cadres
      assertThat(workbook.getSheet("Cấp trưởng phải luân chuyển").getLastRowNum()).isEqualTo(7);
      // one more deputy of 5 years retires within 18 months: exempt, listed apart
      assertThat(workbook.getSheet("Cấp phó phải luân chuyển").getLastRowNum()).isEqualTo(7);
      assertThat(workbook.getSheet("Chỉ tiêu").getLastRowNum()).isEqualTo(3);
      var heads = workbook.getSheet("Cấp trưởng phải luân chuyển");
      assertThat(heads.getRow(0).getCell(0).getStringCellValue())
          .startsWith("Cấp trưởng phải luân chuyển — ")
          .endsWith(", tính đến ngày 30/06/2022");
      assertThat(heads.getRow(1).getCell(0).getStringCellValue()).isEqualTo("STT");
      assertThat(heads.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(heads.getRow(2).getCell(6).getStringCellValue()).contains("từ 8 năm trở lên");
      var share = workbook.getSheet("Chỉ tiêu").getRow(2).getCell(2);
      assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(share.getNumericCellValue()).isBetween(0.0, 1.0);
      var problems = workbook.getSheet("Dữ liệu cần bổ sung");
      assertThat(problems.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Nội dung");
    }
  }
}
