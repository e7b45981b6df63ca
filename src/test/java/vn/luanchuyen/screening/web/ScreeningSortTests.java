package vn.luanchuyen.screening.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
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
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.RegistryBuilder;

/**
 * A screening list longer than a page sorts on the server: the order holds across its pages, names
 * in Vietnamese order, and the sort stays in the page links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningSortTests {

  static final int CHAIRS = ScreeningPages.PAGE_SIZE + 5;

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  /**
   * More ward chairs of twelve years than a page holds: the first by code is named Đặng, the last
   * Dương, the others Trần.
   */
  @BeforeEach
  void moreChairsOfTwelveYearsThanAPageHolds() {
    DatabaseCleaner.clean(jdbc);
    RegistryBuilder registry = aRegistry();
    for (int i = 1; i <= CHAIRS; i++) {
      String ward = "W%02d".formatted(i);
      String name =
          i == 1
              ? "Đặng Văn Hùng"
              : i == CHAIRS ? "Dương Văn Nam" : "Trần Văn Số %02d".formatted(i);
      registry
          .ward(ward, "Số " + i)
          .cadre("CB%02d".formatted(i), name)
          .holding(ward + "-CT")
          .since(LocalDate.of(2010, 1, 1))
          .and();
    }
    store.store(registry.build());
  }

  String page(String query) throws Exception {
    return mvc.perform(
            get("/screening?policy=hadong-2022&asOf=30/06/2022&tab=HEADS_MUST_MOVE" + query)
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static List<String> codes(String html) {
    return Pattern.compile("<td>(CB\\d+)</td>")
        .matcher(html)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void sortedByNameTheLastCadreByCodeLeadsTheFirstPageAndĐComesAfterD() throws Exception {
    String first = page("&sort=name&dir=asc");
    assertThat(codes(first))
        .hasSize(ScreeningPages.PAGE_SIZE)
        .startsWith("CB%02d".formatted(CHAIRS), "CB01");
    assertThat(first).contains("aria-sort=\"ascending\"");
    assertThat(first).contains("sort=name&amp;dir=asc&amp;page=1");
  }

  @Test
  void theOrderHoldsOnTheNextPage() throws Exception {
    List<String> second = codes(page("&sort=name&dir=desc&page=1"));
    assertThat(second)
        .hasSize(CHAIRS - ScreeningPages.PAGE_SIZE)
        .endsWith("CB01", "CB%02d".formatted(CHAIRS));
  }

  @Test
  void withoutASortNoHeaderClaimsAnOrder() throws Exception {
    String html = page("");
    assertThat(codes(html)).startsWith("CB01", "CB02");
    assertThat(html).doesNotContain("aria-sort=");
    assertThat(html).contains("id=\"sort-name\"");
  }
}
