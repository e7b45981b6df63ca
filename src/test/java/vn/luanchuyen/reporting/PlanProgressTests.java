package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.reporting.PlanProgress.Progress;
import vn.luanchuyen.reporting.PlanProgress.TargetPath;
import vn.luanchuyen.reporting.PlanProgress.YearMoves;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;

@SpringBootTest
@AutoConfigureMockMvc
class PlanProgressTests {

  @Autowired PlanProgress progress;
  @Autowired MockMvc mvc;
  @Autowired RegistryStore store;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void oneLocalAndOneNonLocalWardChairAndARotationIn2023() {
    DatabaseCleaner.clean(jdbc);
    RegistryContent built =
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward("YN", "Yên Nghĩa")
            .seat(
                "VP-PCT",
                "VP",
                "Phó Chủ tịch UBND phường Vạn Phúc",
                PositionRank.DEPUTY,
                "PHO_CHU_TICH_UBND")
            .cadre("CB1", "Nguyễn Văn Đức")
            .born(PartialDate.ofYear(1972))
            .from("L-VP")
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre("CB2", "Trần Thị Hoa")
            .woman()
            .born(PartialDate.ofYear(1980))
            .holding("YN-CT")
            .since(LocalDate.of(2019, 5, 1))
            .and()
            .cadre("CB3", "Lê Văn Nam")
            .born(PartialDate.ofYear(1985))
            .and()
            .build();
    List<Assignment> stays = new ArrayList<>(built.assignments());
    stays.add(
        new Assignment(
            null,
            "CB3",
            "VP-PCT",
            LocalDate.of(2023, 3, 1),
            null,
            AssignmentForm.LUAN_CHUYEN,
            "12-QĐ/QU",
            0));
    store.store(
        new RegistryContent(
            built.codes(),
            built.units(),
            built.positions(),
            built.cadres(),
            stays,
            built.planning(),
            built.assessments(),
            built.disciplines()));
  }

  @Test
  void targetsAreRecordedAtEachPastYearEndAndMovesCountedInTheYearTheyStarted() {
    Progress found = progress.progress(LocalDate.of(2023, 12, 31));

    TargetPath nonLocal =
        found.targets().stream()
            .filter(t -> t.id().equals("non-local-ward-leaders"))
            .findFirst()
            .orElseThrow();
    assertThat(nonLocal.percent()).isTrue();
    assertThat(nonLocal.points())
        .extracting(PlanProgress.YearPoint::year)
        .containsExactly(2022, 2023, 2024, 2025);
    assertThat(nonLocal.points().get(0).recorded()).isEqualTo(0.5);
    assertThat(nonLocal.points().get(0).met()).isTrue();
    assertThat(nonLocal.points().get(2).recorded()).isNull();
    assertThat(nonLocal.points().get(2).projected()).isNotNull();

    YearMoves in2023 = found.moves().get(1);
    assertThat(in2023.year()).isEqualTo(2023);
    assertThat(in2023.decided().get(AssignmentForm.LUAN_CHUYEN)).isEqualTo(1);
    assertThat(in2023.decidedTotal()).isEqualTo(1);
    assertThat(found.moves().get(0).decidedTotal()).isZero();
    assertThat(found.moves().get(0).mustMove()).isNotNull().isPositive();
    assertThat(found.moves().get(2).mustMove()).isNull();
  }

  @Test
  void coverageCountsTheMustMoveCadresMovedAndSaysWhyTheOthersAreLeft() {
    PlanProgress.Coverage coverage = progress.progress(LocalDate.of(2023, 12, 31)).coverage();

    // CB1 has chaired Vạn Phúc since 2013: must move at the start, not moved yet
    assertThat(coverage.mustMove()).isEqualTo(1);
    assertThat(coverage.moved()).isZero();
    assertThat(coverage.left()).extracting(PlanProgress.Unmoved::code).containsExactly("CB1");
    assertThat(coverage.left().get(0).reasons())
        .anySatisfy(r -> assertThat(r).contains("từ 8 năm trở lên"));
    // CB3's rotation in 2023 is a decision for a cadre not on the must-move list
    assertThat(coverage.otherMoved()).isEqualTo(1);
    assertThat(coverage.movedShare()).isZero();
  }

  @Test
  void aMoveAfterTheAsOfDayIsNotCountedYet() {
    Progress found = progress.progress(LocalDate.of(2023, 2, 28));

    assertThat(found.moves().get(1).decidedTotal()).isZero();
    assertThat(found.moves().get(1).mustMove()).isNotNull();
  }

  @Test
  void theProgressPageShowsTheTargetsChartsAndMovesTableInVietnamese() throws Exception {
    mvc.perform(
            get("/reports/progress")
                .param("asOf", "31/12/2023")
                .with(user("thuongvu").roles("STANDING_COMMITTEE")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tiến độ thực hiện kế hoạch")))
        .andExpect(content().string(containsString("Ít nhất 50% bí thư đảng ủy phường")))
        .andExpect(content().string(containsString("50,0%")))
        .andExpect(content().string(containsString("Mức độ thực hiện chính sách")))
        .andExpect(content().string(containsString("rà soát xác định 1 cán bộ phải luân chuyển")))
        .andExpect(content().string(containsString("class=\"line-chart\"")))
        .andExpect(content().string(containsString("Luân chuyển")))
        .andExpect(content().string(containsString("Điều động")))
        .andExpect(content().string(containsString("Chuyển đổi vị trí công tác")))
        .andExpect(content().string(containsString("data-series=\"{")));
  }
}
