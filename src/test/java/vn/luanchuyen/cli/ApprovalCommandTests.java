package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.testing.SavedPlans;

/** The {@code approval} command lists cases and prints a case's timeline. */
class ApprovalCommandTests {
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

  @Test
  void theListAndACasesTimelineArePrinted() {
    DatabaseOptions db = new DatabaseOptions();
    db.url = "jdbc:h2:file:" + dir.resolve("registry").toAbsolutePath();
    long id;
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      Approvals approvals = app.getBean(Approvals.class);
      Actor clerk = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
      ApprovalCase c =
          approvals.open("qd65-5-steps", "plan-version", "42", "Phương án 2022 – bản 3", clerk);
      approvals.complete(c.id(), c.version(), "chu-truong", StepInput.comment("Thống nhất"), clerk);
      id = c.id();
    }

    assertThat(LuanChuyenCommand.execute(new String[] {"approval", "list", "--db", db.url}))
        .isZero();
    assertThat(
            LuanChuyenCommand.execute(
                new String[] {"approval", "show", "--db", db.url, String.valueOf(id)}))
        .isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Phương án 2022 – bản 3")
        .contains("đang xử lý, bước 2/5")
        .contains("bantochuc  COMPLETE  chu-truong  — Thống nhất");
  }

  private int run(String... args) {
    return LuanChuyenCommand.execute(args);
  }

  @Test
  void aPlanIsSubmittedCarriedThroughVotedAndDecidedFromTheCommandLine() throws Exception {
    DatabaseOptions db = new DatabaseOptions();
    db.url = "jdbc:h2:file:" + dir.resolve("cli").toAbsolutePath();
    long plan;
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      app.getBean(DemoUsers.class).create();
      RegistryContent registry =
          aRegistry()
              .ward("VP", "Vạn Phúc")
              .ward("YK", "Yết Kiêu")
              .cadre("CB1", "Nguyễn Văn Đức")
              .holding("VP-CT")
              .since(LocalDate.of(2013, 3, 1))
              .and()
              .cadre("CB2", "Trần Thị Mai")
              .woman()
              .holding("YK-CT")
              .since(LocalDate.of(2016, 1, 1))
              .and()
              .ward("LK", "La Khê")
              .ward("DN", "Dương Nội")
              .cadre("CB3", "Lê Văn Hùng")
              .holding("LK-CT")
              .since(LocalDate.of(2014, 1, 1))
              .and()
              .build();
      assertThat(app.getBean(RegistryImport.class).importContent(registry).problems()).isEmpty();
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      plan =
          SavedPlans.draft(
              jdbc,
              "Hoán đổi",
              "hadong-2022",
              LocalDate.of(2022, 9, 1),
              "CB1",
              "VP-CT",
              "YK-CT",
              "CB2",
              "YK-CT",
              "VP-CT",
              "CB3",
              "LK-CT",
              "DN-CT");
    }
    String url = db.url;

    assertThat(run("approval", "submit", "--db", url, "--plan", "" + plan, "--as", "bantochuc"))
        .isZero();
    long id =
        Long.parseLong(out.toString(StandardCharsets.UTF_8).replaceAll("(?s).*#(\\d+).*", "$1"));
    String c = String.valueOf(id);
    assertThat(
            run(
                "approval",
                "complete",
                c,
                "--db",
                url,
                "--as",
                "bantochuc",
                "--step",
                "chu-truong",
                "--comment",
                "Thống nhất"))
        .isZero();
    assertThat(
            run(
                "approval",
                "complete",
                c,
                "--db",
                url,
                "--as",
                "bantochuc",
                "--step",
                "trao-doi-de-xuat",
                "--comment",
                "Đã trao đổi",
                "--units",
                "Hai phường"))
        .isZero();
    Path appraisal = dir.resolve("tham-dinh.txt");
    Files.writeString(appraisal, "Thẩm định đạt");
    assertThat(run("approval", "attach", c, appraisal.toString(), "--db", url, "--as", "bantochuc"))
        .isZero();
    String[] appraised = {
      "approval",
      "complete",
      c,
      "--db",
      url,
      "--as",
      "bantochuc",
      "--step",
      "tong-hop-tham-dinh",
      "--comment",
      "Đủ tiêu chuẩn",
      "--units",
      "Hai phường",
      "--appraisal",
      "Đạt"
    };
    assertThat(run(appraised)).as("no cadre met yet").isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Chưa ghi cuộc gặp với 3/3 cán bộ");
    for (String cadre : List.of("CB1", "CB2", "CB3")) {
      assertThat(
              run(
                  "approval",
                  "meet",
                  c,
                  "--db",
                  url,
                  "--as",
                  "bantochuc",
                  "--candidate",
                  cadre,
                  "--on",
                  "2022-07-01",
                  "--content",
                  "Trao đổi về nhiệm vụ ở nơi đến",
                  "--wishes",
                  "Đồng ý"))
          .isZero();
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("ngày 01/07/2022 vào hồ sơ #" + c);
    assertThat(run(appraised)).isZero();
    String[] tally = {
      "--members", "15", "--present", "14", "--agree", "12", "--disagree", "1", "--abstain", "1"
    };
    String[] decide = {
      "approval",
      "decide",
      c,
      "--db",
      url,
      "--as",
      "thuongvu",
      "--outcome",
      "APPROVED",
      "--number",
      "125-QĐ/QU",
      "--signed",
      "2022-08-20",
      "--effective",
      "2022-09-01",
      "--comment",
      "Ban Thường vụ thông qua"
    };
    assertThat(run(decide)).as("no confirmed tally yet").isEqualTo(1);
    for (String cadre : List.of("CB1", "CB2")) {
      for (String clerk : List.of("bantochuc", "thuongvu")) {
        assertThat(
                run(
                    concat(
                        new String[] {
                          "approval", "tally", c, "--db", url, "--as", clerk, "--candidate", cadre
                        },
                        tally)))
            .isZero();
      }
    }
    String[] failed = {
      "--round",
      "1",
      "--members",
      "15",
      "--present",
      "14",
      "--agree",
      "7",
      "--disagree",
      "6",
      "--abstain",
      "1"
    };
    for (String clerk : List.of("bantochuc", "thuongvu")) {
      assertThat(
              run(
                  concat(
                      new String[] {
                        "approval", "tally", c, "--db", url, "--as", clerk, "--candidate", "CB3"
                      },
                      failed)))
          .isZero();
    }
    assertThat(run("approval", "decide", c, "--db", url, "--as", "xem", "--outcome", "REJECTED"))
        .as("a viewer may not decide")
        .isEqualTo(1);
    assertThat(run(decide)).as("CB3's ballot failed").isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Lê Văn Hùng (CB3) không đạt ở vòng 1");
    assertThat(
            run(
                "approval",
                "withdraw",
                c,
                "--db",
                url,
                "--as",
                "bantochuc",
                "--candidate",
                "CB9",
                "--reason",
                "Thử"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cán bộ CB9 không có điều chuyển");
    assertThat(
            run(
                "approval",
                "withdraw",
                c,
                "--db",
                url,
                "--as",
                "bantochuc",
                "--candidate",
                "CB3",
                "--reason",
                "Không đạt quá nửa số phiếu (7/15)"))
        .isZero();
    assertThat(run(decide)).isZero();
    assertThat(run("approval", "show", "--db", url, c)).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Kiểm phiếu CB1 vòng 1: đã xác nhận, 15 thành viên, 14 có mặt: 12 đồng ý")
        .contains("Kiểm phiếu CB3 vòng 1: đã xác nhận, 15 thành viên, 14 có mặt: 7 đồng ý")
        .contains("Đã rút khỏi hồ sơ: Lê Văn Hùng (CB3) (bước quyet-dinh, bantochuc, ")
        .contains("Lý do: Không đạt quá nửa số phiếu (7/15)")
        .contains("Hồ sơ #" + id + ": đã thông qua")
        .contains("Quyết định số 125-QĐ/QU, ký ngày 20/08/2022, có hiệu lực từ ngày 01/09/2022")
        .contains("Tệp đính kèm: tham-dinh.txt");
    try (ConfigurableApplicationContext app = Application.core(db, Map.of())) {
      CadreRegistry cadres = app.getBean(CadreRegistry.class);
      assertThat(cadres.assignments())
          .filteredOn(a -> a.endDate() == null)
          .extracting(a -> a.cadreCode() + " " + a.positionCode() + " " + a.startDate())
          .containsExactlyInAnyOrder(
              "CB1 YK-CT 2022-09-01", "CB2 VP-CT 2022-09-01", "CB3 LK-CT 2014-01-01");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
