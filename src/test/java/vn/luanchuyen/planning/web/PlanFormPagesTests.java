package vn.luanchuyen.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.cadre.AssignmentForm.CHUYEN_DOI;
import static vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG;
import static vn.luanchuyen.cadre.AssignmentForm.LUAN_CHUYEN;
import static vn.luanchuyen.testing.Plans.aMove;
import static vn.luanchuyen.testing.Plans.aPlan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.PlanningRuns;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.planning.SavedPlan;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * The plan pages name each move's form in Vietnamese, count the moves per form, filter by form, and
 * show when a form changed between two versions — for a plan whose moves take different forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanFormPagesTests {

  static final String RUN = "run-1";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PlanVersions versions;
  @MockitoBean PlanningRuns runs;

  RotationPlan mixed =
      aPlan()
          .with(aMove("C1").named("Nguyễn Văn An").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
          .with(
              aMove("C2")
                  .named("Trần Thị Bình")
                  .from("W2-CT")
                  .to("P2-TP")
                  .as(DIEU_DONG)
                  .because("form-transfer", "Điều động: chưa trong quy hoạch chức danh mới"))
          .with(aMove("C3").named("Lê Văn Cường").from("P2-PTP1").to("W2-CT").as(DIEU_DONG))
          .with(aMove("C4").named("Phạm Văn Dũng").from("P1-PTP1"))
          .build();

  @BeforeEach
  void solved() {
    DatabaseCleaner.clean(jdbc);
    when(runs.progress(RUN))
        .thenReturn(new PlanningRuns.Progress(RUN, PlanningRuns.Status.DONE, null, false, null));
    when(runs.plan(RUN)).thenReturn(Optional.of(mixed));
  }

  String page(String url) throws Exception {
    return mvc.perform(get(url).with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The text of each cell of a column (by its class), row by row. */
  static List<String> cells(String html, String cssClass) {
    Matcher m =
        Pattern.compile("<td class=\"" + cssClass + "\">(.*?)</td>", Pattern.DOTALL).matcher(html);
    return m.results().map(r -> r.group(1).replaceAll("<[^>]+>", "").strip()).toList();
  }

  static List<String> counts(String html) {
    return Pattern.compile(
            "data-form=\"([A-Z_]+)\">\\s*<span>([^<]+)</span>:?\\s*<strong>(\\d+)</strong>")
        .matcher(html)
        .results()
        .map(r -> r.group(2) + " " + r.group(3))
        .toList();
  }

  @Test
  void theBoardNamesEachMovesFormAndCountsThem() throws Exception {
    String html = page("/plans/run/" + RUN);

    assertThat(html).contains(">Hình thức</th>");
    assertThat(cells(html, "move-form"))
        .as("one cell per candidate: the label of the form, empty for one who stays")
        .containsExactly("Luân chuyển", "Điều động", "Điều động", "");
    assertThat(counts(html))
        .containsExactly("Luân chuyển 1", "Điều động 2", "Chuyển đổi vị trí công tác 0");
    assertThat(html).contains("Điều động: chưa trong quy hoạch chức danh mới");
    assertThat(html.replaceAll("<[^>]+>", " "))
        .as("no form's code is shown as text")
        .doesNotContain("DIEU_DONG")
        .doesNotContain("LUAN_CHUYEN");
  }

  @Test
  void theBoardFiltersItsMovesByForm() throws Exception {
    String html = page("/plans/run/" + RUN + "?form=DIEU_DONG");

    assertThat(html).contains("Trần Thị Bình").contains("Lê Văn Cường");
    assertThat(html).doesNotContain("Nguyễn Văn An").doesNotContain("Phạm Văn Dũng");
    assertThat(cells(html, "move-form")).containsExactly("Điều động", "Điều động");
    assertThat(html)
        .as("the counts stay those of the whole plan")
        .contains("href=\"/plans/run/run-1?form=LUAN_CHUYEN\">Luân chuyển (1)</a>");
  }

  @Test
  void aSavedVersionShowsItsFormsCountsAndFilters() throws Exception {
    SavedPlan saved =
        versions.save(
            "Hỗn hợp",
            aPlan()
                .with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
                .with(aMove("C2").from("W2-CT").to("P2-TP").as(CHUYEN_DOI))
                .build(),
            List.of(new PlanRequest.Forbidden("C3", "W1-PCT")));

    String all = page("/plans/versions/" + saved.id());
    String changes = page("/plans/versions/" + saved.id() + "?form=CHUYEN_DOI");

    assertThat(cells(all, "move-form"))
        .containsExactly("Luân chuyển", "Chuyển đổi vị trí công tác");
    assertThat(counts(all))
        .containsExactly("Luân chuyển 1", "Điều động 0", "Chuyển đổi vị trí công tác 1");
    assertThat(cells(changes, "move-form")).containsExactly("Chuyển đổi vị trí công tác");
    assertThat(changes).contains("Các điều chuyển (2)");
  }

  @Test
  void aSavedVersionShowsEachMovesReasonsAsTheRunGaveThem() throws Exception {
    SavedPlan saved =
        versions.save(
            "Có lý do",
            aPlan()
                .with(
                    aMove("C2")
                        .from("W2-CT")
                        .to("P2-TP")
                        .as(DIEU_DONG)
                        .because("form-transfer", "Điều động: chưa trong quy hoạch chức danh mới"))
                .build(),
            List.of());

    String page = page("/plans/versions/" + saved.id());

    assertThat(cells(page, "small move-reasons"))
        .singleElement()
        .asString()
        .contains("Điều động: chưa trong quy hoạch chức danh mới");
  }

  @Test
  void theDiffShowsAMoveWhoseFormChanged() throws Exception {
    long a =
        versions
            .save(
                "So sánh",
                aPlan().with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN)).build(),
                List.of())
            .id();
    long b =
        versions
            .save(
                "So sánh",
                aPlan().with(aMove("C1").from("P1-TP").to("W1-CT").as(DIEU_DONG)).build(),
                List.of())
            .id();

    String html = page("/plans/diff?from=" + a + "&to=" + b);

    assertThat(html).contains("1 điều chuyển khác nhau, 0 điều chuyển giống nhau");
    assertThat(html).contains("form-changed").contains("Đổi hình thức");
    assertThat(html).contains(">Luân chuyển</div>").contains(">Điều động</div>");
  }
}
