package vn.luanchuyen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.importexport.WordTemplate;
import vn.luanchuyen.shared.RecordChanged;

/** Replacing, checking and restoring the document templates. */
class DocumentTemplatesTests {

  @TempDir Path directory;
  final List<Object> events = new ArrayList<>();
  DocumentTemplates templates;

  @BeforeEach
  void templates() {
    templates = new DocumentTemplates(directory.toString(), events::add);
  }

  /** The shipped Word template with one text of its document part replaced. */
  static byte[] editedDocx(String from, String to) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in =
            new ZipInputStream(
                new ByteArrayInputStream(DocumentTemplates.shipped("quyet-dinh.docx")));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertThat(xml).contains(from);
          bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A shipped Word template with its document part edited. */
  static byte[] editedDocx(String name, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in =
            new ZipInputStream(new ByteArrayInputStream(DocumentTemplates.shipped(name)));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          bytes =
              edit.apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The loop variable the shipped XHTML templates give each list's items. */
  static final java.util.Map<String, String> ITEM =
      java.util.Map.of("moves", "move", "movesByForm", "move", "tallies", "tally", "steps", "step");

  /**
   * A shipped template from which every use of the requirement's fields is taken out (in Word the
   * field's text, in XHTML the attribute printing it).
   */
  static byte[] without(String name, List<String> fields) throws IOException {
    if (name.endsWith(".docx")) {
      return editedDocx(
          name,
          xml -> {
            String out = xml;
            for (String f : fields) {
              out = out.replace("{{" + f + "}}", "");
            }
            return out;
          });
    }
    String html = new String(DocumentTemplates.shipped(name), StandardCharsets.UTF_8);
    for (String f : fields) {
      String written =
          f.contains(".")
              ? ITEM.get(f.substring(0, f.indexOf('.'))) + f.substring(f.indexOf('.'))
              : f;
      html =
          html.replaceAll(
              "th:(text|if|unless)=\"\\$\\{" + java.util.regex.Pattern.quote(written) + "}\"", "");
    }
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** Each template file with each requirement of its kind of document. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> requirements() {
    return DocumentTemplates.names().stream()
        .flatMap(
            name ->
                DocumentFields.REQUIRED
                    .get(
                        DocumentKind.fromSlug(name.substring(0, name.lastIndexOf('.')))
                            .orElseThrow())
                    .stream()
                    .map(any -> org.junit.jupiter.params.provider.Arguments.of(name, any)));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} without {1} is refused naming it")
  @org.junit.jupiter.params.provider.MethodSource("requirements")
  void aTemplateWithoutARequiredFieldIsRefusedNamingIt(String name, List<String> fields)
      throws IOException {
    byte[] lacking = without(name, fields);
    assertThat(
            DocumentFields.missing(
                DocumentKind.fromSlug(name.substring(0, name.lastIndexOf('.'))).orElseThrow(),
                DocumentTemplates.fieldsOf(name, lacking)))
        .as("the edit took the field out")
        .containsExactly(fields);

    var refused =
        assertThatThrownBy(() -> templates.replace(name, lacking))
            .isInstanceOf(DocumentRefused.class)
            .hasMessageContaining("thiếu trường bắt buộc");
    for (String f : fields) {
      refused.hasMessageContaining(name.endsWith(".docx") ? "{{" + f + "}}" : "${" + f + "}");
    }
    assertThat(templates.list()).noneMatch(DocumentTemplates.TemplateFile::customised);
    assertThat(events).isEmpty();
  }

  @Test
  void everyShippedTemplatePrintsEveryFieldItsDocumentRequires() throws IOException {
    for (String name : DocumentTemplates.names()) {
      DocumentKind kind =
          DocumentKind.fromSlug(name.substring(0, name.lastIndexOf('.'))).orElseThrow();
      assertThat(
              DocumentFields.missing(
                  kind, DocumentTemplates.fieldsOf(name, DocumentTemplates.shipped(name))))
          .as(name)
          .isEmpty();
    }
  }

  @Test
  void theWordSignatureBlockIsOneRowThatCannotSplitKeptWithTheTextBeforeIt() throws IOException {
    for (DocumentKind kind : DocumentKind.values()) {
      String xml = documentXml(kind.slug() + ".docx");
      int table = xml.lastIndexOf("<w:tbl>");
      String signature = xml.substring(table, xml.indexOf("</w:tbl>", table));
      assertThat(signature.split("<w:tr>", -1)).as(kind + ": one row").hasSize(2);
      assertThat(signature).as(kind.name()).contains("<w:cantSplit/>");
      String before = xml.substring(0, table);
      String lastParagraph = before.substring(before.lastIndexOf("<w:p>"));
      assertThat(lastParagraph).as(kind + ": the paragraph before it").contains("<w:keepNext/>");
    }
  }

  static String documentXml(String name) throws IOException {
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(DocumentTemplates.shipped(name)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IllegalStateException("no document part in " + name);
  }

  static String shippedHtml() throws IOException {
    return new String(DocumentTemplates.shipped("quyet-dinh.html"), StandardCharsets.UTF_8);
  }

  @Test
  void everyShippedTemplateUsesOnlyKnownFields() throws IOException {
    for (String name : DocumentTemplates.names()) {
      assertThat(
              DocumentFields.unknown(
                  DocumentTemplates.fieldsOf(name, DocumentTemplates.shipped(name))))
          .as(name)
          .isEmpty();
    }
  }

  @Test
  void anUploadedWordTemplateReplacesTheShippedOneUntilRestored() throws IOException {
    byte[] edited = editedDocx("Lưu Văn phòng.", "Lưu Văn phòng, Ban Tổ chức.");

    DocumentTemplates.TemplateFile kept = templates.replace("quyet-dinh.docx", edited);

    assertThat(kept.customised()).isTrue();
    assertThat(WordTemplate.text(templates.current("quyet-dinh.docx")))
        .contains("Lưu Văn phòng, Ban Tổ chức.");
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            RecordChanged.class, e -> assertThat(e.recordId()).isEqualTo("quyet-dinh.docx"));

    templates.restore("quyet-dinh.docx");

    assertThat(templates.current("quyet-dinh.docx"))
        .isEqualTo(DocumentTemplates.shipped("quyet-dinh.docx"));
    assertThat(templates.list()).noneMatch(DocumentTemplates.TemplateFile::customised);
  }

  @Test
  void aWordTemplateWithUnknownFieldsIsRefusedNamingEachOfThem() throws IOException {
    byte[] edited = editedDocx("{{planTitle}}", "{{chucVuMoi}} {{moves.salary}}");

    assertThatThrownBy(() -> templates.replace("quyet-dinh.docx", edited))
        .isInstanceOf(DocumentRefused.class)
        .hasMessageContaining("{{chucVuMoi}}")
        .hasMessageContaining("{{moves.salary}}")
        .hasMessageContaining("trường không có");
    assertThat(templates.list()).noneMatch(DocumentTemplates.TemplateFile::customised);
    assertThat(events).isEmpty();
  }

  @Test
  void aFileThatIsNotAWordDocumentIsRefused() {
    assertThatThrownBy(() -> templates.replace("to-trinh.docx", "<html/>".getBytes()))
        .isInstanceOf(DocumentRefused.class)
        .hasMessageContaining("không phải là văn bản Word");
  }

  @Test
  void anEditedXhtmlTemplateIsKept() throws IOException {
    String html = shippedHtml().replace("- Lưu Văn phòng.", "- Lưu hồ sơ.");

    templates.replace("quyet-dinh.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(new String(templates.current("quyet-dinh.html"), StandardCharsets.UTF_8))
        .contains("- Lưu hồ sơ.");
  }

  @Test
  void anXhtmlTemplateMayUseNothingOfThymeleafButFields() throws IOException {
    String html = shippedHtml();
    List<String> refused =
        List.of(
            html.replace("th:text=\"${issuer}\"", "th:utext=\"${issuer}\""),
            html.replace("${issuer}", "${T(java.lang.Runtime).getRuntime()}"),
            html.replace("<h1>QUYẾT ĐỊNH</h1>", "<h1>[[${issuer}]]</h1>"),
            html.replace("${issuer}", "${chucVuMoi}"),
            html.replace("${move.cadreName}", "${move.salary}"),
            html.replace("</body>", ""));
    for (String bad : refused) {
      assertThatThrownBy(
              () -> templates.replace("quyet-dinh.html", bad.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(DocumentRefused.class);
    }
    assertThatThrownBy(
            () ->
                templates.replace(
                    "quyet-dinh.html", refused.get(4).getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("${movesByForm.salary}");
    assertThat(templates.list()).noneMatch(DocumentTemplates.TemplateFile::customised);
  }
}
