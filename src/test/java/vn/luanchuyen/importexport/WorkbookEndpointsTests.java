package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@AutoConfigureMockMvc
class WorkbookEndpointsTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired CadreRegistry cadres;

  @BeforeEach
  void empty() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
  }

  private static byte[] workbook(RegistryContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WorkbookWriter().write(content, out);
    return out.toByteArray();
  }

  private static byte[] goodWorkbook() {
    return workbook(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
  }

  private static byte[] twoCadresInOneSeat() {
    return workbook(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .holding("VP-CT")
            .since(LocalDate.of(2020, 1, 1))
            .and()
            .build());
  }

  @Test
  void aClerkUploadsAGoodWorkbookAndSeesWhatWasImported() throws Exception {
    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, goodWorkbook()))
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("Đã nhập thành công: 1 đơn vị, 1 chức danh, 1 cán bộ")));
    assertThat(cadres.count()).isEqualTo(1);
  }

  @Test
  void aClerkUploadsABadWorkbookAndSeesEveryProblemWithNothingImported() throws Exception {
    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, twoCadresInOneSeat()))
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sổ không được nhập")))
        .andExpect(content().string(containsString("QuaTrinhCongTac")))
        .andExpect(content().string(containsString("Hai cán bộ cùng giữ chức danh")));
    assertThat(cadres.count()).isZero();
  }

  @Test
  void theProblemsOfABadWorkbookReadInEnglishWhenAskedAndCarryTheirCodes() throws Exception {
    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, twoCadresInOneSeat()))
                .param("lang", "en")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Two cadres hold position")));
    mvc.perform(
            multipart("/api/v1/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, twoCadresInOneSeat()))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].code").value("seat-held-twice"))
        .andExpect(jsonPath("$.title").value("Sổ Excel có lỗi"))
        .andExpect(jsonPath("$.detail").value(containsString("Sổ không được nhập: có ")));
    mvc.perform(
            multipart("/api/v1/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, twoCadresInOneSeat()))
                .param("lang", "en")
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].code").value("seat-held-twice"))
        .andExpect(jsonPath("$.problems[0].message").value(containsString("Two cadres hold")))
        .andExpect(jsonPath("$.detail").value(containsString("The workbook was not imported: ")));
    assertThat(cadres.count()).isZero();
  }

  @Test
  void aViewerCannotUpload() throws Exception {
    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, goodWorkbook()))
                .with(csrf())
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anUploadWithoutTheFormTokenIsRefused() throws Exception {
    mvc.perform(
            multipart("/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, goodWorkbook()))
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theApiRefusesABadWorkbookWithProblemDetails() throws Exception {
    mvc.perform(
            multipart("/api/v1/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, twoCadresInOneSeat()))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].sheet").value("QuaTrinhCongTac"))
        .andExpect(jsonPath("$.problems[0].row").isNumber())
        .andExpect(jsonPath("$.problems[0].message", containsString("Hai cán bộ")));
    assertThat(cadres.count()).isZero();
  }

  private static byte[] twelveHundredCadresOfUnknownSex() {
    TestWorkbook workbook = TestWorkbook.valid();
    for (int i = 0; i < 1200; i++) {
      workbook.row("CanBo", "X" + i, "Người thứ " + i, "Không rõ", null, null, null);
    }
    return workbook.bytes();
  }

  @Test
  void theApiListsTheFirstThousandProblemsAndCountsThemAll() throws Exception {
    mvc.perform(
            multipart("/api/v1/workbook/import")
                .file(
                    new MockMultipartFile(
                        "file", "so.xlsx", null, twelveHundredCadresOfUnknownSex()))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            jsonPath("$.problemCount").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1200)))
        .andExpect(jsonPath("$.problems.length()").value(ImportReport.MAX_LISTED))
        .andExpect(jsonPath("$.detail", containsString("liệt kê 1000 lỗi đầu")));
    assertThat(cadres.count()).isZero();
  }

  @Test
  void thePageSaysWhenOnlyTheFirstThousandProblemsAreListed() throws Exception {
    mvc.perform(
            multipart("/workbook/import")
                .file(
                    new MockMultipartFile(
                        "file", "so.xlsx", null, twelveHundredCadresOfUnknownSex()))
                .with(user("bantochuc").roles("ORGANISATION_BOARD"))
                .with(csrf()))
        .andExpect(
            content().string(containsString("Dưới đây là 1.000 lỗi đầu tiên trong 1.200 lỗi")));
  }

  @Test
  void theApiImportsAGoodWorkbookAndExportsItBack() throws Exception {
    mvc.perform(
            multipart("/api/v1/workbook/import")
                .file(new MockMultipartFile("file", "so.xlsx", null, goodWorkbook()))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cadres").value(1));
    var result =
        mvc.perform(get("/api/v1/workbook/export").with(httpBasic("xem", DemoUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andReturn();
    result.getAsyncResult(60_000);
    byte[] body = result.getResponse().getContentAsByteArray();
    WorkbookRead read = new WorkbookReader().read(new ByteArrayInputStream(body));
    assertThat(read.problems()).isEmpty();
    assertThat(read.content().cadres()).extracting(c -> c.code()).containsExactly("CB1");
  }

  @Test
  void theBlankTemplateDownloadsAsAnXlsx() throws Exception {
    mvc.perform(get("/workbook/template.xlsx").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("mau-so-can-bo.xlsx")));
  }
}
