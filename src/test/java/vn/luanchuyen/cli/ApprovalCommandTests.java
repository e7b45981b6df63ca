package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.StepInput;

/** The {@code approval} command lists cases and prints a case's timeline. */
class ApprovalCommandTests {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void release() {
    System.setOut(originalOut);
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
}
