package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG;
import static vn.luanchuyen.cadre.AssignmentForm.LUAN_CHUYEN;
import static vn.luanchuyen.testing.Plans.aMove;
import static vn.luanchuyen.testing.Plans.aPlan;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.shared.Table;

/** The plan's workbook: each move's form in Vietnamese, in a column of its own. */
class PlanTablesTests {

  @Test
  void theMovesSheetHasAFormColumnWithEachMovesLabel() {
    RotationPlan plan =
        aPlan()
            .with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
            .with(
                aMove("C2")
                    .from("W2-CT")
                    .to("P2-TP")
                    .as(DIEU_DONG)
                    .ground("head-tenure-reached", "Giữ chức vụ cấp trưởng 10 năm")
                    .because("form-transfer", "Điều động: chưa trong quy hoạch"))
            .with(aMove("C4").from("P1-PTP1"))
            .build();

    Table moves = PlanTables.of(plan, "Kế hoạch luân chuyển 2022–2025").get(0);

    int form = moves.headers().indexOf("Hình thức");
    int grounds = moves.headers().indexOf("Căn cứ");
    assertThat(form).isPositive();
    assertThat(moves.rows())
        .extracting(r -> r.get(0) + " " + r.get(form))
        .containsExactly("C1 Luân chuyển", "C2 Điều động", "C4 null");
    assertThat(moves.rows().get(1).get(grounds))
        .isEqualTo("Giữ chức vụ cấp trưởng 10 năm; Điều động: chưa trong quy hoạch");
    assertThat(moves.rows()).allSatisfy(r -> assertThat(r).hasSameSizeAs(moves.headers()));
    assertThat(List.of(moves.rows().get(1).get(form))).doesNotContain("DIEU_DONG");
    assertThat(moves.title())
        .startsWith("Phương án — Kế hoạch luân chuyển 2022–2025, dự kiến điều chuyển từ ngày ");
  }

  @Test
  void aShareTargetIsWrittenAsPercentagesAndAnAverageAsANumber() {
    RotationPlan plan =
        aPlan()
            .with(
                new TargetChange(
                    "non-local", "Không là người địa phương", 0.5, "AT_LEAST", 0.382, 0.62, true))
            .with(
                new TargetChange(
                    "deputies", "Bình quân 2 phó trưởng phòng", 2, "AT_LEAST", 1.67, 1.92))
            .build();

    Table targets = PlanTables.of(plan, "Kế hoạch").get(2);

    assertThat(targets.rows().get(0).subList(1, 4))
        .containsExactly(new Table.Percent(0.5), new Table.Percent(0.382), new Table.Percent(0.62));
    assertThat(targets.rows().get(1).subList(1, 4)).containsExactly(2.0, 1.67, 1.92);
  }
}
