package vn.luanchuyen.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.security.ScopeFixture.BELOW;
import static vn.luanchuyen.security.ScopeFixture.BELOW_NAME;
import static vn.luanchuyen.security.ScopeFixture.FORMER;
import static vn.luanchuyen.security.ScopeFixture.FORMER_NAME;
import static vn.luanchuyen.security.ScopeFixture.OTHER;
import static vn.luanchuyen.security.ScopeFixture.OTHER_NAME;
import static vn.luanchuyen.security.ScopeFixture.OWN;
import static vn.luanchuyen.security.ScopeFixture.OWN_NAME;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.luanchuyen.importexport.RegistryStore;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class UnitScopeTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;

  @BeforeEach
  void twoWards() {
    ScopeFixture.load(jdbc, store, accounts);
  }

  private static RequestPostProcessor scopedViewer() {
    return user(ScopeFixture.SCOPED_VIEWER).roles("UNIT_VIEWER");
  }

  private static RequestPostProcessor scopedBoard() {
    return user(ScopeFixture.SCOPED_BOARD).roles("ORGANISATION_BOARD");
  }

  @Test
  void aScopedViewerListsOnlyTheCadresHoldingASeatInTheirUnitOrBelowToday() throws Exception {
    mvc.perform(get("/cadres").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(OWN_NAME)))
        .andExpect(content().string(containsString(BELOW_NAME)))
        .andExpect(content().string(not(containsString(OTHER_NAME))))
        .andExpect(content().string(not(containsString(FORMER_NAME))));
    mvc.perform(get("/api/v1/cadres").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(OWN)))
        .andExpect(content().string(containsString(BELOW)))
        .andExpect(content().string(not(containsString(OTHER))))
        .andExpect(content().string(not(containsString(FORMER))));
  }

  @Test
  void aSearchCannotReachOutsideTheScope() throws Exception {
    mvc.perform(get("/api/v1/cadres").param("q", "khanh").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"total\":0")));
    mvc.perform(get("/api/v1/cadres").param("unit", "YK").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(OTHER))));
  }

  @Test
  void anUnscopedViewerSeesEveryCadre() throws Exception {
    mvc.perform(get("/api/v1/cadres").with(user(ScopeFixture.VIEWER).roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(OTHER)))
        .andExpect(content().string(containsString(FORMER)));
  }

  @Test
  void anotherUnitsCadreIsNotFoundOnEveryProfileEndpoint() throws Exception {
    mvc.perform(get("/cadres/" + OTHER).with(scopedViewer())).andExpect(status().isNotFound());
    for (String part : new String[] {"", "/assignments", "/assessments", "/disciplines"}) {
      mvc.perform(get("/api/v1/cadres/" + OTHER + part).with(scopedViewer()))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/cadres/" + OWN).with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(OWN_NAME)));
    mvc.perform(get("/cadres/" + BELOW).with(scopedViewer())).andExpect(status().isOk());
  }

  @Test
  void theOtherWardsPageShowsItsSeatsButNotItsHolder() throws Exception {
    mvc.perform(get("/units/YK").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UBND phường Yết Kiêu")))
        .andExpect(content().string(not(containsString(OTHER_NAME))));
  }

  @Test
  void aScopedViewersHomePageCountsOnlyTheirOwnUnitsAndCadres() throws Exception {
    mvc.perform(get("/").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"unit-count\">2<")))
        .andExpect(content().string(containsString("id=\"cadre-count\">2<")));
    mvc.perform(get("/").with(user(ScopeFixture.VIEWER).roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("id=\"unit-count\">3<")))
        .andExpect(content().string(containsString("id=\"cadre-count\">4<")));
  }

  @Test
  void anotherWardsHeldSeatIsNotShownAsVacantToAScopedViewer() throws Exception {
    mvc.perform(get("/units/YK").with(scopedViewer()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Không hiển thị")))
        .andExpect(content().string(not(containsString("Khuyết"))));
    mvc.perform(get("/units/VP").with(scopedViewer()))
        .andExpect(content().string(containsString(OWN_NAME)))
        .andExpect(content().string(not(containsString("Không hiển thị"))));
  }

  @Test
  void aScopedBoardOfficerCannotChangeAnotherUnitsCadre() throws Exception {
    mvc.perform(
            put("/api/v1/cadres/" + OTHER)
                .with(scopedBoard())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + OTHER + "\",\"fullName\":\"Đổi tên\",\"sex\":\"MALE\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/cadres/" + OTHER).with(user(ScopeFixture.BOARD).roles("ADMIN")))
        .andExpect(content().string(containsString(OTHER_NAME)));
  }

  @Test
  void scopedUsersAreRefusedWholeRegistryExportsAndPlanningLists() throws Exception {
    for (String path :
        new String[] {
          "/workbook/export.xlsx", "/api/v1/workbook/export", "/api/v1/planning", "/workbook"
        }) {
      mvc.perform(get(path).with(scopedViewer())).andExpect(status().isForbidden());
      mvc.perform(get(path).with(scopedBoard())).andExpect(status().isForbidden());
    }
  }
}
