package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.testing.DatabaseCleaner;

/** The career timeline on a profile: a label per stay, a year axis, a tooltip, a text twin. */
@SpringBootTest
@AutoConfigureMockMvc
class CareerTimelineTests {

  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  @Test
  void theAxisMarksEachFirstOfJanuaryOfAShortCareer() {
    LocalDate from = LocalDate.of(2013, 3, 1);
    LocalDate to = LocalDate.of(2016, 6, 30);
    double span = ChronoUnit.DAYS.between(from, to);

    List<CadrePages.Tick> ticks = CadrePages.ticks(from, to, span);

    assertThat(ticks).extracting(CadrePages.Tick::year).containsExactly(2014, 2015, 2016);
    assertThat(ticks.get(0).percent())
        .isCloseTo(100.0 * 306 / span, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aLongCareerLabelsEveryFewYearsNeverMoreThanTwelve() {
    LocalDate from = LocalDate.of(1990, 1, 1);
    LocalDate to = LocalDate.of(2022, 6, 30);

    List<CadrePages.Tick> ticks = CadrePages.ticks(from, to, ChronoUnit.DAYS.between(from, to));

    assertThat(ticks).hasSizeLessThanOrEqualTo(CadrePages.MAX_TICKS);
    assertThat(ticks).extracting(CadrePages.Tick::year).startsWith(1991, 1994, 1997);
  }

  @Test
  void eachStayIsLabelledAndExplainedOnHoverAndTheTableIsItsTextAlternative() throws Exception {
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
            .holding("VP-PCT")
            .during(LocalDate.of(2008, 1, 1), LocalDate.of(2013, 2, 28))
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .build());

    String page =
        mvc.perform(get("/cadres/CB1").with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    String svg = page.substring(page.indexOf("<svg class=\"timeline\""), page.indexOf("</svg>"));
    assertThat(svg)
        .contains("aria-describedby=\"history\"")
        .contains("<text text-anchor=\"middle\"")
        .contains(">2009</text>")
        .contains(">Phó Chủ tịch UBND phường Vạn Phúc</text>")
        .contains(
            "<title>Phó Chủ tịch UBND phường Vạn Phúc, UBND phường Vạn Phúc: từ 01/01/2008 đến"
                + " 28/02/2013</title>")
        .contains(
            "<title>Chủ tịch UBND phường Vạn Phúc, UBND phường Vạn Phúc: từ 01/03/2013 đến nay");
    assertThat(page).contains("id=\"history\"");
  }
}
