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

/** The screening lists filter by the unit and the block of the seats held on the day screened. */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningFiltersTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void twoWardChairsOfTwelveYears() {
    DatabaseCleaner.clean(jdbc);
    store.store(
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .cadre("CB1", "Nguyễn Văn An")
            .holding("VP-CT")
            .since(LocalDate.of(2010, 1, 1))
            .and()
            .cadre("CB2", "Trần Văn Bình")
            .holding("YN-CT")
            .since(LocalDate.of(2010, 1, 1))
            .and()
            .build());
  }

  List<String> headsMustMove(String filters) throws Exception {
    String html =
        mvc.perform(
                get("/screening?policy=hadong-2022&asOf=30/06/2022" + filters)
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Pattern.compile("<td>(CB\\d)</td>")
        .matcher(html)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  @Test
  void withoutAFilterBothChairsMustMove() throws Exception {
    assertThat(headsMustMove("")).containsExactly("CB1", "CB2");
  }

  @Test
  void aUnitKeepsOnlyTheCadresHoldingASeatInIt() throws Exception {
    assertThat(headsMustMove("&unit=YN")).containsExactly("CB2");
  }

  @Test
  void aBlockKeepsOnlyTheCadresHoldingASeatInAUnitOfTheBlock() throws Exception {
    assertThat(headsMustMove("&block=CHINH_QUYEN")).containsExactly("CB1", "CB2");
    assertThat(headsMustMove("&block=DANG")).isEmpty();
  }

  @Test
  void theUnitPickerOffersOnlyTheUnitsThatExistOnTheDayScreened() throws Exception {
    jdbc.sql(
            "update org_unit set valid_to = date '2020-12-31', version = version + 1 where code = 'YN'")
        .update();
    String html =
        mvc.perform(
                get("/screening?policy=hadong-2022&asOf=30/06/2022")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("<option value=\"VP\"").doesNotContain("<option value=\"YN\"");
  }
}
