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
  @ValueSource(
      strings = {
        "serve",
        "demo",
        "import",
        "export",
        "2c",
        "template",
        "bench",
        "screen",
        "retirement",
        "audit",
        "plan",
        "policies"
      })
  void everyCommandExplainsItselfInVietnamese(String command) {
    assertThat(run(command, "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage:")
        .containsPattern("[ạảấầẩậắằẳặđếềểệịọỏốồổộớờởợụủứừửựỳỷỹ]");
  }

  @Test
  void thePoliciesCommandListsTheShippedPoliciesAndFlagsUnverifiedValues() {
    assertThat(run("policies")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("province-2025", "commune-2025", "hadong-2022", "Chưa xác minh");
    out.reset();

    assertThat(run("policies", "province-2025")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("== Chỉ tiêu")
        .contains("Ít nhất 100%, chậm nhất ngày 31/12/2026  [Chưa xác minh]")
        .contains("Căn cứ: Kết luận 210-KL/TW");
  }

  @Test
  void twoVersionsOfOnePolicyInForceOnTheSameDayAreRefusedNamingBothFiles() throws Exception {
    Path first = dir.resolve("xa-2025.yaml");
    Path second = dir.resolve("xa-2026.yaml");
    try (var in = getClass().getClassLoader().getResourceAsStream("policies/commune-2025.yaml")) {
      String commune = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      java.nio.file.Files.writeString(first, commune);
      java.nio.file.Files.writeString(
          second,
          commune
              .replace("id: commune-2025", "id: commune-2026")
              .replace("version: 1", "version: 2")
              .replace("  from: 2025-07-01", "  from: 2026-01-01"));
    }

    assertThat(run("policies", "--file", first.toString(), "--file", second.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(first.toString(), second.toString(), "\"effective\"", "chồng lên nhau");
  }

  @Test
  void thePolicyCommandShowsTheAgeGatesOfChiThi45() {
    assertThat(run("policies", "province-2025")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Thời gian công tác còn lại để tái cử (tính tại tháng tham chiếu): 48 tháng")
        .contains("Tính tại tháng 07/2025; chức danh:")
        .contains("Căn cứ: Chỉ thị 45-CT/TW");
  }

  @Test
  void aPolicyFileWithAnUnknownRoleIsRefusedNamingTheKey() throws Exception {
    Path file = dir.resolve("chinh-sach.yaml");
    try (var in = getClass().getClassLoader().getResourceAsStream("policies/commune-2025.yaml")) {
      java.nio.file.Files.writeString(
          file,
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("roles: [PHO_CHU_TICH_HDND]", "roles: [PHO_CHU_TICH_XA]"));
    }

    assertThat(run("policies", "--file", file.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("PHO_CHU_TICH_XA", "targets[1].roles", file.toString());
  }

  @Test
  void aDemoProvinceWorkbookImportsAndScreensUnderTheProvincePolicy() throws Exception {
    Path demo = dir.resolve("tinh.xlsx");
    assertThat(run("demo", "--kind", "province", "--communes", "3", "--out", demo.toString()))
        .isZero();
    assertThat(run("import", "--db", db(), demo.toString())).isZero();
    out.reset();
    assertThat(
            run(
                "screen",
                "--input",
                demo.toString(),
                "--policy",
                "province-2025",
                "--as-of",
                "2026-06-30"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("non-local-commune-leaders");
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
  void anOlderExportIsRefusedUnlessTheImportMayOverwriteNewerEdits() throws Exception {
    Path first = dir.resolve("first.xlsx");
    Path other = dir.resolve("other.xlsx");
    Path exported = dir.resolve("exported.xlsx");
    assertThat(run("demo", "--out", first.toString(), "--seed", "7")).isZero();
    assertThat(run("demo", "--out", other.toString(), "--seed", "8")).isZero();
    assertThat(run("import", "--db", db(), first.toString())).isZero();
    assertThat(run("export", "--db", db(), "--out", exported.toString())).isZero();
    assertThat(run("import", "--db", db(), other.toString())).isZero();

    assertThat(run("import", "--db", db(), exported.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("CanBo / dòng 2 / cột \"Phiên bản\"")
        .contains("Cán bộ CB0001 đã được sửa sau khi xuất sổ này (phiên bản 1, sổ ghi 0)");

    assertThat(run("import", "--db", db(), "--overwrite-newer", exported.toString())).isZero();
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

  @Test
  void screeningADemoWorkbookPrintsTheExchangeJson() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    out.reset();

    assertThat(run("screen", "--input", demo.toString(), "--as-of", "2022-06-30")).isZero();

    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("policy").asText()).isEqualTo("hadong-2022");
    assertThat(json.get("cadres")).hasSize(300);
    assertThat(json.get("targets").get(0).get("target").asText())
        .isEqualTo("non-local-ward-leaders");
  }

  @Test
  void screeningAsATableNamesTheHeadsWhoMustMove() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    out.reset();

    assertThat(
            run("screen", "--input", demo.toString(), "--as-of", "2022-06-30", "--format", "table"))
        .isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("== Cấp trưởng phải luân chuyển (6)")
        .contains("Trưởng phòng Nội vụ liên tục 8 năm 11 tháng (từ 30/07/2013)");
  }

  @Test
  void aCadresPersonalHistoryPrintsToWordAndPdfFromTheDatabase() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    Path word = dir.resolve("2c.docx");
    Path pdf = dir.resolve("2c.pdf");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    assertThat(run("import", "--db", db(), demo.toString())).isZero();
    var cadre = new WorkbookReader().read(demo).content().cadres().get(0);

    assertThat(
            run(
                "2c",
                cadre.code(),
                "--db",
                db(),
                "--as-of",
                "2022-06-30",
                "--out",
                word.toString()))
        .isZero();
    assertThat(run("2c", cadre.code(), "--db", db(), "--out", pdf.toString())).isZero();
    assertThat(run("2c", cadre.code(), "--db", db(), "--out", dir.resolve("2c.txt").toString()))
        .isEqualTo(2);

    assertThat(vn.luanchuyen.importexport.WordTemplate.text(Files.readAllBytes(word)))
        .contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC")
        .contains(cadre.fullName().toUpperCase(java.util.Locale.forLanguageTag("vi")));
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void screeningTheDatabaseWritesAnExcelFile() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    Path lists = dir.resolve("lists.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    assertThat(run("import", "--db", db(), demo.toString())).isZero();

    assertThat(
            run(
                "screen",
                "--db",
                db(),
                "--as-of",
                "2022-06-30",
                "--format",
                "xlsx",
                "--out",
                lists.toString()))
        .isZero();

    assertThat(Files.size(lists)).isPositive();
  }

  @Test
  void screeningUnderThePolicyInForceChosenOnTheCommandLine() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    out.reset();

    assertThat(
            run(
                "screen",
                "--input",
                demo.toString(),
                "--as-of",
                "2022-06-30",
                "--luanchuyen.policy.current=qd65-2022"))
        .isZero();
    assertThat(json.readTree(out.toString(StandardCharsets.UTF_8)).get("policy").asText())
        .isEqualTo("qd65-2022");
    out.reset();

    assertThat(
            run(
                "--luanchuyen.policy.current=qd65-2022",
                "screen",
                "--input",
                demo.toString(),
                "--as-of",
                "2022-06-30",
                "--policy",
                "hadong-2022"))
        .isZero();
    assertThat(json.readTree(out.toString(StandardCharsets.UTF_8)).get("policy").asText())
        .as("a policy named with --policy wins over the one in force")
        .isEqualTo("hadong-2022");
  }

  @Test
  void thePoliciesCommandMarksThePolicyInForceChosenOnTheCommandLineOrAsAProperty() {
    assertThat(run("policies", "--luanchuyen.policy.current=qd65-2022")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("qd65-2022 .*\\[Đang áp dụng mặc định\\]")
        .doesNotContainPattern("hadong-2022 .*\\[Đang áp dụng mặc định\\]");
    out.reset();

    System.setProperty("luanchuyen.policy.current", "province-2025");
    try {
      assertThat(run("policies")).isZero();
    } finally {
      System.clearProperty("luanchuyen.policy.current");
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("province-2025 .*\\[Đang áp dụng mặc định\\]")
        .doesNotContainPattern("hadong-2022 .*\\[Đang áp dụng mặc định\\]");
  }

  @Test
  void aPolicyInForceThatIsNotShippedIsRefusedWithTheIdsThatMayBeChosen() {
    assertThat(run("policies", "--luanchuyen.policy.current=hadong-2099")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("\"hadong-2099\"", "luanchuyen.policy.current", "qd65-2022");
  }

  @Test
  void aCommandThatStartsTheApplicationHandsThePolicyInForceOn() {
    var parsed =
        new picocli.CommandLine(new LuanChuyenCommand())
            .parseArgs("export", "--out", "so.xlsx", "--luanchuyen.policy.current=qd65-2022");
    ExportCommand export = (ExportCommand) parsed.subcommand().commandSpec().userObject();

    assertThat(export.db.properties()).containsEntry("luanchuyen.policy.current", "qd65-2022");

    var plain =
        new picocli.CommandLine(new LuanChuyenCommand()).parseArgs("export", "--out", "so.xlsx");
    assertThat(((ExportCommand) plain.subcommand().commandSpec().userObject()).db.properties())
        .doesNotContainKey("luanchuyen.policy.current");
  }

  @Test
  void anUnknownPolicyIsNamedAndTheExitCodeIsTwo() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    assertThat(
            run("screen", "--input", demo.toString(), "--as-of", "2022-06-30", "--policy", "nope"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"nope\"");
  }

  @Test
  void retirementFollowsTheLabourCode() {
    assertThat(run("retirement", "--sex", "Nữ", "--birth", "04/1969")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("12/2025")
        .contains("56 tuổi 8 tháng");
    out.reset();
    assertThat(run("retirement", "--sex", "Nam", "--birth", "02/1965")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("61 tuổi 6 tháng");
  }

  @Test
  void theScreeningBenchPrintsItsFigures() {
    assertThat(run("bench", "screen", "--cadres", "400", "--runs", "1")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("400 cán bộ: lập chỉ mục \\d+ ms; sàng lọc tốt nhất \\d+ ms");
  }

  @Test
  void theImportBenchPrintsEachRunAgainstItsOwnReadAndTheMedian() {
    assertThat(run("bench", "import", "--cadres", "300", "--no-postgres", "--runs", "2")).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern("H2 #1\\s+H2 #2")
        .containsPattern("nhập / đọc riêng \\(lần\\)\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d")
        .containsPattern(
            "H2, trung vị của 2 lần: nhập \\d+\\.\\d s, đọc riêng \\d+\\.\\d s, nhập / đọc"
                + " riêng \\d+\\.\\d\\d lần \\(các lần: \\d+\\.\\d\\d; \\d+\\.\\d\\d\\)");
    assertThat(printed).contains("300 / ");
  }

  @Test
  void anImportBenchWarmedUpFirstImportsOnceUncountedBeforeItsMeasuredRuns() {
    assertThat(run("bench", "import", "--cadres", "300", "--no-postgres", "--warmup")).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern("Nhập thử \\(không tính\\): H2 \\d+\\.\\d s")
        .containsPattern("nhập / đọc riêng \\(lần\\)\\s+\\d+\\.\\d\\d")
        .doesNotContain("H2 #");
    // the measured import is the second into a database of its own: it created all 300 cadres
    assertThat(printed).contains("300 / ");
  }

  @Test
  void theReadBenchReadsTheWorkbookAloneInANewJvmAndAfter() {
    Path demo = dir.resolve("read-bench.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    out.reset();

    assertThat(run("bench", "read", "--workbook", demo.toString(), "--runs", "2")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern(
            "Lần đọc 1 \\(JVM mới\\): \\d+\\.\\d s, CPU của JVM \\d+\\.\\d s; 300 cán bộ\\n")
        .containsPattern("Lần đọc 2: \\d+\\.\\d s, CPU của JVM \\d+\\.\\d s; 300 cán bộ\\n");
  }

  @Test
  void aReadBenchOfAMissingWorkbookIsRefused() {
    assertThat(run("bench", "read", "--workbook", dir.resolve("khong-co.xlsx").toString()))
        .isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có tệp");
  }

  @Test
  void anImportBenchOfNoRunsIsRefused() {
    assertThat(run("bench", "import", "--cadres", "300", "--no-postgres", "--runs", "0"))
        .isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--runs phải từ 1 trở lên");
  }

  @Test
  void anImportIsInTheTrailAndTheTrailVerifies() throws Exception {
    Path demo = dir.resolve("demo.xlsx");
    assertThat(run("demo", "--out", demo.toString())).isZero();
    assertThat(run("import", "--db", db(), demo.toString())).isZero();
    out.reset();

    assertThat(run("audit", "verify", "--db", db())).isZero();
    // the import's summary, one entry for each of the 300 cadres it created, one closing them
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Nhật ký toàn vẹn: đã kiểm tra 302 mục");
    assertThat(run("audit", "history", "--db", db(), "--type", "registry", "--id", "import"))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("IMPORT")
        .contains("300 cán bộ (300 mới");
  }
}
