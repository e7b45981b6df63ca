package vn.luanchuyen.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Filling {{fields}} of a Word document written the way Word writes it. */
class WordTemplateTests {

  /** A paragraph whose field Word split into three runs, the first bold. */
  static byte[] splitField() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("Kính gửi: ");
      XWPFRun bold = p.createRun();
      bold.setBold(true);
      bold.setText("{{iss");
      p.createRun().setText("uer}");
      p.createRun().setText("} ngày {{date}}.");
      return bytes(doc);
    }
  }

  /** A table with a heading row and one row of a list's fields. */
  static byte[] table() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Danh sách {{moveCount}} người");
      XWPFTable t = doc.createTable(2, 3);
      t.getRow(0).getCell(0).setText("TT");
      t.getRow(0).getCell(1).setText("Họ và tên");
      t.getRow(0).getCell(2).setText("Chức vụ mới");
      t.getRow(1).getCell(0).setText("{{moves.index}}");
      t.getRow(1).getCell(1).setText("{{moves.cadreName}}");
      t.getRow(1).getCell(2).setText("{{moves.toSeat}} ({{issuer}})");
      doc.createParagraph().createRun().setText("Hết danh sách.");
      return bytes(doc);
    }
  }

  static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  @Test
  void aFieldSplitAcrossRunsIsFilledWithTheFormattingOfItsFirstRun() throws IOException {
    byte[] filled =
        WordTemplate.of(splitField())
            .fill(Map.of("issuer", "Ban Thường vụ Quận ủy Hà Đông", "date", "20/08/2022"));

    assertThat(WordTemplate.text(filled))
        .isEqualTo("Kính gửi: Ban Thường vụ Quận ủy Hà Đông ngày 20/08/2022.\n");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
      List<XWPFRun> runs = doc.getParagraphs().get(0).getRuns();
      assertThat(runs.get(1).text()).isEqualTo("Ban Thường vụ Quận ủy Hà Đông");
      assertThat(runs.get(1).isBold()).isTrue();
      assertThat(runs.get(0).isBold()).isFalse();
    }
  }

  @Test
  void theTemplateNamesTheFieldsItUsesEvenWhenSplit() throws IOException {
    assertThat(WordTemplate.of(splitField()).fields()).containsExactlyInAnyOrder("issuer", "date");
    assertThat(WordTemplate.of(table()).fields())
        .containsExactlyInAnyOrder(
            "moveCount", "moves.index", "moves.cadreName", "moves.toSeat", "issuer");
  }

  @Test
  void aRowWithAListsFieldsIsRepeatedForEachItem() throws IOException {
    Map<String, Object> values =
        Map.of(
            "moveCount",
            "2",
            "issuer",
            "Quận ủy",
            "moves",
            List.of(
                Map.of("index", "1", "cadreName", "Nguyễn Văn An", "toSeat", "Chủ tịch UBND"),
                Map.of("index", "2", "cadreName", "Trần Thị Bình", "toSeat", "Trưởng phòng")));

    String text = WordTemplate.text(WordTemplate.of(table()).fill(values));

    assertThat(text)
        .isEqualTo(
            "Danh sách 2 người\n"
                + "TT\nHọ và tên\nChức vụ mới\n"
                + "1\nNguyễn Văn An\nChủ tịch UBND (Quận ủy)\n"
                + "2\nTrần Thị Bình\nTrưởng phòng (Quận ủy)\n"
                + "Hết danh sách.\n");
  }

  /** A table whose list has two rows: a group's heading, then a person's row. */
  static byte[] groupedTable() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFTable t = doc.createTable(3, 2);
      t.getRow(0).getCell(0).setText("TT");
      t.getRow(0).getCell(1).setText("Họ và tên");
      t.getRow(1).getCell(0).setText("{{groups.heading}}");
      t.getRow(2).getCell(0).setText("{{groups.index}}");
      t.getRow(2).getCell(1).setText("{{groups.cadreName}}");
      return bytes(doc);
    }
  }

  @Test
  void consecutiveRowsOfAListRepeatTogetherEachForTheItemsThatHaveItsFields() throws IOException {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put(
        "groups",
        List.of(
            Map.of("heading", "I. Luân chuyển"),
            Map.of("index", "1", "cadreName", "Nguyễn Văn An"),
            Map.of("heading", "II. Điều động"),
            Map.of("index", "2", "cadreName", "Trần Thị Bình"),
            Map.of("index", "3", "cadreName", "Lê Văn Cường")));

    String text = WordTemplate.text(WordTemplate.of(groupedTable()).fill(values));

    assertThat(text)
        .isEqualTo(
            "TT\nHọ và tên\n"
                + "I. Luân chuyển\n\n"
                + "1\nNguyễn Văn An\n"
                + "II. Điều động\n\n"
                + "2\nTrần Thị Bình\n"
                + "3\nLê Văn Cường\n");
  }

  @Test
  void anEmptyListLeavesOnlyTheHeadingRow() throws IOException {
    String text =
        WordTemplate.text(
            WordTemplate.of(table()).fill(Map.of("moveCount", "0", "moves", List.of())));

    assertThat(text).isEqualTo("Danh sách 0 người\nTT\nHọ và tên\nChức vụ mới\nHết danh sách.\n");
  }

  @Test
  void aFieldWithoutAValuePrintsADottedBlankToFillByHand() throws IOException {
    String text =
        WordTemplate.text(WordTemplate.of(splitField()).fill(Map.of("date", "01/09/2022")));

    assertThat(text).isEqualTo("Kính gửi: " + WordTemplate.BLANK + " ngày 01/09/2022.\n");
  }

  @Test
  void aValueOfSeveralLinesKeepsItsLineBreaks() throws IOException {
    byte[] filled =
        WordTemplate.of(splitField())
            .fill(Map.of("issuer", "Phòng Nội vụ\nUBND phường Vạn Phúc", "date", "x"));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
      assertThat(doc.getParagraphs().get(0).getText())
          .isEqualTo("Kính gửi: Phòng Nội vụ\nUBND phường Vạn Phúc ngày x.");
    }
  }

  @Test
  void somethingThatIsNotAWordDocumentIsRefusedInVietnamese() {
    assertThatThrownBy(() -> WordTemplate.of("không phải docx".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không phải là văn bản Word");
    assertThatThrownBy(() -> WordTemplate.of(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
