package vn.luanchuyen.approval.rest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.luanchuyen.approval.TrialSubjects;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * The approval API: open, steps in order, refusals as problem details, the 409 conflict, tallies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TrialSubjects.class)
@Tag("database")
class ApprovalApiTests {

  static final String FULL =
      """
      {"version": %d, "comment": "Đồng ý", "unitsConsulted": "Phường Vạn Phúc",
       "appraisal": "Đủ tiêu chuẩn", "cadreMeeting": "Đã gặp", "cadreWishes": "Xin về phường"}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired ObjectMapper json;

  @BeforeEach
  void users() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
  }

  ResultActions post(String user, String path, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(httpBasic(user, DemoUsers.PASSWORD)));
  }

  long open() throws Exception {
    String response =
        post(
                "bantochuc",
                "/api/v1/approval/cases",
                """
                {"procedure": "qd65-5-steps", "subjectType": "trial-subject", "subjectId": "42",
                 "title": "Phương án luân chuyển 2022 – bản 3"}
                """)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(response).get("id").asLong();
  }

  @Test
  void aCaseIsOpenedAndItsFirstStepCompleted() throws Exception {
    long id = open();

    post("bantochuc", "/api/v1/approval/cases/" + id + "/steps/chu-truong", FULL.formatted(0))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.currentStep").value(1));
    mvc.perform(get("/api/v1/approval/cases/" + id).with(httpBasic("thuongvu", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.procedure.steps.length()").value(5))
        .andExpect(jsonPath("$.timeline[1].actor").value("bantochuc"));
    mvc.perform(get("/api/v1/approval/cases").with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$[0].title").value("Phương án luân chuyển 2022 – bản 3"));
  }

  @Test
  void theMeetingStepWaitsForEveryCadreAndNamesTheOneNotMetYet() throws Exception {
    long id = open();
    for (String step : new String[] {"chu-truong", "trao-doi-de-xuat", "tong-hop"}) {
      post(
              "bantochuc",
              "/api/v1/approval/cases/" + id + "/steps/" + step,
              FULL.formatted(version(id)))
          .andExpect(status().isOk());
    }
    meet(id, "cb001")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.candidate").value("CB001"));
    meet(id, "CB002").andExpect(status().isCreated());
    meet(id, "CB009")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("CB009")));

    post(
            "bantochuc",
            "/api/v1/approval/cases/" + id + "/steps/tham-dinh-gap-can-bo",
            FULL.formatted(version(id)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            jsonPath("$.detail")
                .value(Matchers.containsString("1/3 cán bộ trong hồ sơ: Lê Văn Cường (CB003)")));

    meet(id, "CB003").andExpect(status().isCreated());
    post(
            "bantochuc",
            "/api/v1/approval/cases/" + id + "/steps/tham-dinh-gap-can-bo",
            FULL.formatted(version(id)))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/approval/cases/" + id + "/cadre-meetings")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[2].candidateName").value("Lê Văn Cường"))
        .andExpect(jsonPath("$[2].metOn").value("2022-07-01"))
        .andExpect(jsonPath("$[2].wishes").value("Xin về phường gần nơi ở"));
  }

  @Test
  void aSkippedStepIsRefusedWithItsCodeInVietnameseOrEnglish() throws Exception {
    long id = open();

    post("bantochuc", "/api/v1/approval/cases/" + id + "/steps/tong-hop", FULL.formatted(0))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.codes[0]").value("step.out-of-order"))
        .andExpect(jsonPath("$.title").value("Quy trình không cho phép"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("không bỏ qua")));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/approval/cases/" + id + "/steps/tong-hop")
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(FULL.formatted(0))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.codes[0]").value("step.out-of-order"))
        .andExpect(jsonPath("$.title").value("The procedure does not allow this"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("none skipped")));
  }

  @Test
  void anUnknownCaseIsNotFoundNamingTheCase() throws Exception {
    mvc.perform(get("/api/v1/approval/cases/999999").with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Không có bản ghi hồ sơ trình duyệt mã 999999."));
  }

  @Test
  void aStaleVersionGetsAConflict() throws Exception {
    long id = open();
    post("bantochuc", "/api/v1/approval/cases/" + id + "/steps/chu-truong", FULL.formatted(0))
        .andExpect(status().isOk());

    post("admin", "/api/v1/approval/cases/" + id + "/steps/trao-doi-de-xuat", FULL.formatted(0))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("người khác thay đổi")));
  }

  long version(long id) throws Exception {
    return json.readTree(
            mvc.perform(
                    get("/api/v1/approval/cases/" + id)
                        .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .get("approvalCase")
        .get("version")
        .asLong();
  }

  ResultActions meet(long id, String cadre) throws Exception {
    return post(
        "bantochuc",
        "/api/v1/approval/cases/" + id + "/cadre-meetings",
        """
        {"candidate": "%s", "metOn": "2022-07-01", "content": "Trao đổi về nhiệm vụ ở phường",
         "wishes": "Xin về phường gần nơi ở"}
        """
            .formatted(cadre));
  }

  void toDecidingStep(long id) throws Exception {
    for (var cadre : TrialSubjects.CADRES) {
      meet(id, cadre.href()).andExpect(status().isCreated());
    }
    for (String step :
        new String[] {"chu-truong", "trao-doi-de-xuat", "tong-hop", "tham-dinh-gap-can-bo"}) {
      post(
              "bantochuc",
              "/api/v1/approval/cases/" + id + "/steps/" + step,
              FULL.formatted(version(id)))
          .andExpect(status().isOk());
    }
  }

  @Test
  void aTallyForACadreNotInTheCaseIsAProblemWithItsCode() throws Exception {
    long id = open();
    toDecidingStep(id);

    post(
            "thuongvu",
            "/api/v1/approval/cases/" + id + "/tallies",
            """
            {"candidate": "CB9999", "round": 1, "members": 15, "present": 14, "agree": 12,
             "disagree": 1, "abstain": 1, "invalid": 0}
            """)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.codes[0]").value("cadre.not-in-case"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("Cán bộ CB9999")));
  }

  @Test
  void aMoveIsTakenOutOfTheCaseWithItsReasonAndTheCaseShowsIt() throws Exception {
    long id = open();
    toDecidingStep(id);

    post(
            "bantochuc",
            "/api/v1/approval/cases/" + id + "/withdrawals",
            """
            {"version": %d, "candidate": "CB002", "reason": "Không đạt số phiếu"}
            """
                .formatted(version(id)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.candidate").value("CB002"))
        .andExpect(jsonPath("$.withdrawnBy").value("bantochuc"));
    mvc.perform(get("/api/v1/approval/cases/" + id).with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$.withdrawals[0].candidate").value("CB002"))
        .andExpect(jsonPath("$.withdrawals[0].reason").value("Không đạt số phiếu"));
    mvc.perform(
            get("/api/v1/approval/cases/" + id + "/withdrawals")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$.length()").value(1));
    post(
            "bantochuc",
            "/api/v1/approval/cases/" + id + "/withdrawals",
            """
            {"version": %d, "candidate": "CB001", "reason": ""}
            """
                .formatted(version(id)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.codes[0]").value("withdraw.no-reason"));
  }

  @Test
  void aTallyThatDoesNotAddUpIsRefusedNamingTheNumbers() throws Exception {
    long id = open();
    toDecidingStep(id);

    post(
            "bantochuc",
            "/api/v1/approval/cases/" + id + "/tallies",
            """
            {"candidate": "CB001", "round": 1, "members": 15, "present": 14, "agree": 10,
             "disagree": 2, "abstain": 1, "invalid": 0}
            """)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("= 13")));
    post(
            "bantochuc",
            "/api/v1/approval/cases/" + id + "/tallies",
            """
            {"candidate": "CB001", "round": 1, "members": 15, "present": 14, "agree": 11,
             "disagree": 2, "abstain": 1, "invalid": 0}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WAITING"));
    mvc.perform(
            get("/api/v1/approval/cases/" + id + "/tallies")
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$[0].clerks[0]").value("bantochuc"));
  }

  @Test
  void aUserWhoMayOnlyReadCannotAct() throws Exception {
    long id = open();
    post("thuongvu", "/api/v1/approval/cases/" + id + "/steps/chu-truong", FULL.formatted(0))
        .andExpect(status().isForbidden());
  }
}
