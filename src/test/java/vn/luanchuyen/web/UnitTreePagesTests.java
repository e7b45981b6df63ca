package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/**
 * The unit tree and the unit picker in Vietnamese order (Đ after D), the picker grouped by block
 * and level with each unit under its parent, and the tree's search without diacritics.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitTreePagesTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  /** A district People's Committee with three departments, and three wards below it. */
  @BeforeEach
  void aDistrictWithDepartmentsAndWards() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .unit("UB", "UBND quận Hà Đông", "QUAN", "UBND", Block.CHINH_QUYEN)
            .unit("NV", "Phòng Nội vụ", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN)
            .unit("DT", "Phòng Đô thị", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN)
            .unit("DA", "Phòng Dân tộc", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN)
            .ward("YN", "Yên Nghĩa")
            .ward("DM", "Đồng Mai")
            .ward("DN", "Dương Nội")
            .build());
    jdbc.sql("update org_unit set parent_code = 'UB' where code <> 'UB'").update();
  }

  String page(String path) throws Exception {
    return mvc.perform(get(path).with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String search(String words) throws Exception {
    return mvc.perform(
            get("/units").param("q", words).with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static List<String> inOrder(String html, String pattern) {
    return Pattern.compile(pattern).matcher(html).results().map(m -> m.group(1)).toList();
  }

  @Test
  void aBranchListsItsUnitsInVietnameseOrder() throws Exception {
    assertThat(inOrder(page("/units/UB/children"), ">((?:Phòng|UBND phường) [^<]+)</a>"))
        .containsExactly(
            "Phòng Dân tộc",
            "Phòng Đô thị",
            "Phòng Nội vụ",
            "UBND phường Dương Nội",
            "UBND phường Đồng Mai",
            "UBND phường Yên Nghĩa");
  }

  @Test
  void thePickerGroupsByBlockAndLevelAndPutsEachUnitUnderItsParent() throws Exception {
    String html = page("/cadres");
    int start = html.indexOf("id=\"unit\"");
    String picker = html.substring(start, html.indexOf("</select>", start));
    assertThat(inOrder(picker, "<optgroup label=\"([^\"]+)\"")).hasSize(2);
    assertThat(inOrder(picker, "<option value=\"(\\w+)\""))
        .containsExactly("UB", "DA", "DT", "NV", "DN", "DM", "YN");
    assertThat(picker).contains("\u00a0\u00a0\u00a0Phòng Đô thị").doesNotContain("\u00a0UBND quận");
  }

  @Test
  void theSearchFindsAUnitWithoutDiacriticsUnderTheUnitsAboveIt() throws Exception {
    String html = search("dong mai");
    String found = html.substring(html.indexOf("id=\"unit-matches\""));
    assertThat(found)
        .contains("UBND quận Hà Đông", "UBND phường Đồng Mai")
        .doesNotContain("Dương Nội");
    assertThat(inOrder(found, "unit-match\"[^>]*>([^<]+)<"))
        .containsExactly("UBND phường Đồng Mai");
    assertThat(html).contains("1 đơn vị khớp");
  }

  @Test
  void theApiFindsUnitsByWordsWithoutDiacriticsToo() throws Exception {
    mvc.perform(
            get("/api/v1/units")
                .param("q", "dong mai")
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value("DM"));
  }

  @Test
  void aSearchThatFindsNothingSaysSo() throws Exception {
    assertThat(search("không có")).contains("id=\"unit-search-none\"");
  }
}
