package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.SavedPlans;

/**
 * The whole procedure through the API: a plan version submitted, its steps done, the tally entered
 * by a clerk and a Standing Committee member, the decision recorded and applied, and the staleness
 * check before and after.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PlanDecisionApiTests {

  static final String STEP =
      """
      {"version": %d, "comment": "Đồng ý", "unitsConsulted": "Phòng Nội vụ",
       "appraisal": "Đủ tiêu chuẩn"}
      """;
  static final String MEETING =
      """
      {"candidate": "C1", "metOn": "2022-07-01", "content": "Trao đổi về nhiệm vụ ở phường",
       "wishes": "Đồng ý"}
      """;
  static final String TALLY =
      """
      {"candidate": "C1", "round": 1, "members": 15, "present": 14, "agree": 12,
       "disagree": 1, "abstain": 1, "invalid": 0}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired RegistryImport importer;
  @Autowired ObjectMapper json;

  long plan;

  @BeforeEach
  void registryAndPlan() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    assertThat(importer.importContent(SmallDistrict.standard().content()).problems()).isEmpty();
    plan =
        SavedPlans.draft(jdbc, "Đợt 1", "qd65-2022", SmallDistrict.AS_OF, "C1", "P1-TP", "W1-CT");
  }

  ResultActions send(String user, String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(httpBasic(user, DemoUsers.PASSWORD)));
  }

  JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  @Test
  void aPlanSubmittedThroughTheApiIsDecidedAndAppliedAndThenNoLongerFits() throws Exception {
    JsonNode c =
        read(
            send("bantochuc", "/api/v1/plans/versions/" + plan + "/submission", "{}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.procedureId").value("qd65-5-steps")));
    long id = c.get("id").asLong();
    send("bantochuc", "/api/v1/plans/versions/" + plan + "/submission", "{}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("đang xử lý")));
    long version = c.get("version").asLong();
    send("bantochuc", "/api/v1/approval/cases/" + id + "/cadre-meetings", MEETING)
        .andExpect(status().isCreated());
    for (String step :
        List.of("chu-truong", "trao-doi-de-xuat", "tong-hop", "tham-dinh-gap-can-bo")) {
      version =
          read(send(
                      "bantochuc",
                      "/api/v1/approval/cases/" + id + "/steps/" + step,
                      STEP.formatted(version))
                  .andExpect(status().isOk()))
              .get("version")
              .asLong();
    }
    send("thuongvu", "/api/v1/approval/cases/" + id + "/tallies", TALLY).andExpect(status().isOk());
    send("bantochuc", "/api/v1/approval/cases/" + id + "/tallies", TALLY)
        .andExpect(jsonPath("$.status").value("CONFIRMED"));
    send(
            "thuongvu",
            "/api/v1/approval/cases/" + id + "/decision",
            """
            {"version": %d, "outcome": "APPROVED", "comment": "Thông qua",
             "decisionNumber": "07-QĐ/QU", "signedOn": "2022-08-20", "effectiveOn": "2022-09-01"}
            """
                .formatted(version))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.decision.effectiveOn").value("2022-09-01"));

    mvc.perform(
            get("/api/v1/cadres/C1/assignments").with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.positionCode == 'W1-CT')].startDate").value("2022-09-01"))
        .andExpect(jsonPath("$[?(@.positionCode == 'W1-CT')].form").value("LUAN_CHUYEN"));
    mvc.perform(
            get("/api/v1/plans/versions/" + plan + "/staleness")
                .param("effectiveOn", "2022-09-01")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stale").value(false))
        .andExpect(jsonPath("$.changes").isEmpty());
    assertThat(
            jdbc.sql("select status from planning_plan where id = ?")
                .param(plan)
                .query(String.class)
                .single())
        .isEqualTo("DECIDED");
  }

  @Test
  void theStalenessCheckListsWhatChangedSinceThePlanWasSaved() throws Exception {
    jdbc.sql("update cadre_assignment set end_date = ? where cadre_code = 'C1'")
        .param(java.sql.Date.valueOf("2022-07-31"))
        .update();

    mvc.perform(
            get("/api/v1/plans/versions/" + plan + "/staleness")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.effectiveOn").value("2022-06-30"))
        .andExpect(jsonPath("$.stale").value(false));
    mvc.perform(
            get("/api/v1/plans/versions/" + plan + "/staleness")
                .param("effectiveOn", "2022-09-01")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$.stale").value(true))
        .andExpect(
            jsonPath("$.changes[0]")
                .value(Matchers.containsString("C1 không còn giữ vị trí P1-TP ngày 31/08/2022")));
  }
}
