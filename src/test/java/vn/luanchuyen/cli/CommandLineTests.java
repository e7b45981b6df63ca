package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.luanchuyen.importexport.WorkbookReader;

class CommandLineTests {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void release() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int run(String... args) {
    return LuanChuyenCommand.execute(args);
  }

  private String db() {
    return "jdbc:h2:file:" + dir.resolve("registry").toAbsolutePath();
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "demo", "import", "export", "template", "bench", "plan"})
  void everyCommandExplainsItselfInVietnamese(String command) {
    assertThat(run(command, "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage:")
        .containsPattern("[ạảấầẩậắằẳặđếềểệịọỏốồổộớờởợụủứừửựỳỷỹ]");
  }

  @Test
  void aDemoWorkbookImportsAndExportsBack() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    Path back = dir.resolve("back.xlsx");

    assertThat(run("demo", "--out", demo.toString(), "--seed", "7")).isZero();
    assertThat(run("import", "--db", db(), demo.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã nhập:").contains("300 cán bộ");
    assertThat(run("export", "--db", db(), "--out", back.toString())).isZero();

    assertThat(new WorkbookReader().read(back).content().cadres()).hasSize(300);
  }

  @Test
  void aBadWorkbookExitsNonZeroAndPrintsEveryProblem() throws Exception {
    Path bad = dir.resolve("bad.xlsx");
    Files.writeString(bad, "not a workbook");

    assertThat(run("import", "--db", db(), bad.toString())).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Sổ không được nhập: có 1 lỗi")
        .contains("không phải là bảng tính Excel .xlsx");
  }

  @Test
  void theBlankTemplateImportsAsNothing() {
    Path blank = dir.resolve("blank.xlsx");
    assertThat(run("template", "--out", blank.toString())).isZero();
    assertThat(run("import", "--db", db(), blank.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 cán bộ");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThat(run("import", "--db", db(), dir.resolve("none.xlsx").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không tìm thấy tệp");
  }
}
