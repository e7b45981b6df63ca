package vn.luanchuyen.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@AutoConfigureMockMvc
class AuditEndpointsTests {

  @Autowired MockMvc mvc;

  /** The application's clock: the trail is filtered by Vietnam's day, not the machine's. */
  @Autowired java.time.Clock clock;

  @Autowired JdbcClient jdbc;
  @Autowired RegistryStore store;
  @Autowired DemoUsers demoUsers;
  @Autowired AuditTrail trail;

  @BeforeEach
  void oneWard() {
    DatabaseCleaner.clean(jdbc);
    demoUsers.create();
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .cadre("CB1", "Nguyễn Văn Đức")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
  }

  @Test
  void viewingAProfileIsLoggedAsAReadOfPersonalData() throws Exception {
    mvc.perform(get("/cadres/CB1").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk());

    mvc.perform(
            get("/api/v1/audit")
                .param("type", "cadre")
                .param("id", "CB1")
                .with(httpBasic("kiemtra", DemoUsers.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].action").value("READ"))
        .andExpect(jsonPath("$[0].actor").value("xem"));
  }

  @Test
  void onlyAuditorsAndAdministratorsSeeTheTrail() throws Exception {
    mvc.perform(get("/api/v1/audit/verify").with(httpBasic("bantochuc", DemoUsers.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/audit").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theAuditorVerifiesTheChainOnThePage() throws Exception {
    long entries = trail.head().seq();
    mvc.perform(get("/audit").param("verify", "true").with(user("kiemtra").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Nhật ký toàn vẹn: đã kiểm tra " + entries + " mục")));
    jdbc.sql("update audit_entry set actor = 'người khác' where seq = 1").update();
    mvc.perform(get("/api/v1/audit/verify").with(httpBasic("kiemtra", DemoUsers.PASSWORD)))
        .andExpect(jsonPath("$.brokenAt").value(1));
  }

  @Test
  void theAuditorPagesThroughEveryEntryAndFiltersByKindActionUserAndPeriod() throws Exception {
    for (int i = 0; i < 60; i++) {
      mvc.perform(get("/cadres/CB1").with(user("xem").roles("UNIT_VIEWER")))
          .andExpect(status().isOk());
    }
    String today =
        LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    mvc.perform(
            get("/audit")
                .param("type", "cadre")
                .param("action", "READ")
                .param("actor", "xem")
                .param("from", today)
                .param("to", today)
                .param("page", "1")
                .with(user("kiemtra").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Có 60 mục khớp điều kiện lọc.")))
        .andExpect(content().string(containsString("aria-current=\"page\">2</a>")))
        .andExpect(content().string(containsString("Xem, tải về")))
        .andExpect(content().string(containsString("<option value=\"registry\">Sổ cán bộ")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">READ<"))));
    mvc.perform(
            get("/audit")
                .param("type", "cadre")
                .param("from", "01/01/2000")
                .param("to", "31/12/2000")
                .with(user("kiemtra").roles("AUDITOR")))
        .andExpect(content().string(containsString("Có 0 mục khớp điều kiện lọc.")));
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedBesideItsEndField() throws Exception {
    mvc.perform(
            get("/audit")
                .param("from", "31/12/2025")
                .param("to", "01/01/2025")
                .with(user("kiemtra").roles("AUDITOR")))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    containsString(
                        "id=\"to-problem\" class=\"invalid-feedback\">Ngày kết thúc 01/01/2025"
                            + " trước ngày bắt đầu 31/12/2025.")))
        .andExpect(content().string(containsString("Có 0 mục khớp điều kiện lọc.")));
  }
}
