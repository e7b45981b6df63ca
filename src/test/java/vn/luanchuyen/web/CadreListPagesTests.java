package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.RegistryBuilder;

/**
 * The cadre list as a Board officer reads it: a code found whatever its case, the whole list sorted
 * by a column on the server (it is paged), page numbers, and the unit filter grouped by block.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CadreListPagesTests {

  /** Names whose order without diacritics differs from their order by code. */
  static final List<String> NAMES =
      List.of("Trần Văn Bảo", "Đỗ Thị Hà", "Nguyễn Văn An", "Lê Thị Yến", "Bùi Văn Cường");

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void sixtyCadresInAWardAndAPartyBoard() {
    DatabaseCleaner.clean(jdbc);
    RegistryBuilder registry =
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .unit("BTC", "Ban Tổ chức Quận ủy", "QUAN", "CAP_UY", Block.DANG);
    for (int i = 0; i < 60; i++) {
      String name = i < NAMES.size() ? NAMES.get(i) : "Phạm Văn Số " + (100 + i);
      registry.cadre("CB%04d".formatted(i), name).and();
    }
    store.store(registry.build());
  }

  String page(String query) throws Exception {
    return mvc.perform(get("/cadres" + query).with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  List<String> codesListed(String html) {
    return Pattern.compile("<td>(CB\\d{4})</td>")
        .matcher(html)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void aCodeIsFoundWhateverItsCase() throws Exception {
    assertThat(codesListed(page("?q=cb0003"))).containsExactly("CB0003");
    mvc.perform(get("/api/v1/cadres").param("q", "cb0003").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value("CB0003"));
  }

  @Test
  void theWholeListSortsByNameOnTheServerBeforeItIsCutIntoPages() throws Exception {
    // Bùi, Đỗ, Lê, Nguyễn, then the Phạm of the other pages, Trần last of all
    assertThat(codesListed(page("?sort=name")).subList(0, 4))
        .containsExactly("CB0004", "CB0001", "CB0003", "CB0002");
    assertThat(codesListed(page("?sort=name&dir=desc")).get(0)).isEqualTo("CB0000");
    assertThat(page("?sort=name&dir=desc"))
        .contains("aria-sort=\"descending\"")
        .containsPattern("id=\"sort-name\" href=\"/cadres\\?[^\"]*sort=name&amp;dir=asc\"");
  }

  @Test
  void theListOffersANumberForEveryPage() throws Exception {
    String second = page("?page=1");
    assertThat(second)
        .containsPattern(
            "class=\"page-link\" href=\"[^\"]*sort=code&amp;dir=asc&amp;page=0\">1</a>")
        .contains("aria-current=\"page\">2</span>")
        .containsPattern(
            "class=\"page-link\" href=\"[^\"]*sort=code&amp;dir=asc&amp;page=2\">3</a>");
    assertThat(codesListed(second).get(0)).isEqualTo("CB0025");
  }

  @Test
  void theUnitFilterGroupsTheUnitsByBlockAndLevel() throws Exception {
    mvc.perform(get("/cadres").with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(containsString("<optgroup label=\"Khối Đảng · ")))
        .andExpect(content().string(containsString("<optgroup label=\"Khối chính quyền · ")));
  }
}
