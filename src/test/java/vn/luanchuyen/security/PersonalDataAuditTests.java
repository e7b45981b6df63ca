package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.importexport.RegistryStore;

/**
 * Reads of personal data in bulk and every change of users are in the audit trail, with who, when
 * and how many records (Decree 13/2023).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataAuditTests {
  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired LoginThrottle throttle;
  @Autowired AuditTrail trail;

  @BeforeEach
  void twoWardsAndTheirUsers() {
    ScopeFixture.load(jdbc, store, accounts);
    throttle.forgetAll();
  }

  private AuditEntry last(String type, String id) {
    List<AuditEntry> history = trail.historyOf(type, id);
    assertThat(history).as("history of %s %s", type, id).isNotEmpty();
    return history.get(history.size() - 1);
  }

  @Test
  void exportingTheWholeRegistryIsAuditedWithWhoAndHowManyCadres() throws Exception {
    MvcResult started =
        mvc.perform(
                get("/api/v1/workbook/export")
                    .with(httpBasic(ScopeFixture.VIEWER, ScopeFixture.PASSWORD)))
            .andReturn();
    mvc.perform(asyncDispatch(started)).andExpect(status().isOk());

    AuditEntry read = last("registry", "export");
    assertThat(read.action()).isEqualTo("READ");
    assertThat(read.actor()).isEqualTo(ScopeFixture.VIEWER);
    assertThat(read.after()).startsWith("4 cán bộ, 3 đơn vị");
  }

  @Test
  void aScreeningListReadThroughTheApiIsAuditedWithItsQuery() throws Exception {
    mvc.perform(
            get("/api/v1/screening?policy=hadong-2022&asOf=2022-06-30")
                .with(httpBasic(ScopeFixture.VIEWER, ScopeFixture.PASSWORD)))
        .andExpect(status().isOk());

    AuditEntry read = last("screening", "/api/v1/screening");
    assertThat(read.actor()).isEqualTo(ScopeFixture.VIEWER);
    assertThat(read.after()).isEqualTo("GET /api/v1/screening?policy=hadong-2022&asOf=2022-06-30");
  }

  @Test
  void aRefusedReadLeavesNoReadEntry() throws Exception {
    mvc.perform(
            get("/api/v1/screening?policy=hadong-2022&asOf=2022-06-30")
                .with(httpBasic(ScopeFixture.SCOPED_VIEWER, ScopeFixture.PASSWORD)))
        .andExpect(status().isForbidden());

    assertThat(trail.historyOf("screening", "/api/v1/screening")).isEmpty();
  }

  @Test
  void creatingAUserChangingTheirRolesAndDisablingThemAreAuditedWithWhoDidIt() throws Exception {
    mvc.perform(
            post("/api/v1/users")
                .with(httpBasic(ScopeFixture.ADMIN, ScopeFixture.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"moi\",\"displayName\":\"Người mới\","
                        + "\"roles\":[\"UNIT_VIEWER\"],\"unitScope\":[],"
                        + "\"password\":\"Mat-khau-ban-dau-7\"}"))
        .andExpect(status().isCreated());
    mvc.perform(
            put("/api/v1/users/moi")
                .with(httpBasic(ScopeFixture.ADMIN, ScopeFixture.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"moi\",\"displayName\":\"Người mới\","
                        + "\"roles\":[\"ORGANISATION_BOARD\"],\"unitScope\":[],"
                        + "\"enabled\":false,\"version\":0}"))
        .andExpect(status().isOk());

    List<AuditEntry> history = trail.historyOf("user", "moi");
    assertThat(history).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
    assertThat(history).extracting(AuditEntry::actor).containsOnly(ScopeFixture.ADMIN);
    assertThat(history.get(1).before()).contains("roles=[UNIT_VIEWER]", "enabled=true");
    assertThat(history.get(1).after()).contains("roles=[ORGANISATION_BOARD]", "enabled=false");
    assertThat(history.get(0).after()).doesNotContain("Mat-khau", "$2a$");
  }

  @Test
  void aRefusedImportIsAudited() throws Exception {
    mvc.perform(
            multipart("/api/v1/workbook/import")
                .file(
                    new MockMultipartFile("file", "hong.xlsx", null, "không phải Excel".getBytes()))
                .with(httpBasic(ScopeFixture.BOARD, ScopeFixture.PASSWORD)))
        .andExpect(status().is4xxClientError());

    AuditEntry refused = last("registry", "import");
    assertThat(refused.action()).isEqualTo("IMPORT_REFUSED");
    assertThat(refused.actor()).isEqualTo(ScopeFixture.BOARD);
  }
}
