package vn.luanchuyen.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@AutoConfigureMockMvc
class CadreApiTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired ObjectMapper json;

  @BeforeEach
  void registryWithOneWard() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1969, 4))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .woman()
            .identifiedBy("001185000123")
            .holding("YN-CT")
            .since(LocalDate.of(2016, 1, 1))
            .and()
            .build());
  }

  private Cadre read(String code) throws Exception {
    String body =
        mvc.perform(get("/api/v1/cadres/" + code).with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return json.readValue(body, Cadre.class);
  }

  private org.springframework.test.web.servlet.ResultActions putCadre(Cadre cadre)
      throws Exception {
    return mvc.perform(
        put("/api/v1/cadres/" + cadre.code())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(cadre))
            .with(httpBasic("bantochuc", DemoUsers.PASSWORD)));
  }

  @Test
  void aPersonalIdNumberRecordedThroughTheApiIsReadBackAndFindsTheCadre() throws Exception {
    putCadre(read("CB1").withPersonalIdNumber("001069004321"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.personalIdNumber").value("001069004321"));

    mvc.perform(
            get("/api/v1/cadres")
                .param("q", "001069004321")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value("CB1"));
  }

  @Test
  void aPersonalIdNumberOfElevenDigitsIsRefusedInVietnamese() throws Exception {
    putCadre(read("CB1").withPersonalIdNumber("00106900432"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("cadre.personalIdNumber.malformed"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Số định danh cá nhân phải gồm đúng 12 chữ số (đang ghi: 00106900432); không"
                        + " có gì được ghi."));
    assertThat(read("CB1").personalIdNumber()).isNull();
    assertThat(read("CB1").version()).isZero();
  }

  @Test
  void anotherCadresPersonalIdNumberIsRefusedWithoutNamingThem() throws Exception {
    putCadre(read("CB1").withPersonalIdNumber("001185000123"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("cadre.personalIdNumber.taken"))
        .andExpect(jsonPath("$.detail").value(containsString("đã được ghi cho một cán bộ khác")))
        .andExpect(jsonPath("$.detail").value(not(containsString("CB2"))));
    assertThat(read("CB1").personalIdNumber()).isNull();
  }

  @Test
  void aCadreKeepsTheirOwnPersonalIdNumberWhenOtherFieldsChange() throws Exception {
    putCadre(read("CB2").withFullName("Trần Thị Hoa Mai"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.personalIdNumber").value("001185000123"));
  }

  @Test
  void theApiNeedsCredentials() throws Exception {
    mvc.perform(get("/api/v1/cadres")).andExpect(status().isUnauthorized());
  }

  @Test
  void searchReturnsAPageWithSeatsAndIsoDates() throws Exception {
    mvc.perform(
            get("/api/v1/cadres")
                .param("q", "duc")
                .param("asOf", "2022-06-30")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value("CB1"))
        .andExpect(jsonPath("$.items[0].birthDate.date").value("1969-04-01"))
        .andExpect(jsonPath("$.items[0].birthDate.precision").value("MONTH"))
        .andExpect(jsonPath("$.items[0].seats[0].positionCode").value("VP-CT"));
  }

  @Test
  void assignmentsAreListedWithIsoDates() throws Exception {
    mvc.perform(get("/api/v1/cadres/CB1/assignments").with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$[0].startDate").value("2013-03-01"))
        .andExpect(jsonPath("$[0].positionCode").value("VP-CT"));
  }

  @Test
  void anUnknownCadreIsAProblemDetailInVietnamese() throws Exception {
    mvc.perform(get("/api/v1/cadres/NOPE").with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Không có bản ghi cán bộ mã NOPE."));
  }

  @Test
  void aViewerMayNotChangeACadre() throws Exception {
    String body =
        mvc.perform(get("/api/v1/cadres/CB1").with(httpBasic("xem", DemoUsers.PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            put("/api/v1/cadres/CB1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theSecondOfTwoEditsFromTheSameVersionGetsAConflict() throws Exception {
    String read =
        mvc.perform(get("/api/v1/cadres/CB1").with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    Cadre original = json.readValue(read, Cadre.class);
    String first = json.writeValueAsString(original.withFullName("Nguyễn Văn Đức Anh"));
    String second = json.writeValueAsString(original.withFullName("Nguyễn Đức"));

    mvc.perform(
            put("/api/v1/cadres/CB1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(first)
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put("/api/v1/cadres/CB1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(second)
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Xung đột chỉnh sửa"));
  }

  private Cadre readAsBoard() throws Exception {
    return json.readValue(
        mvc.perform(get("/api/v1/cadres/CB1").with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
        Cadre.class);
  }

  private org.springframework.test.web.servlet.ResultActions putAsBoard(Cadre cadre)
      throws Exception {
    return mvc.perform(
        put("/api/v1/cadres/CB1")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(cadre))
            .with(httpBasic("bantochuc", DemoUsers.PASSWORD)));
  }

  private static Cadre born(Cadre c, PartialDate birth, LocalDate partyJoin) {
    return new Cadre(
        c.code(),
        c.fullName(),
        c.sex(),
        birth,
        c.birthplace(),
        c.hometown(),
        c.permanentResidence(),
        c.ethnicity(),
        c.religion(),
        c.education(),
        c.politicalTheory(),
        c.stateManagement(),
        c.foreignLanguage(),
        c.itLevel(),
        partyJoin,
        c.otherNames(),
        c.generalEducation(),
        c.partyOfficialDate(),
        c.awards(),
        c.retirementOverride(),
        c.retirementOverrideReason(),
        c.version());
  }

  @Test
  void aBirthYearNoServingCadreCanHaveIsRefusedAtItsFieldAndNothingIsWritten() throws Exception {
    Cadre original = readAsBoard();
    for (int year : new int[] {2090, 1850}) {
      putAsBoard(born(original, PartialDate.ofYear(year), null))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.title").value("Dữ liệu nhập không hợp lệ"))
          .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
          .andExpect(
              jsonPath("$.errors[0].message")
                  .value(containsString("Ngày sinh " + year + " không thể đúng")));
    }
    Cadre after = readAsBoard();
    assertThat(after.birthDate()).isEqualTo(PartialDate.ofMonth(1969, 4));
    assertThat(after.version()).isZero();
  }

  @Test
  void aPartyAdmissionBeforeBirthAndHiddenCharactersInTheNameAreEachRefusedAtTheirField()
      throws Exception {
    Cadre original = readAsBoard();
    Cadre typed =
        born(original, original.birthDate(), LocalDate.of(1960, 1, 1))
            .withFullName("Nguyễn\u0000Văn\u202EĐức");

    putAsBoard(typed)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field").value(containsInAnyOrder("fullName", "partyJoinDate")))
        .andExpect(jsonPath("$.detail").value(containsString("ký tự ẩn")))
        .andExpect(
            jsonPath("$.detail")
                .value(containsString("Ngày vào Đảng 01/01/1960 trước ngày sinh (04/1969)")));
    assertThat(readAsBoard().fullName()).isEqualTo("Nguyễn Văn Đức");
  }

  @Test
  void aMalformedCodeInTheBodyIsRefusedAtTheCodeField() throws Exception {
    Cadre original = readAsBoard();
    Cadre typed =
        new Cadre(
            "CB 0002 <x>",
            original.fullName(),
            original.sex(),
            original.birthDate(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            original.version());

    putAsBoard(typed)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void anEditFromAVersionReadBeforeSomeoneChangedTheAssessmentsOrHistoryGetsAConflict()
      throws Exception {
    Cadre read = readAsBoard();
    // another user imports a workbook that adds an assessment and closes the stay, the CV unchanged
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1969, 4))
            .holding("VP-CT")
            .during(LocalDate.of(2013, 3, 1), LocalDate.of(2024, 12, 31))
            .assessed(2024, AssessmentGrade.HTXSNV)
            .and()
            .build(),
        store.load());
    assertThat(readAsBoard().version()).isEqualTo(read.version() + 1);

    putAsBoard(read.withFullName("Nguyễn Đức"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Xung đột chỉnh sửa"))
        .andExpect(
            jsonPath("$.detail")
                .value(containsString("đã được người khác thay đổi sau khi bạn mở nó")));
    assertThat(readAsBoard().fullName()).isEqualTo("Nguyễn Văn Đức");
  }

  @Test
  void importingTheSameHistoryAgainKeepsTheVersion() {
    long before =
        jdbc.sql("select version from cadre where code = 'CB1'").query(Long.class).single();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofMonth(1969, 4))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build(),
        store.load());
    assertThat(jdbc.sql("select version from cadre where code = 'CB1'").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void theOpenApiDescriptionListsTheCadreEndpoints() throws Exception {
    mvc.perform(get("/v3/api-docs").with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/v1/cadres/{code}/assignments")));
  }
}
