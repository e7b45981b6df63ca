package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.policy.Policies;

/**
 * A deployment chooses the policy in force with the property {@code luanchuyen.policy.current}
 * (here qd65-2022 instead of the index's hadong-2022): the pages and the API use it when no policy
 * is named, and a named policy still wins.
 */
@SpringBootTest(properties = "luanchuyen.policy.current=qd65-2022")
@AutoConfigureMockMvc
class PolicyInForceTests {

  @Autowired MockMvc mvc;
  @Autowired Policies policies;

  @Test
  void theApplicationsPoliciesTakeThePolicyInForceFromTheProperty() {
    assertThat(Policies.asShipped().currentId()).isEqualTo("hadong-2022");
    assertThat(policies.currentId()).isEqualTo("qd65-2022");
    assertThat(policies.current().id()).isEqualTo("qd65-2022");
  }

  @Test
  void theScreeningApiScreensUnderThePolicyInForceWhenNoneIsNamed() throws Exception {
    mvc.perform(
            get("/api/v1/screening")
                .param("asOf", "2023-01-01")
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy").value("qd65-2022"));
    mvc.perform(
            get("/api/v1/screening")
                .param("asOf", "2023-01-01")
                .param("policy", "hadong-2022")
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.policy").value("hadong-2022"));
  }

  @Test
  void theScreeningPageOpensOnThePolicyInForce() throws Exception {
    mvc.perform(
            get("/screening").param("asOf", "01/01/2023").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"qd65-2022\" selected=\"selected\"")))
        .andExpect(
            content().string(not(containsString("value=\"hadong-2022\" selected=\"selected\""))));
  }

  @Test
  void thePolicyListAndTheApiMarkThePolicyInForce() throws Exception {
    mvc.perform(get("/api/v1/policies/qd65-2022").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.current").value(true));
    mvc.perform(get("/api/v1/policies/hadong-2022").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.current").value(false));
  }
}
