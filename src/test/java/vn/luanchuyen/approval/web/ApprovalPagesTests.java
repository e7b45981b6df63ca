package vn.luanchuyen.approval.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.testing.DatabaseCleaner;

/** The case pages: list, timeline, the current step's form, refusals and conflicts as messages. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ApprovalPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Approvals approvals;

  @BeforeEach
  void clean() {
    DatabaseCleaner.clean(jdbc);
  }

  ApprovalCase open() {
    return approvals.open(
        "qd65-5-steps",
        "plan-version",
        "42",
        "Phương án luân chuyển 2022 – bản 3",
        new Actor("bantochuc", Set.of("ORGANISATION_BOARD")));
  }

  @Test
  void theCasePageShowsTheStepsAndTheCurrentStepsForm() throws Exception {
    ApprovalCase c = open();

    mvc.perform(get("/approval").with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Phương án luân chuyển 2022 – bản 3")));
    mvc.perform(get("/approval/" + c.id()).with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Đang làm")))
        .andExpect(content().string(Matchers.containsString("id=\"step-form\"")))
        .andExpect(content().string(Matchers.containsString("_csrf")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
  }

  @Test
  void aStaleFormIsAnsweredWithAConflictMessage() throws Exception {
    ApprovalCase c = open();
    approvals.complete(
        c.id(),
        c.version(),
        "chu-truong",
        StepInput.comment("Đồng ý"),
        new Actor("admin", Set.of("ADMIN")));

    mvc.perform(
            post("/approval/" + c.id() + "/steps/chu-truong")
                .param("version", String.valueOf(c.version()))
                .param("comment", "Đồng ý")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("refused", Matchers.containsString("người khác")));
  }
}
