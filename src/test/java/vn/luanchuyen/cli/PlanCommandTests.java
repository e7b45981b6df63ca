package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.cadre.AssignmentForm.CHUYEN_DOI;
import static vn.luanchuyen.cadre.AssignmentForm.LUAN_CHUYEN;
import static vn.luanchuyen.testing.Plans.aMove;
import static vn.luanchuyen.testing.Plans.aPlan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.planning.RotationPlan;

/** The {@code plan} command on a demo workbook, in each output format. */
class PlanCommandTests {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private Path demo;

  @BeforeEach
  void captureAndWriteADemoWorkbook() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    demo = dir.resolve("demo.xlsx");
    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"demo", "--out", demo.toString(), "--seed", "7"}))
        .isZero();
    out.reset();
  }

  @AfterEach
  void release() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int plan(String... extra) {
    String[] base = {
      "plan", "--input", demo.toString(), "--as-of", "2022-06-30", "--time-limit", "1s"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return LuanChuyenCommand.execute(args);
  }

  @Test
  void printsMovesWithReasonsScoresTargetsAndTheGap() {
    assertThat(plan()).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Phương án luân chuyển theo chính sách hadong-2022, ngày 2022-06-30")
        .contains("[Phải luân chuyển]")
        .contains("căn cứ: Giữ chức vụ cấp trưởng")
        .contains("Điểm theo ràng buộc:")
        .contains("Cán bộ thuộc diện phải luân chuyển rời chức vụ và đơn vị")
        .contains("Mục tiêu (trước → sau):")
        .contains("cận dưới:");
  }

  @Test
  void writesJsonWithMovesConstraintsTargetsAndFigures() throws Exception {
    assertThat(plan("--format", "json")).isZero();

    JsonNode plan = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(plan.get("policy").asText()).isEqualTo("hadong-2022");
    assertThat(plan.get("asOf").asText()).isEqualTo("2022-06-30");
    assertThat(plan.get("moves").size()).isPositive();
    assertThat(plan.get("moves").get(0).get("grounds").size()).isPositive();
    assertThat(plan.get("constraints").size()).isEqualTo(17);
    assertThat(plan.get("targets").size()).isEqualTo(2);
    assertThat(plan.get("figures").has("boundSoft")).isTrue();
  }

  @Test
  void writesAnExcelWorkbook() throws Exception {
    Path xlsx = dir.resolve("plan.xlsx");

    assertThat(plan("--format", "xlsx", "--out", xlsx.toString())).isZero();

    assertThat(Files.size(xlsx)).isPositive();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi phương án");
  }

  @Test
  void xlsxWithoutAnOutputFileIsRefused() {
    assertThat(plan("--format", "xlsx")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cần --out");
  }

  @Test
  void aScopeWithAUnitCodeTheWorkbookDoesNotHoldIsRefusedNamingIt() {
    assertThat(plan("--unit", "KHONG-CO")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Phạm vi có mã đơn vị không có trong sổ: KHONG-CO.");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void readsTimeLimitsInSecondsMinutesAndIso() {
    assertThat(PlanCommand.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(PlanCommand.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(PlanCommand.duration("PT5S")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theTableNamesEachMovesFormAndCountsTheMovesPerForm() {
    RotationPlan plan =
        aPlan()
            .with(aMove("C1").named("Nguyễn Văn An").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
            .with(
                aMove("C2")
                    .named("Trần Thị Bình")
                    .from("W2-CT")
                    .to("P2-TP")
                    .as(CHUYEN_DOI)
                    .because("form-position-change", "Chuyển đổi vị trí trong cùng lĩnh vực"))
            .with(aMove("C3").named("Lê Văn Cường").from("P2-PTP1").to("W2-CT").as(CHUYEN_DOI))
            .with(aMove("C4").named("Phạm Văn Dũng").from("P1-PTP1"))
            .build();

    String text = PlanCommand.text(plan);

    assertThat(text)
        .contains(
            "Nguyễn Văn An (C1) [Phải luân chuyển]: Chức danh P1-TP → Chức danh W1-CT — Luân chuyển\n")
        .contains("→ Chức danh P2-TP — Chuyển đổi vị trí công tác\n")
        .contains("    hình thức: Chuyển đổi vị trí trong cùng lĩnh vực\n")
        .contains("Phạm Văn Dũng (C4) [Phải luân chuyển]: Chức danh P1-PTP1 → ở lại\n")
        .contains(
            "Số điều chuyển theo hình thức:\n"
                + "- Luân chuyển: 1\n"
                + "- Điều động: 0\n"
                + "- Chuyển đổi vị trí công tác: 2\n")
        .doesNotContain("CHUYEN_DOI");
  }
}
