package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The shipped PDF templates never split their signature block across pages: with ever more moves or
 * tallies the block reaches the foot of a page, and then goes whole to the next one.
 */
class SignatureBlockTests {

  final ReportDocuments renderer = new ReportDocuments();

  /** Every field filled, and {@code items} moves (under one heading), steps and tallies. */
  static Map<String, Object> values(int items) {
    Map<String, Object> v = new LinkedHashMap<>();
    DocumentFields.PLAIN.forEach(f -> v.put(f, "Nội dung " + f));
    // as shipped: the signers' names are not configured, so they print empty
    v.put("signerName", "");
    v.put("boardSignerName", "");
    v.put("date", "18/08/2022");
    v.put("dateDay", "18");
    v.put("dateMonth", "8");
    v.put("dateYear", "2022");
    DocumentFields.LISTS.forEach(
        (list, fields) -> {
          List<Map<String, String>> rows = new ArrayList<>();
          if (list.equals("movesByForm")) {
            Map<String, String> heading = new LinkedHashMap<>();
            fields.forEach(f -> heading.put(f, null));
            heading.put("heading", "I. Luân chuyển (" + items + " đồng chí)");
            rows.add(heading);
          }
          for (int i = 1; i <= items; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String f : fields) {
              row.put(f, f.equals("heading") ? null : "Cán bộ " + i + " " + f);
            }
            rows.add(row);
          }
          v.put(list, rows);
        });
    return v;
  }

  /**
   * The pages the block's lines are on, with 1, 4 and 24 items and a plan title of 0 to 60 words
   * (which moves the text before the block line by line), checking each time that the block lies on
   * one page, the last one (nothing of it spills onto an empty page after).
   */
  Set<Integer> blockPages(DocumentKind kind, String... lines) throws IOException {
    String xhtml =
        new String(DocumentTemplates.shipped(kind.slug() + ".html"), StandardCharsets.UTF_8);
    Set<Integer> blockPages = new TreeSet<>();
    for (int items : new int[] {1, 4, 24}) {
      for (int words = 0; words <= 60; words += 6) {
        Map<String, Object> values = values(items);
        values.put("planTitle", "Phương án" + " luân chuyển".repeat(words));
        byte[] pdf = renderer.pdf(XhtmlTemplate.render(xhtml, values));
        String variant = kind + " with " + items + " items and a title of " + words + " words";
        Set<Integer> pages = new TreeSet<>();
        for (String line : lines) {
          List<Integer> on = CaseDocumentsIntegrationTests.pagesOf(pdf, line);
          assertThat(on).as("%s: the page of '%s'", variant, line).hasSize(1);
          pages.addAll(on);
        }
        assertThat(pages).as("%s: the signature block", variant).hasSize(1);
        assertThat(pages)
            .as("%s: nothing spills onto a page after the block", variant)
            .containsExactly(pageCount(pdf));
        blockPages.addAll(pages);
      }
    }
    return blockPages;
  }

  static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  @Test
  void theDecisionsSignatureBlockMovesWholeToTheNextPage() throws IOException {
    assertThat(
            blockPages(
                DocumentKind.DECISION,
                "Nơi nhận:",
                "- Như Điều 3,",
                "T/M BAN THƯỜNG VỤ",
                "Nội dung signerTitle",
                "- Lưu Văn phòng."))
        .as("the block crossed a page end as the list grew")
        .hasSizeGreaterThan(1);
  }

  @Test
  void theProposalsSignatureBlockMovesWholeToTheNextPage() throws IOException {
    assertThat(
            blockPages(
                DocumentKind.PROPOSAL,
                "Ban Tổ chức kính trình Ban Thường vụ xem xét, quyết định./.",
                "Nơi nhận:",
                "- Các đồng chí Ủy viên Ban Thường vụ,",
                "Nội dung boardSignerTitle",
                "- Lưu Ban Tổ chức."))
        .hasSizeGreaterThan(1);
  }

  @Test
  void theMinutesSignatureBlockMovesWholeToTheNextPage() throws IOException {
    assertThat(
            blockPages(
                DocumentKind.VOTE_MINUTES,
                "CÁC THÀNH VIÊN",
                "TRƯỞNG BAN",
                "Biên bản đã được đọc lại"))
        .hasSizeGreaterThan(1);
  }
}
