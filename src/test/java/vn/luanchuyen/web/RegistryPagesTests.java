package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryPagesTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void registryWithOneWard() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .seat(
                "VP-PCT",
                "VP",
                "Phó Chủ tịch UBND phường Vạn Phúc",
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofYear(1970))
            .identifiedBy("001070123456")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());
  }

  @Test
  void pagesAskForALoginFirst() throws Exception {
    mvc.perform(get("/cadres")).andExpect(status().is3xxRedirection());
  }

  @Test
  void stylesheetsAndScriptsThePagesNameAreServed() throws Exception {
    String page =
        mvc.perform(get("/cadres").with(user("bantochuc").roles("ORGANISATION_BOARD")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var links =
        Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"")
            .matcher(page)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(links)
        .contains("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js");
    for (String link : links) {
      mvc.perform(get(link)).andExpect(status().isOk());
    }
  }

  @Test
  void loginPageIsInVietnamese() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đăng nhập")))
        .andExpect(content().string(containsString("Mật khẩu")));
  }

  @Test
  void unitTreeShowsTheWardAndItsSeatsShowHolderAndVacancy() throws Exception {
    mvc.perform(get("/units").with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UBND phường Vạn Phúc")));
    mvc.perform(get("/units/VP").with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nguyễn Văn Đức")))
        .andExpect(content().string(containsString("Khuyết")));
  }

  @Test
  void aBranchOfTheTreeLoadsItsUnitsWhenOpened() throws Exception {
    store.store(
        aRegistry()
            .unit("HD", "Quận ủy Hà Đông", "QUAN", "CAP_UY", vn.luanchuyen.organisation.Block.DANG)
            .build());
    jdbc.sql("update org_unit set parent_code = 'HD' where code = 'VP'").update();
    mvc.perform(get("/units").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("Quận ủy Hà Đông")))
        .andExpect(content().string(containsString("1 đơn vị trực thuộc")))
        .andExpect(content().string(not(containsString("UBND phường Vạn Phúc"))));
    mvc.perform(get("/units/HD/children").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UBND phường Vạn Phúc")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void aLargeRegistryFiltersByUnitCodeInsteadOfAListOfEveryUnit() throws Exception {
    var many = aRegistry();
    for (int i = 0; i < CadrePages.MAX_UNITS_IN_LIST; i++) {
      many.unit(
          "U" + i, "Đơn vị " + i, "PHUONG", "UBND", vn.luanchuyen.organisation.Block.CHINH_QUYEN);
    }
    store.store(many.build());
    mvc.perform(get("/cadres").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("placeholder=\"Mã đơn vị\"")))
        .andExpect(content().string(not(containsString("Đơn vị 299"))));
    mvc.perform(get("/cadres").param("unit", "VP").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("Tìm thấy 1 cán bộ")));
  }

  @Test
  void cadreListFindsByNameWithoutDiacritics() throws Exception {
    mvc.perform(get("/cadres").param("q", "van duc").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tìm thấy 1 cán bộ")))
        .andExpect(content().string(containsString("Chủ tịch UBND phường Vạn Phúc")));
    mvc.perform(get("/cadres").param("q", "khong co ai").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("Không có cán bộ nào")));
  }

  @Test
  void cadreListFindsACadreByTheirWholePersonalIdNumberOnly() throws Exception {
    mvc.perform(get("/cadres").param("q", "001070123456").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("Tìm thấy 1 cán bộ")))
        .andExpect(content().string(containsString("Nguyễn Văn Đức")));
    mvc.perform(get("/cadres").param("q", "001070123457").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("Không có cán bộ nào")));
  }

  @Test
  void theProfileShowsThePersonalIdNumber() throws Exception {
    mvc.perform(get("/cadres/CB1").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("Số định danh cá nhân")))
        .andExpect(content().string(containsString(">001070123456<")));
  }

  @Test
  void anHtmxSearchReturnsOnlyTheResults() throws Exception {
    mvc.perform(get("/cadres").header("HX-Request", "true").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"results\"")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void profileShowsCvHistoryAndYearOnlyBirth() throws Exception {
    mvc.perform(get("/cadres/CB1").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Quá trình công tác")))
        .andExpect(content().string(containsString("01/03/2013")))
        .andExpect(content().string(containsString(">1970<")))
        .andExpect(content().string(containsString("Chưa được quy hoạch")));
  }

  @Test
  void anUnknownCadreGivesAVietnameseNotFoundPage() throws Exception {
    mvc.perform(get("/cadres/NOPE").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Không có cán bộ mã NOPE")));
  }

  @Test
  void englishIsTheSecondLanguage() throws Exception {
    mvc.perform(get("/cadres").param("lang", "en").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("1 cadres found")));
  }

  @Test
  void pagesForbidFramingAndInlineScripts() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
  }
}
