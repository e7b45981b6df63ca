package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.WordTemplate;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.testing.DatabaseCleaner;
import vn.luanchuyen.testing.RegistryBuilder;

/**
 * The personal history (Mẫu 2C) of a cadre printed as Word and PDF and read back: the form's
 * sections in order, the cadre's values, blanks where the registry holds nothing. On H2 and
 * PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PersonalHistoryIntegrationTests {

  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  /** The form's sections, in the order the form prints them. */
  static final List<String> SECTIONS =
      List.of(
          "Cơ quan, đơn vị có thẩm quyền quản lý CBCC",
          "Mẫu 2C-BNV/2008",
          "Ảnh màu",
          "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
          "1) Họ và tên khai sinh",
          "2) Tên gọi khác",
          "3) Sinh ngày",
          "4) Nơi sinh",
          "5) Quê quán",
          "6) Dân tộc",
          "8) Nơi đăng ký hộ khẩu thường trú",
          "12) Chức vụ (chức danh) hiện tại",
          "15.1- Trình độ giáo dục phổ thông",
          "15.2- Trình độ chuyên môn cao nhất",
          "15.3- Lý luận chính trị",
          "15.5- Ngoại ngữ",
          "16) Ngày vào Đảng Cộng sản Việt Nam",
          "21) Khen thưởng",
          "22) Kỷ luật",
          "26) ĐÀO TẠO, BỒI DƯỠNG",
          "27) TÓM TẮT QUÁ TRÌNH CÔNG TÁC",
          "28) QUAN HỆ GIA ĐÌNH",
          "29) NHẬN XÉT, ĐÁNH GIÁ",
          "Người khai",
          "Thủ trưởng cơ quan");

  @Autowired PersonalHistory personalHistory;
  @Autowired RegistryImport importer;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  /**
   * Nguyễn Văn An headed the Home Affairs department from 2010 to 2019 and chairs Vạn Phúc ward
   * since 2020; Trần Thị Bình's record holds little more than her name and seat.
   */
  @BeforeEach
  void aRegistry() {
    DatabaseCleaner.clean(jdbc);
    var content =
        RegistryBuilder.aRegistry()
            .unit("P1", "Phòng Nội vụ", "QUAN", "PHONG_CHUYEN_MON", Block.CHINH_QUYEN)
            .ward("W1", "Vạn Phúc")
            .ward("W2", "Yên Nghĩa")
            .seat("P1-TP", "P1", "Trưởng phòng Nội vụ", PositionRank.HEAD, "TRUONG_PHONG")
            .cadre("C1", "Nguyễn Văn An")
            .born(PartialDate.ofDay(LocalDate.of(1972, 5, 10)))
            .from("Thanh Oai, Hà Nội")
            .alsoCalled("An Nguyên")
            .identifiedBy("001072012345")
            .educated("12/12", "Thạc sĩ Quản lý công", "Cao cấp")
            .partyMember(LocalDate.of(1996, 5, 19), LocalDate.of(1997, 5, 19))
            .awarded("Bằng khen của Chủ tịch UBND Thành phố (2019)")
            .disciplined(DisciplineForm.KHIEN_TRACH, LocalDate.of(2015, 3, 2), "Chậm báo cáo")
            .holding("P1-TP")
            .during(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31))
            .holding("W1-CT")
            .since(LocalDate.of(2020, 1, 1))
            .assessed(2021, AssessmentGrade.HTXSNV)
            .and()
            .cadre("C2", "Trần Thị Bình")
            .woman()
            .holding("W2-CT")
            .since(LocalDate.of(2012, 1, 1))
            .and()
            .build();
    assertThat(importer.importContent(content).problems()).isEmpty();
  }

  @Test
  void theWordFormHoldsItsSectionsInOrderWithTheCadresValues() {
    String text = docxText(personalHistory.docx("C1", AS_OF));

    assertThat(text).containsSubsequence(SECTIONS);
    assertThat(text)
        .contains("Cơ quan, đơn vị có thẩm quyền quản lý CBCC: Quận ủy Hà Đông")
        .contains("Cơ quan, đơn vị sử dụng CBCC: UBND phường Vạn Phúc")
        .contains("Số hiệu cán bộ, công chức: C1")
        .contains("(viết chữ in hoa): NGUYỄN VĂN AN")
        .contains("2) Tên gọi khác: An Nguyên")
        .contains("3) Sinh ngày: 10/05/1972, Giới tính (nam, nữ): Nam")
        .contains("5) Quê quán: Thanh Oai, Hà Nội")
        .contains("6) Dân tộc: Kinh, 7) Tôn giáo: Không")
        .contains("hiện tại: Chủ tịch UBND phường Vạn Phúc, từ ngày: 01/01/2020")
        .contains("15.1- Trình độ giáo dục phổ thông: 12/12")
        .contains("15.2- Trình độ chuyên môn cao nhất: Thạc sĩ Quản lý công")
        .contains("15.3- Lý luận chính trị: Cao cấp")
        .contains("Ngày vào Đảng Cộng sản Việt Nam: 19/05/1996, Ngày chính thức: 19/05/1997")
        .contains("21) Khen thưởng: Bằng khen của Chủ tịch UBND Thành phố (2019)")
        .contains("22) Kỷ luật: Khiển trách ngày 02/03/2015: Chậm báo cáo")
        .contains("24) Số chứng minh nhân dân / căn cước: 001072012345")
        .containsSubsequence(
            "01/2010 – 12/2019",
            "Trưởng phòng Nội vụ, Phòng Nội vụ",
            "01/2020 – nay",
            "Chủ tịch UBND phường Vạn Phúc")
        .containsSubsequence("2021", "Hoàn thành xuất sắc nhiệm vụ")
        .containsSubsequence("Bố đẻ", "Mẹ đẻ", "Vợ (chồng)", "Các con")
        .contains("Hà Đông, ngày 30 tháng 06 năm 2022");
  }

  @Test
  void thePdfFormHoldsTheSameSectionsAndValuesInTheEmbeddedFonts() throws Exception {
    String text = CaseDocumentsIntegrationTests.pdfText(personalHistory.pdf("C1", AS_OF));

    assertThat(text).containsSubsequence(SECTIONS);
    assertThat(text)
        .contains("NGUYỄN VĂN AN")
        .contains("An Nguyên")
        .contains("10/05/1972")
        .contains("Thạc sĩ Quản lý công")
        .contains("19/05/1997")
        .contains("001072012345")
        .contains("Bằng khen của Chủ tịch UBND Thành phố (2019)")
        .containsSubsequence("01/2010 – 12/2019", "Trưởng phòng Nội vụ", "01/2020 – nay")
        .contains("Hoàn thành xuất sắc nhiệm vụ");
  }

  @Test
  void whatTheRegistryDoesNotHoldPrintsBlankNeverInvented() throws Exception {
    String blank = WordTemplate.BLANK;
    for (String text :
        List.of(
            docxText(personalHistory.docx("C2", AS_OF)),
            CaseDocumentsIntegrationTests.pdfText(personalHistory.pdf("C2", AS_OF)))) {
      assertThat(text)
          .contains("TRẦN THỊ BÌNH")
          .contains("2) Tên gọi khác: " + blank)
          .contains("4) Nơi sinh: " + blank)
          .contains("9) Nơi ở hiện nay: " + blank)
          .contains("15.1- Trình độ giáo dục phổ thông: " + blank)
          .contains("Ngày chính thức: " + blank)
          .contains("21) Khen thưởng: " + blank)
          .contains("căn cước: " + blank)
          .contains("22) Kỷ luật: Không")
          .contains("Giới tính (nam, nữ): Nữ");
    }
  }

  @Test
  void anUnknownCadreHasNoPersonalHistory() {
    assertThatThrownBy(() -> personalHistory.docx("NOBODY", AS_OF))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theProfileAndTheApiServeTheFormAsAFileNamedAfterTheCadre() throws Exception {
    byte[] word =
        mvc.perform(
                get("/cadres/C1/so-yeu-ly-lich.docx")
                    .param("asOf", "30/06/2022")
                    .with(user("bantochuc").roles("ORGANISATION_BOARD")))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", "attachment; filename=\"so-yeu-ly-lich-C1.docx\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(docxText(word)).contains("NGUYỄN VĂN AN");

    byte[] pdf =
        mvc.perform(
                get("/api/v1/cadres/C1/so-yeu-ly-lich.pdf")
                    .param("asOf", "2022-06-30")
                    .with(user("xem").roles("UNIT_VIEWER")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(CaseDocumentsIntegrationTests.pdfText(pdf)).contains("NGUYỄN VĂN AN");
  }

  static String docxText(byte[] docx) {
    return CaseDocumentsIntegrationTests.docxText(docx);
  }
}
