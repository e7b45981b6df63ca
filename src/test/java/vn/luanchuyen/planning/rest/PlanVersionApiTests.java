package vn.luanchuyen.planning.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.cadre.AssignmentForm.CHUYEN_DOI;
import static vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG;
import static vn.luanchuyen.cadre.AssignmentForm.LUAN_CHUYEN;
import static vn.luanchuyen.testing.Plans.aMove;
import static vn.luanchuyen.testing.Plans.aPlan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.testing.DatabaseCleaner;

/** The saved-version endpoints carry each move's form, and the diff a change of form. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanVersionApiTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PlanVersions versions;
  @Autowired ObjectMapper json;

  @BeforeEach
  void clean() {
    DatabaseCleaner.clean(jdbc);
  }

  String read(String url) throws Exception {
    return mvc.perform(get(url).with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static List<String> each(JsonNode array, String... fields) {
    List<String> out = new ArrayList<>();
    array.forEach(
        n -> {
          List<String> values = new ArrayList<>();
          for (String f : fields) {
            values.add(n.get(f).isNull() ? "null" : n.get(f).asText());
          }
          out.add(String.join(" ", values));
        });
    return out;
  }

  @Test
  void theMovesOfASavedVersionCarryTheirForms() throws Exception {
    long id =
        versions
            .save(
                "Hỗn hợp",
                aPlan()
                    .with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
                    .with(aMove("C2").from("W2-CT").to("P2-TP").as(DIEU_DONG))
                    .with(aMove("C3").from("P2-PTP1").to("P2-PTP2").as(CHUYEN_DOI))
                    .build(),
                List.of(new PlanRequest.Forbidden("C4", "W1-PCT")))
            .id();

    JsonNode moves = json.readTree(read("/api/v1/plans/versions/" + id + "/moves"));

    assertThat(each(moves, "cadre", "toSeat", "form", "forbidden"))
        .containsExactly(
            "C1 W1-CT LUAN_CHUYEN false",
            "C2 P2-TP DIEU_DONG false",
            "C3 P2-PTP2 CHUYEN_DOI false",
            "C4 W1-PCT null true");
  }

  @Test
  void theDiffOfTwoVersionsCarriesAChangeOfForm() throws Exception {
    long a =
        versions
            .save(
                "So sánh",
                aPlan().with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN)).build(),
                List.of())
            .id();
    long b =
        versions
            .save(
                "So sánh",
                aPlan().with(aMove("C1").from("P1-TP").to("W1-CT").as(CHUYEN_DOI)).build(),
                List.of())
            .id();

    JsonNode diff = json.readTree(read("/api/v1/plans/versions/diff?from=" + a + "&to=" + b));

    assertThat(each(diff.get("changes"), "cadre", "kind", "formBefore", "formAfter"))
        .containsExactly("C1 FORM_CHANGED LUAN_CHUYEN CHUYEN_DOI");
  }

  @Test
  void theApiDocumentationDescribesTheForm() throws Exception {
    String docs = read("/v3/api-docs");

    assertThat(docs).contains("Hình thức của điều chuyển: LUAN_CHUYEN (luân chuyển)");
    assertThat(docs).contains("FORM_CHANGED");
  }
}
