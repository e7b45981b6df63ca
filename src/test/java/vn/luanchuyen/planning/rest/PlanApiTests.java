package vn.luanchuyen.planning.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

/** The plan API on the demo district: start, progress, plan, hand edits, cancel, re-solve. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired DemoUsers demoUsers;
  @Autowired ObjectMapper json;

  @BeforeEach
  void demoDistrict() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(DemoDistrict.generate(7));
  }

  private String start(int seconds) throws Exception {
    String body =
        """
        {"policy": "hadong-2022", "asOf": "2022-06-30", "timeLimitSeconds": %d}
        """
            .formatted(seconds);
    String response =
        mvc.perform(
                post("/api/v1/plans")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(response).get("id").asText();
  }

  private JsonNode progress(String id) throws Exception {
    return json.readTree(
        mvc.perform(
                get("/api/v1/plans/" + id + "/progress").with(httpBasic("xem", DemoUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private JsonNode awaitDone(String id) throws Exception {
    JsonNode p = progress(id);
    for (int i = 0; i < 600 && !"DONE".equals(p.get("status").asText()); i++) {
      assertThat(p.get("status").asText()).isNotEqualTo("FAILED");
      Thread.sleep(200);
      p = progress(id);
    }
    assertThat(p.get("status").asText()).isEqualTo("DONE");
    return p;
  }

  private JsonNode plan(String id) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("xem", DemoUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void startingAPlanNeedsTheOrganisationBoard() throws Exception {
    mvc.perform(
            post("/api/v1/plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"policy\": \"hadong-2022\", \"asOf\": \"2022-06-30\"}")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aSolveRunsInTheBackgroundReportsProgressAndGivesAnExplainedPlan() throws Exception {
    String id = start(1);

    JsonNode done = awaitDone(id);
    JsonNode plan = plan(id);

    assertThat(done.get("best").get("softPenalty").asLong())
        .isEqualTo(plan.get("softPenalty").asLong());
    assertThat(plan.get("moves").size()).isPositive();
    assertThat(plan.get("moves").get(0).get("grounds").get(0).get("text").asText()).isNotBlank();
    assertThat(plan.get("constraints").size()).isEqualTo(17);
    assertThat(plan.get("targets").get(0).has("after")).isTrue();
  }

  @Test
  void aMoveEditedByHandIsCheckedAtOnce() throws Exception {
    String id = start(1);
    awaitDone(id);
    JsonNode move = plan(id).get("moves").get(0);
    String cadre = move.get("cadre").asText();

    mvc.perform(
            post("/api/v1/plans/" + id + "/check")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"locks\": [{\"cadre\": \"%s\", \"seat\": null}]}".formatted(cadre))
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.unplaced[?(@.cadres[0] == '%s')].text".formatted(cadre))
                .value(
                    org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString(
                            "được giữ nguyên vị trí theo lựa chọn của người lập phương án"))));
  }

  @Test
  void aCancelledSolveKeepsItsBestPlanAndCanBeSolvedAgainWithLocks() throws Exception {
    String id = start(120);
    JsonNode p = progress(id);
    for (int i = 0; i < 600 && p.get("best").isNull(); i++) {
      Thread.sleep(200);
      p = progress(id);
    }
    mvc.perform(
            post("/api/v1/plans/" + id + "/cancel")
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cancelled").value(true));
    awaitDone(id);
    JsonNode first = plan(id).get("moves").get(0);

    String body =
        "{\"locks\": [{\"cadre\": \"%s\", \"seat\": \"%s\"}]}"
            .formatted(first.get("cadre").asText(), first.get("toSeat").asText());
    String again =
        json.readTree(
                mvc.perform(
                        post("/api/v1/plans/" + id + "/resolve")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
                    .andExpect(status().isAccepted())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asText();
    JsonNode q = progress(again);
    for (int i = 0; i < 600 && q.get("best").isNull(); i++) {
      Thread.sleep(200);
      q = progress(again);
    }
    mvc.perform(
            post("/api/v1/plans/" + again + "/cancel")
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isOk());
    awaitDone(again);
    JsonNode locked = plan(again).get("moves");
    boolean kept = false;
    for (JsonNode m : locked) {
      if (m.get("cadre").asText().equals(first.get("cadre").asText())) {
        kept =
            m.get("toSeat").asText().equals(first.get("toSeat").asText())
                && m.get("locked").asBoolean();
      }
    }
    assertThat(kept).isTrue();
  }

  @Test
  void anUnknownPlanIsNotFound() throws Exception {
    mvc.perform(get("/api/v1/plans/nope/progress").with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Không có bản ghi phương án mã nope."));
    mvc.perform(
            get("/api/v1/plans/nope/progress")
                .param("lang", "en")
                .with(httpBasic("xem", DemoUsers.PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("There is no plan record with code nope."));
  }

  @Test
  void aPlanIsAskedForWithItsDayAndATimeWithinBounds() throws Exception {
    mvc.perform(
            post("/api/v1/plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"policy\": \"hadong-2022\", \"timeLimitSeconds\": 0}")
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("asOf"))
        .andExpect(jsonPath("$.errors[1].field").value("timeLimitSeconds"))
        .andExpect(jsonPath("$.errors[0].message").value("Cần ngày dự kiến điều chuyển (asOf)."));
  }
}
