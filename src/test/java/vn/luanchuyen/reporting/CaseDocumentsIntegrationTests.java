package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.CadreMeetings;
import vn.luanchuyen.approval.Decision;
import vn.luanchuyen.approval.Meeting;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.WordTemplate;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.planning.PlanDecisions;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.RegistryBuilder;
import vn.luanchuyen.testing.SavedPlans;

/**
 * The proposal, the decision and the vote minutes of a plan carried through the founding 4-step
 * procedure and approved, generated as Word and PDF and read back. On H2 and PostgreSQL.
 */
@SpringBootTest(properties = "luanchuyen.documents.template-dir=target/test-document-templates")
@AutoConfigureMockMvc
@Tag("database")
class CaseDocumentsIntegrationTests {

  static final Actor CLERK = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor SECOND_CLERK = new Actor("admin", Set.of("ADMIN"));
  static final Actor MEMBER = new Actor("thuongvu", Set.of("STANDING_COMMITTEE"));
  static final StepInput FULL =
      new StepInput(
          "Thống nhất",
          "Phòng Nội vụ; UBND phường Vạn Phúc",
          "Đủ tiêu chuẩn, điều kiện luân chuyển",
          "Đã gặp đồng chí Nguyễn Văn An ngày 05/08/2022",
          "Đồng ý nhận nhiệm vụ mới");
  static final Decision DECISION =
      new Decision("125-QĐ/QU", LocalDate.of(2022, 8, 20), LocalDate.of(2022, 9, 1));
  static final String WORKING_NAME = "Phương án 2 – khóa Loan, loại Yến";
  static final String OFFICIAL_TITLE =
      "Phương án luân chuyển, điều động, chuyển đổi vị trí công tác cán bộ đợt 1 năm 2022";
  static final String C1_GROUNDS =
      "Giữ chức vụ cấp trưởng 12 năm 6 tháng liên tục, từ 8 năm trở lên phải luân chuyển";
  static final String C1_FORM_REASON =
      "Luân chuyển: trong quy hoạch, còn trên 120 tháng công tác tính từ ngày luân chuyển";
  static final String C2_GROUNDS =
      "Giữ chức vụ cấp trưởng 10 năm 6 tháng liên tục, từ 8 năm trở lên phải luân chuyển";
  static final String C2_FORM_REASON =
      "Điều động: chức danh tương đương ở đơn vị khác theo yêu cầu nhiệm vụ. Không áp dụng luân"
          + " chuyển: không trong quy hoạch";

  /** The days the clerks entered: the steps, the Board's submission, the meeting. */
  static final LocalDate CONSENT = LocalDate.of(2022, 7, 5);

  static final LocalDate CONSULTED = LocalDate.of(2022, 7, 20);
  static final LocalDate SUBMITTED = LocalDate.of(2022, 8, 10);
  static final LocalDate MEETING_DAY = LocalDate.of(2022, 8, 18);
  static final String CONCLUSION = "Ban Thường vụ biểu quyết thông qua phương án";
  static final Meeting MEETING =
      new Meeting(
          LocalTime.of(8, 30),
          "Phòng họp tầng 3, trụ sở Quận ủy Hà Đông",
          "Đồng chí Nguyễn Văn Hùng, Bí thư Quận ủy\nĐồng chí Lê Thị Hoa, Phó Bí thư Thường trực",
          "Đồng chí Phạm Văn Tú, Ủy viên Ban Thường vụ (đi công tác)",
          "Đồng chí Đỗ Văn Kiên, Trưởng ban\nĐồng chí Vũ Thị Lan, thành viên");

  @Autowired CaseDocuments documents;
  @Autowired PlanDecisions decisions;
  @Autowired PlanVersions versions;
  @Autowired Approvals approvals;
  @Autowired RegistryImport importer;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired java.time.Clock clock;

  long plan;

  /**
   * Nguyễn Văn An, head of the Home Affairs department, is to chair the ward of Vạn Phúc (a
   * rotation); Trần Thị Bình, chair of Yên Nghĩa ward, is to head the Justice department (a
   * transfer).
   */
  @BeforeEach
  void aSavedPlan() {
    DatabaseCleaner.clean(jdbc);
    var content =
        RegistryBuilder.aRegistry()
            .unit("P1", "Phòng Nội vụ", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN)
            .unit("P2", "Phòng Tư pháp", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN)
            .ward("W1", "Vạn Phúc")
            .ward("W2", "Yên Nghĩa")
            .seat("P1-TP", "P1", "Trưởng phòng Nội vụ", PositionRank.HEAD, "TRUONG_PHONG")
            .seat("P2-TP", "P2", "Trưởng phòng Tư pháp", PositionRank.HEAD, "TRUONG_PHONG")
            .cadre("C1", "Nguyễn Văn An")
            .born(PartialDate.ofDay(LocalDate.of(1972, 5, 10)))
            .holding("P1-TP")
            .since(LocalDate.of(2010, 1, 1))
            .and()
            .cadre("C2", "Trần Thị Bình")
            .woman()
            .born(PartialDate.ofDay(LocalDate.of(1975, 3, 4)))
            .holding("W2-CT")
            .since(LocalDate.of(2012, 1, 1))
            .and()
            .build();
    assertThat(importer.importContent(content).problems()).isEmpty();
    plan =
        SavedPlans.aDraft(jdbc, WORKING_NAME, "hadong-2022", LocalDate.of(2022, 6, 30))
            .move("C1", "P1-TP", "W1-CT", AssignmentForm.LUAN_CHUYEN)
            .because(C1_GROUNDS, C1_FORM_REASON)
            .move("C2", "W2-CT", "P2-TP", AssignmentForm.DIEU_DONG)
            .because(C2_GROUNDS, C2_FORM_REASON)
            .forbidding("C1", "P1-TP", "P2-TP")
            .save();
  }

  /** The case at its third step: consent given and units consulted, on the days entered. */
  ApprovalCase beforeTheAppraisal() {
    ApprovalCase c = decisions.submit(plan, null, CLERK);
    c = approvals.complete(c.id(), c.version(), "chu-truong", FULL.on(CONSENT), CLERK);
    return approvals.complete(c.id(), c.version(), "trao-doi-de-xuat", FULL.on(CONSULTED), CLERK);
  }

  /** The case at its deciding step, with C1's first round a tie-break and the second passed. */
  ApprovalCase atTheVote() {
    ApprovalCase c = beforeTheAppraisal();
    CadreMeetings.meetEveryCadre(approvals, c.id(), CLERK);
    c = approvals.complete(c.id(), c.version(), "tong-hop-tham-dinh", FULL.on(SUBMITTED), CLERK);
    for (Actor clerk : new Actor[] {MEMBER, SECOND_CLERK}) {
      approvals.enterTally(c.id(), "C1", 1, new Tally(15, 14, 7, 5, 1, 1), clerk);
      approvals.enterTally(c.id(), "C1", 2, new Tally(15, 14, 12, 1, 1, 0), clerk);
      approvals.enterTally(c.id(), "C2", 1, new Tally(15, 14, 11, 2, 1, 0), clerk);
    }
    return approvals.get(c.id());
  }

  ApprovalCase approved() {
    ApprovalCase c = atTheVote();
    return approvals.decide(
        c.id(),
        c.version(),
        "APPROVED",
        StepInput.comment(CONCLUSION).on(MEETING_DAY).at(MEETING),
        DECISION,
        MEMBER);
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("Liberation");
        }
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      // in justified text the extraction may see a space beside the slash of a date (30 /06/2022)
      return stripper.getText(doc).replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/");
    }
  }

  static String docxText(byte[] docx) {
    return WordTemplate.text(docx).replaceAll("\\s+", " ");
  }

  /**
   * Checks both forms of a document: the Word text holds each phrase as written; the PDF text,
   * extracted by position, holds each phrase's words in order (a table cell may wrap between them).
   */
  void bothRead(long id, DocumentKind kind, String... phrases) throws IOException {
    String docx = docxText(documents.docx(id, kind));
    String pdf = pdfText(documents.pdf(id, kind));
    for (String phrase : phrases) {
      assertThat(docx).as("Word").contains(phrase);
      readsInOrder(pdf, phrase);
    }
    assertThat(docx).doesNotContain("{{").doesNotContain("}}");
  }

  /** The PDF text holds the phrase's words in order (a table cell may wrap between them). */
  static void readsInOrder(String pdf, String phrase) {
    int at = 0;
    for (String word : phrase.split(" ")) {
      int found = pdf.indexOf(word, at);
      assertThat(found).as("PDF: '" + word + "' of '" + phrase + "'").isNotNegative();
      at = found + word.length();
    }
  }

  @Test
  void theDecisionNamesEachCadreTheirOldAndNewSeatsTheNumberAndTheEffectiveDay()
      throws IOException {
    long id = approved().id();

    bothRead(
        id,
        DocumentKind.DECISION,
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        "QUẬN ỦY HÀ ĐÔNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 125-QĐ/QU",
        "Hà Đông, ngày 20 tháng 8 năm 2022",
        "QUYẾT ĐỊNH",
        "Luân chuyển, điều động 2 đồng chí",
        "kể từ ngày 01/09/2022",
        "Nguyễn Văn An 10/05/1972 Trưởng phòng Nội vụ",
        "Chủ tịch UBND phường Vạn Phúc",
        "Trần Thị Bình 04/03/1975 Chủ tịch UBND phường Yên Nghĩa",
        "Trưởng phòng Tư pháp Phòng Tư pháp",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Nơi nhận:");
    assertThat(documents.values(id, DocumentKind.DECISION).get("moves"))
        .asList()
        .as("the forbidden move is no move")
        .hasSize(2);
    assertThat(docxText(documents.docx(id, DocumentKind.DECISION)))
        .doesNotContain(WordTemplate.BLANK);
  }

  @Test
  void theDecisionAndTheProposalOfAMixedCaseNameBothFormsAndGroupTheMovesByForm()
      throws IOException {
    long id = approved().id();

    for (DocumentKind kind : List.of(DocumentKind.DECISION, DocumentKind.PROPOSAL)) {
      bothRead(
          id,
          kind,
          "về việc luân chuyển, điều động cán bộ",
          "I. Luân chuyển (1 đồng chí) 1 Nguyễn Văn An",
          "II. Điều động (1 đồng chí) 2 Trần Thị Bình");
      // each cadre's line ends with the form (in the proposal, then the reasons for the move)
      assertThat(docxText(documents.docx(id, kind)))
          .contains(
              "Chủ tịch UBND phường Vạn Phúc UBND phường Vạn Phúc Luân chuyển "
                  + (kind == DocumentKind.PROPOSAL ? "Lý do: " : "II."))
          .contains("Trưởng phòng Tư pháp Phòng Tư pháp Điều động");
      readsInOrder(
          pdfText(documents.pdf(id, kind)),
          "I. Luân chuyển (1 đồng chí) 1 Nguyễn Văn An Luân chuyển II. Điều động (1 đồng chí) 2"
              + " Trần Thị Bình Điều động");
    }
    bothRead(id, DocumentKind.DECISION, "Điều 1. Luân chuyển, điều động 2 đồng chí");
    bothRead(id, DocumentKind.PROPOSAL, "quyết định luân chuyển, điều động 2 đồng chí");
    assertThat(documents.values(id, DocumentKind.DECISION).get("moves"))
        .asList()
        .extracting(m -> (Object) ((Map<?, ?>) m).get("form"))
        .containsExactly("Luân chuyển", "Điều động");
  }

  @Test
  void aDecisionOfOneFormIsTitledByThatForm() throws IOException {
    jdbc.sql("update planning_move set form = 'CHUYEN_DOI' where forbidden = false").update();
    long id = approved().id();

    bothRead(
        id,
        DocumentKind.DECISION,
        "về việc chuyển đổi vị trí công tác cán bộ",
        "Điều 1. Chuyển đổi vị trí công tác 2 đồng chí",
        "I. Chuyển đổi vị trí công tác (2 đồng chí) 1 Nguyễn Văn An");
    // the committee's plan is cited by its own name, which names every form
    String docx =
        docxText(documents.docx(id, DocumentKind.DECISION))
            .replace((String) documents.values(id, DocumentKind.DECISION).get("policyName"), "");
    assertThat(docx).doesNotContain("luân chuyển, điều động").doesNotContain("II.");
    assertThat(docx.replace("chuyển đổi vị trí", ""))
        .as("no other form is named")
        .doesNotContainIgnoringCase("Luân chuyển 2")
        .doesNotContain("Điều động");
  }

  @Test
  void aMoveTakenOutOfTheCaseIsNotInItsPapers() throws IOException {
    ApprovalCase c = atTheVote();
    approvals.withdraw(c.id(), c.version(), "C2", "Không đạt quá bán ở vòng bỏ phiếu", CLERK);

    String proposal = docxText(documents.docx(c.id(), DocumentKind.PROPOSAL));

    assertThat(proposal).contains("Nguyễn Văn An").doesNotContain("Trần Thị Bình");
    assertThat(documents.values(c.id(), DocumentKind.PROPOSAL).get("moveCount")).isEqualTo("1");
  }

  @Test
  void theProposalListsTheStepsDoneTheUnitsConsultedTheAppraisalAndTheCadresWishes()
      throws IOException {
    long id = atTheVote().id();

    bothRead(
        id,
        DocumentKind.PROPOSAL,
        "TỜ TRÌNH",
        "BAN TỔ CHỨC",
        "-TTr/BTCQU",
        "Kính gửi: Ban Thường vụ Quận ủy Hà Đông",
        "Phòng Nội vụ; UBND phường Vạn Phúc",
        "Đủ tiêu chuẩn, điều kiện luân chuyển",
        "Đã gặp đồng chí Nguyễn Văn An ngày 05/08/2022",
        "Đồng ý nhận nhiệm vụ mới",
        "điều động 2 đồng chí",
        "Nguyễn Văn An",
        "Chủ tịch UBND phường Vạn Phúc",
        "Trần Thị Bình",
        "TRƯỞNG BAN");
    assertThat(documents.values(id, DocumentKind.PROPOSAL).get("steps"))
        .asList()
        .as("the three steps completed before the vote")
        .hasSize(3);
  }

  @Test
  void theProposalPrintsTheMeetingWithEachCadreTheDayWhatWasSaidAndTheirWishes()
      throws IOException {
    long id = atTheVote().id();
    approvals.recordCadreMeeting(
        id,
        "C2",
        LocalDate.of(2022, 8, 2),
        "Trao đổi về nhiệm vụ Trưởng phòng Tài chính – Kế hoạch",
        "Xin được giữ nguyên khối chính quyền",
        CLERK);

    bothRead(
        id,
        DocumentKind.PROPOSAL,
        "Gặp gỡ, trao đổi với cán bộ và nguyện vọng của cán bộ",
        "Nguyễn Văn An",
        "01/07/2022",
        CadreMeetings.CONTENT,
        CadreMeetings.WISHES,
        "Trần Thị Bình",
        "02/08/2022",
        "Trao đổi về nhiệm vụ Trưởng phòng Tài chính – Kế hoạch",
        "Xin được giữ nguyên khối chính quyền");
    assertThat(documents.values(id, DocumentKind.PROPOSAL).get("cadreWishes"))
        .asString()
        .contains("Đồng chí Nguyễn Văn An: " + CadreMeetings.WISHES)
        .contains("Đồng chí Trần Thị Bình: Xin được giữ nguyên khối chính quyền");
  }

  @Test
  void theMinutesGiveEachCandidatesConfirmedCountsPerRoundAndNeverAClerk() throws IOException {
    long id = approved().id();

    bothRead(
        id,
        DocumentKind.VOTE_MINUTES,
        "BIÊN BẢN KIỂM PHIẾU",
        "Hà Đông, ngày",
        "ít nhất 2/3 tổng số thành viên",
        "nhiều hơn 1/2 tổng số thành viên",
        "Nguyễn Văn An 1 15 14 7 5 1 1 46,7% Không đạt",
        "Nguyễn Văn An 2 15 14 12 1 1 0 80,0% Đạt",
        "Trần Thị Bình 1 15 14 11 2 1 0 73,3% Đạt");
    assertThat(docxText(documents.docx(id, DocumentKind.VOTE_MINUTES)))
        .doesNotContain("thuongvu")
        .doesNotContain("admin");
  }

  @Test
  void noDecisionIsPrintedForACaseNotApproved() throws Exception {
    long id = atTheVote().id();

    assertThatThrownBy(() -> documents.docx(id, DocumentKind.DECISION))
        .isInstanceOf(DocumentRefused.class)
        .hasMessageContaining("chưa được Ban Thường vụ quyết định thông qua");
    mvc.perform(
            get("/api/v1/approval/cases/" + id + "/documents/quyet-dinh.pdf")
                .with(httpBasic("xem", "demo"))
                .with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isUnprocessableEntity());
  }

  @Test
  void theDocumentsDownloadFromTheCasePageAndTheApi() throws Exception {
    long id = approved().id();

    byte[] docx =
        mvc.perform(
                get("/approval/" + id + "/documents/quyet-dinh.docx")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andExpect(content().contentType(DocumentDownload.DOCX))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(docxText(docx)).contains("Nguyễn Văn An");
    byte[] pdf =
        mvc.perform(
                get("/api/v1/approval/cases/" + id + "/documents/bien-ban-kiem-phieu.pdf")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(pdfText(pdf)).contains("Trần Thị Bình");
    mvc.perform(get("/approval/" + id).with(user("xem").roles("UNIT_VIEWER")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/approval/" + id + "/documents/quyet-dinh.pdf")));
  }

  @Test
  void anAdministratorSeesTheFieldsAndATemplateWithAnUnknownFieldIsRefusedByTheApi()
      throws Exception {
    mvc.perform(get("/admin/documents").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("{{moves.cadreName}}")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản kiểm phiếu")));
    byte[] bad = DocumentTemplatesTests.editedDocx("{{planTitle}}", "{{hoTen}}");

    mvc.perform(
            put("/api/v1/documents/templates/quyet-dinh.docx")
                .contentType(DocumentDownload.DOCX)
                .content(bad)
                .with(csrf())
                .with(user("admin").roles("ADMIN")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("{{hoTen}}")));
  }

  /** The page of the PDF each phrase is on (its words in order within the page's text), from 1. */
  static List<Integer> pagesOf(byte[] pdf, String phrase) throws IOException {
    List<Integer> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        if (stripper.getText(doc).replaceAll("\\s+", " ").contains(phrase)) {
          pages.add(page);
        }
      }
    }
    return pages;
  }

  /** Every line of the signature block is on one and the same page of the PDF, its last. */
  static void signatureOnOnePage(byte[] pdf, String... lines) throws IOException {
    java.util.Set<Integer> pages = new java.util.TreeSet<>();
    for (String line : lines) {
      List<Integer> on = pagesOf(pdf, line);
      assertThat(on).as("the page of '" + line + "'").hasSize(1);
      pages.addAll(on);
    }
    assertThat(pages).as("the pages of the signature block").hasSize(1);
    assertThat(pages)
        .as("the block ends the document: nothing of it on a page after")
        .containsExactly(SignatureBlockTests.pageCount(pdf));
  }

  /** Today on the application's clock (Vietnam's time), as documents print it. */
  String today() {
    return LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  @Test
  void eachPaperIsDatedTheDayOfTheActItRecordsAndEachStepTheDayEntered() throws IOException {
    long id = approved().id();

    bothRead(id, DocumentKind.PROPOSAL, "Hà Đông, ngày 10 tháng 8 năm 2022");
    bothRead(id, DocumentKind.VOTE_MINUTES, "Hà Đông, ngày 18 tháng 8 năm 2022");
    bothRead(id, DocumentKind.DECISION, "Hà Đông, ngày 20 tháng 8 năm 2022");
    assertThat(documents.values(id, DocumentKind.PROPOSAL).get("steps"))
        .asList()
        .extracting(step -> (Object) ((Map<?, ?>) step).get("doneOn"))
        .containsExactly("05/07/2022", "20/07/2022", "10/08/2022");
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(docxText(documents.docx(id, kind)))
          .as("%s never carries the day it is printed", kind)
          .doesNotContain(today());
    }
  }

  @Test
  void aPaperWhoseActHasNotHappenedLeavesItsDateBlankNeverTheDayItIsPrinted() throws IOException {
    long id = beforeTheAppraisal().id();

    for (DocumentKind kind : List.of(DocumentKind.PROPOSAL, DocumentKind.VOTE_MINUTES)) {
      String docx = docxText(documents.docx(id, kind));
      assertThat(docx)
          .contains("Hà Đông, ngày " + WordTemplate.BLANK + " tháng " + WordTemplate.BLANK)
          .doesNotContain(today());
    }
  }

  @Test
  void theProposalHoldsOnlyTheStepsDoneBeforeTheVoteAndNothingOfTheVote() throws IOException {
    long early = beforeTheAppraisal().id();

    String beforeAppraisal = docxText(documents.docx(early, DocumentKind.PROPOSAL));
    assertThat(documents.values(early, DocumentKind.PROPOSAL).get("steps")).asList().hasSize(2);
    assertThat(beforeAppraisal)
        .as("no appraisal before the appraisal step is done")
        .doesNotContain("Tổng hợp, thẩm định, lấy ý kiến và gặp cán bộ");

    DatabaseCleaner.clean(jdbc);
    aSavedPlan();
    long id = approved().id();
    String proposal = docxText(documents.docx(id, DocumentKind.PROPOSAL));
    assertThat(proposal)
        .contains("Tổng hợp, thẩm định, lấy ý kiến và gặp cán bộ")
        .doesNotContain(CONCLUSION)
        .doesNotContain("Trình và tập thể có thẩm quyền quyết định")
        .doesNotContain("Thông qua")
        .doesNotContain("125-QĐ/QU");
    readsInOrder(pdfText(documents.pdf(id, DocumentKind.PROPOSAL)), "10/08/2022");
    assertThat(pdfText(documents.pdf(id, DocumentKind.PROPOSAL))).doesNotContain(CONCLUSION);
  }

  @Test
  void noPaperPrintsTheVersionsWorkingNameButTheTitleTheBoardGaveIt() throws IOException {
    versions.setOfficialTitle(plan, OFFICIAL_TITLE, versions.get(plan).version());
    long id = approved().id();

    for (DocumentKind kind : DocumentKind.values()) {
      bothRead(id, kind, OFFICIAL_TITLE);
      for (String text :
          List.of(docxText(documents.docx(id, kind)), pdfText(documents.pdf(id, kind)))) {
        assertThat(text)
            .as(kind.name())
            .doesNotContain("khóa Loan")
            .doesNotContain("(bản 1)")
            .doesNotContainIgnoringCase("quy trình quy trình")
            .doesNotContainIgnoringCase("phương án phương án");
      }
    }
    bothRead(
        id,
        DocumentKind.PROPOSAL,
        "Ban Tổ chức đã thực hiện Quy trình 4 bước (phương án luân chuyển Hà Đông 2022) đối với "
            + OFFICIAL_TITLE);
  }

  @Test
  void untilTheBoardTitlesTheVersionThePapersUseANeutralTitleFromThePolicyAndTheMoveDate()
      throws IOException {
    long id = approved().id();

    String neutral =
        "Phương án thực hiện Kế hoạch luân chuyển, điều động, chuyển đổi vị trí công tác cán bộ"
            + " diện Ban Thường vụ Quận ủy Hà Đông quản lý, giai đoạn 2022–2025, dự kiến điều"
            + " chuyển từ ngày 30/06/2022";
    for (DocumentKind kind : DocumentKind.values()) {
      bothRead(id, kind, neutral);
      assertThat(docxText(documents.docx(id, kind))).doesNotContain("khóa Loan");
    }
  }

  @Test
  void theDecisionCitesTheCommitteesOwnPlanTheVoteAndTheProposal() throws IOException {
    versions.setOfficialTitle(plan, OFFICIAL_TITLE, versions.get(plan).version());
    long id = approved().id();

    bothRead(
        id,
        DocumentKind.DECISION,
        "- Căn cứ Kế hoạch luân chuyển, điều động, chuyển đổi vị trí công tác cán bộ diện Ban"
            + " Thường vụ Quận ủy Hà Đông quản lý, giai đoạn 2022–2025;",
        "- Căn cứ kết quả biểu quyết bằng phiếu kín của Ban Thường vụ Quận ủy Hà Đông tại hội"
            + " nghị ngày 18/08/2022;",
        "- Xét đề nghị của Ban Tổ chức Quận ủy Hà Đông tại tờ trình ngày 10/08/2022 về "
            + OFFICIAL_TITLE
            + ",");
  }

  @Test
  void theMinutesGiveTheMeetingsTimePlaceMembersPresentAndAbsentAndTheCountingCommittee()
      throws IOException {
    long id = approved().id();

    bothRead(
        id,
        DocumentKind.VOTE_MINUTES,
        "Vào hồi 8 giờ 30 phút ngày 18/08/2022, tại Phòng họp tầng 3, trụ sở Quận ủy Hà Đông,",
        "Thành viên có mặt: Đồng chí Nguyễn Văn Hùng, Bí thư Quận ủy Đồng chí Lê Thị Hoa, Phó Bí"
            + " thư Thường trực",
        "Thành viên vắng mặt: Đồng chí Phạm Văn Tú, Ủy viên Ban Thường vụ (đi công tác)",
        "Ban kiểm phiếu gồm: Đồng chí Đỗ Văn Kiên, Trưởng ban Đồng chí Vũ Thị Lan, thành viên",
        "Nguyễn Văn An 2 15 14 12 1 1 0 80,0% Đạt",
        "Trần Thị Bình 1 15 14 11 2 1 0 73,3% Đạt");
  }

  @Test
  void theProposalGivesEachCadreTheGroundsFromScreeningAndTheReasonForTheForm() throws IOException {
    long id = atTheVote().id();

    bothRead(
        id,
        DocumentKind.PROPOSAL,
        "Nguyễn Văn An",
        "Lý do: " + C1_GROUNDS,
        C1_FORM_REASON,
        "Trần Thị Bình",
        "Lý do: " + C2_GROUNDS,
        C2_FORM_REASON);
    String docx = docxText(documents.docx(id, DocumentKind.PROPOSAL));
    // the rows of the moves come after the meeting with each cadre, which names them first
    int moves = docx.indexOf(CadreMeetings.WISHES);
    assertThat(docx.indexOf(C1_GROUNDS))
        .as("each cadre's reasons follow their row")
        .isGreaterThan(docx.indexOf("Nguyễn Văn An", moves))
        .isLessThan(docx.indexOf("Trần Thị Bình", docx.indexOf("Nguyễn Văn An", moves)));
  }

  @Test
  void theSignatureBlockOfEachPaperIsOnOnePage() throws IOException {
    long id = approved().id();

    signatureOnOnePage(
        documents.pdf(id, DocumentKind.DECISION),
        "Nơi nhận:",
        "- Như Điều 3,",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "- Lưu Văn phòng.");
    signatureOnOnePage(
        documents.pdf(id, DocumentKind.PROPOSAL),
        "Nơi nhận:",
        "- Các đồng chí Ủy viên Ban Thường vụ,",
        "TRƯỞNG BAN",
        "- Lưu Ban Tổ chức.");
    signatureOnOnePage(
        documents.pdf(id, DocumentKind.VOTE_MINUTES), "CÁC THÀNH VIÊN", "TRƯỞNG BAN");
  }
}
