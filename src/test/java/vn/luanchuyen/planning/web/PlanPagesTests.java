package vn.luanchuyen.planning.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.testing.DatabaseCleaner;

/** The plan pages: the form, the side-by-side diff of two saved versions. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PlanVersions versions;

  @BeforeEach
  void clean() {
    DatabaseCleaner.clean(jdbc);
  }

  @Test
  void theBoardOffersTheFormInVietnamese() throws Exception {
    mvc.perform(get("/plans").with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Lập phương án")))
        .andExpect(content().string(Matchers.containsString("Chưa có phiên bản nào được lưu.")));
  }

  @Test
  void aViewerCannotStartAPlan() throws Exception {
    mvc.perform(
            post("/plans")
                .param("policy", "hadong-2022")
                .param("asOf", "2022-06-30")
                .with(csrf())
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void twoSavedVersionsAreComparedSideBySide() throws Exception {
    RotationPlan empty =
        new RotationPlan(
            "hadong-2022",
            java.time.LocalDate.of(2022, 6, 30),
            0,
            0,
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new vn.luanchuyen.planning.SolveFigures(0, 0, 0, 0, 0, 0, 0.0, 0, List.of()));
    long a = versions.save("Thử", empty, List.of()).id();
    long b = versions.save("Thử", empty, List.of(new PlanRequest.Forbidden("C1", "S1"))).id();

    mvc.perform(
            get("/plans/diff")
                .param("from", String.valueOf(a))
                .param("to", String.valueOf(b))
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString("0 điều chuyển khác nhau, 0 điều chuyển giống nhau")))
        .andExpect(content().string(Matchers.containsString("Thử (2)")));
  }

  @Test
  void anUnknownRunIsNotFound() throws Exception {
    mvc.perform(get("/plans/run/nope").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isNotFound());
  }
}
