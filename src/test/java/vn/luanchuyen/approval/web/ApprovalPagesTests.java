package vn.luanchuyen.approval.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.CadreMeetings;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.approval.TrialSubjects;
import vn.luanchuyen.testing.DatabaseCleaner;

/** The case pages: list, timeline, the current step's form, refusals and conflicts as messages. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TrialSubjects.class)
@Tag("database")
class ApprovalPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Approvals approvals;

  @BeforeEach
  void clean() {
    DatabaseCleaner.clean(jdbc);
  }

  ApprovalCase open() {
    return approvals.open(
        "qd65-5-steps",
        "plan-version",
        "42",
        "Phương án luân chuyển 2022 – bản 3",
        new Actor("bantochuc", Set.of("ORGANISATION_BOARD")));
  }

  @Test
  void theCaseListNamesTheProcedureNeverASubjectsCodeAndTheCasePageShowsItsForm() throws Exception {
    ApprovalCase c = open();

    mvc.perform(get("/approval").with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Phương án luân chuyển 2022 – bản 3")))
        .andExpect(content().string(Matchers.containsString("<td>Quy trình 5 bước")))
        .andExpect(content().string(Matchers.containsString("Đối tượng không còn trong hệ thống")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("plan-version 42"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString(">qd65-5-steps<"))));
    mvc.perform(get("/approval/" + c.id()).with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Đang làm")))
        .andExpect(content().string(Matchers.containsString("id=\"step-form\"")))
        .andExpect(content().string(Matchers.containsString("_csrf")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
  }

  @Test
  void aStaleFormIsAnsweredWithAConflictMessage() throws Exception {
    ApprovalCase c = open();
    approvals.complete(
        c.id(),
        c.version(),
        "chu-truong",
        StepInput.comment("Đồng ý"),
        new Actor("admin", Set.of("ADMIN")));

    mvc.perform(
            post("/approval/" + c.id() + "/steps/chu-truong")
                .param("version", String.valueOf(c.version()))
                .param("comment", "Đồng ý")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("refused", Matchers.containsString("người khác")));
  }

  static final Actor BOARD = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor MEMBER = new Actor("thuongvu", Set.of("STANDING_COMMITTEE"));

  ApprovalCase atTheVote() {
    ApprovalCase c =
        approvals.open("hadong-4-steps", TrialSubjects.TYPE, "7", "Phương án thử", BOARD);
    StepInput full =
        new StepInput("Đồng ý", "Phường Vạn Phúc", "Đủ tiêu chuẩn", "Đã gặp", "Đồng ý");
    CadreMeetings.meetEveryCadre(approvals, c.id(), BOARD);
    for (String step : new String[] {"chu-truong", "trao-doi-de-xuat", "tong-hop-tham-dinh"}) {
      c = approvals.complete(c.id(), c.version(), step, full, BOARD);
    }
    return c;
  }

  @Test
  void aTallyForACadreNotInTheCaseIsRefusedOnThePageInVietnamese() throws Exception {
    ApprovalCase c = atTheVote();

    mvc.perform(
            post("/approval/" + c.id() + "/tallies")
                .param("candidate", "CB9999")
                .param("round", "1")
                .param("members", "15")
                .param("present", "14")
                .param("agree", "12")
                .param("disagree", "1")
                .param("abstain", "1")
                .param("invalid", "0")
                .with(csrf())
                .with(user("thuongvu").roles("STANDING_COMMITTEE")))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "refused",
                    Matchers.containsString(
                        "Cán bộ CB9999 không có điều chuyển nào trong hồ sơ này")));
    mvc.perform(
            get("/approval/" + c.id())
                .flashAttr("refused", "Cán bộ CB9999 không có điều chuyển nào trong hồ sơ này")
                .with(user("thuongvu").roles("STANDING_COMMITTEE")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "role=\"alert\">Cán bộ CB9999 không có điều chuyển nào")));
  }

  @Test
  void theCasePageTakesOneMeetingPerCadreWithItsDayAndShowsEachCadresWishes() throws Exception {
    ApprovalCase c =
        approvals.open("hadong-4-steps", TrialSubjects.TYPE, "8", "Phương án thử", BOARD);

    mvc.perform(get("/approval/" + c.id()).with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(content().string(Matchers.containsString("id=\"metOn-2\"")))
        .andExpect(content().string(Matchers.containsString("Đã ghi 0/3 cán bộ")));
    mvc.perform(
            post("/approval/" + c.id() + "/cadre-meetings")
                .param("candidate", "CB002")
                .param("metOn", "31/02/2022")
                .param("content", "Trao đổi")
                .param("wishes", "Đồng ý")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(
            flash()
                .attribute(
                    "refused",
                    "Ngày gặp \"31/02/2022\" không đúng dạng ngày/tháng/năm (dd/MM/yyyy)."));
    mvc.perform(
            post("/approval/" + c.id() + "/cadre-meetings")
                .param("candidate", "CB002")
                .param("metOn", "01/07/2022")
                .param("content", "Trao đổi về nhiệm vụ ở phường Vạn Phúc")
                .param("wishes", "Xin được về gần nơi ở")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(flash().attribute("done", "Đã ghi nhận."));

    mvc.perform(get("/approval/" + c.id()).with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(Matchers.containsString("Đã ghi 1/3 cán bộ")))
        .andExpect(content().string(Matchers.containsString("01/07/2022")))
        .andExpect(
            content().string(Matchers.containsString("Trao đổi về nhiệm vụ ở phường Vạn Phúc")))
        .andExpect(content().string(Matchers.containsString("Xin được về gần nơi ở")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("cadre-meeting-form"))));
  }

  @Test
  void aMismatchOnThePageNamesTheCountsThatDifferButNotTheFirstClerksNumbers() throws Exception {
    ApprovalCase c = atTheVote();
    approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 12, 1, 1, 0), MEMBER);
    approvals.enterTally(c.id(), "CB001", 1, new Tally(15, 14, 11, 2, 1, 0), BOARD);

    mvc.perform(get("/approval/" + c.id()).with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(content().string(Matchers.containsString("Không khớp, cần nhập lại")))
        .andExpect(content().string(Matchers.containsString("số phiếu đồng ý,")))
        .andExpect(content().string(Matchers.containsString("số phiếu không đồng ý")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("≠"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("12 đồng ý"))));
  }

  @Test
  void aMoveTakenOutIsListedOnTheCasePageWithItsReason() throws Exception {
    ApprovalCase c = atTheVote();

    mvc.perform(
            post("/approval/" + c.id() + "/withdrawals")
                .param("version", String.valueOf(c.version()))
                .param("candidate", "CB002")
                .param("reason", "Không đạt quá nửa số phiếu")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("done", "Đã ghi nhận."));

    mvc.perform(get("/approval/" + c.id()).with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(content().string(Matchers.containsString("Điều chuyển đã rút khỏi hồ sơ")))
        .andExpect(content().string(Matchers.containsString("Trần Thị Bình (CB002)")))
        .andExpect(content().string(Matchers.containsString("Lý do: Không đạt quá nửa số phiếu")));
  }

  @Test
  void takingAMoveOutWithoutAReasonIsRefusedOnThePage() throws Exception {
    ApprovalCase c = atTheVote();

    mvc.perform(
            post("/approval/" + c.id() + "/withdrawals")
                .param("version", String.valueOf(c.version()))
                .param("candidate", "CB002")
                .param("reason", " ")
                .with(csrf())
                .with(user("bantochuc").roles("ORGANISATION_BOARD")))
        .andExpect(flash().attribute("refused", "Cần ghi lý do rút điều chuyển khỏi hồ sơ"));
  }
}
