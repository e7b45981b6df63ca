package vn.luanchuyen.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * A plan's scope is picked from the units of the registry; a unit code the registry does not hold
 * is refused with its code named, on the page and in the API, instead of an empty plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanScopeTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryStore store;
  @Autowired DemoUsers demoUsers;

  @BeforeEach
  void twoUnitsInTwoBlocks() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .unit("BTC", "Ban Tổ chức Quận ủy", "QUAN", "CAP_UY", Block.DANG)
            .build());
  }

  @Test
  void theScopeIsPickedFromTheUnitsGroupedByBlockAndLevel() throws Exception {
    mvc.perform(get("/plans").with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<optgroup label=\"Khối Đảng · ")))
        .andExpect(content().string(containsString("<option value=\"BTC\">Ban Tổ chức Quận ủy")))
        .andExpect(content().string(containsString("<optgroup label=\"Khối chính quyền · ")))
        .andExpect(content().string(containsString("id=\"units\" name=\"units\"")))
        .andExpect(content().string(containsString("multiple=\"multiple\"")));
  }

  @Test
  void anUnknownUnitCodeOnThePageIsRefusedNamingTheCode() throws Exception {
    mvc.perform(
            post("/plans")
                .param("policy", "hadong-2022")
                .param("asOf", "2022-06-30")
                .param("units", "VP", "KHONG-CO")
                .param("seconds", "1")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Phạm vi có mã đơn vị không có trong sổ: KHONG-CO. Hãy chọn đơn vị")))
        .andExpect(content().string(containsString("<option value=\"VP\" selected=\"selected\"")));
  }

  @Test
  void aKnownScopeStartsTheSolve() throws Exception {
    String location =
        mvc.perform(
                post("/plans")
                    .param("policy", "hadong-2022")
                    .param("asOf", "2022-06-30")
                    .param("units", "VP")
                    .param("seconds", "1")
                    .with(csrf())
                    .with(user("bantochuc").roles("ORGANISATION_BOARD")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/plans/run/");
  }

  @Test
  void anUnknownUnitCodeInTheApiIsABadRequestNamingTheCode() throws Exception {
    mvc.perform(
            post("/api/v1/plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"policy": "hadong-2022", "asOf": "2022-06-30", "units": ["KHONG-CO", "VP"]}
                    """)
                .with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(containsString("Phạm vi có mã đơn vị không có trong sổ: KHONG-CO.")));
  }
}
