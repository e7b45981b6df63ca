package vn.luanchuyen.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.luanchuyen.importexport.WordTemplate;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.RecordChanged;

/**
 * The document templates: a Word file ({@code <kind>.docx}) and an XHTML file for PDF ({@code
 * <kind>.html}) per kind of document. The application ships one of each in {@code documents/}; a
 * file of the same name in the template directory ({@code luanchuyen.documents.template-dir},
 * default {@code ./data/templates}) replaces it. An upload is checked before it is kept: a readable
 * .docx or well-formed XHTML, using only the {@link DocumentFields} and every field its kind of
 * document requires ({@link DocumentFields#REQUIRED}). Every replacement and restore goes to the
 * audit trail with the files' SHA-256.
 */
@Component
public class DocumentTemplates {

  static final String RECORD = "document-template";
  static final int MAX_BYTES = 5 * 1024 * 1024;

  /** A template: its file name and whether an uploaded file replaces the shipped one. */
  public record TemplateFile(String name, DocumentKind kind, boolean word, boolean customised) {}

  private final Path directory;
  private final ApplicationEventPublisher events;

  DocumentTemplates(
      @Value("${luanchuyen.documents.template-dir:./data/templates}") String directory,
      ApplicationEventPublisher events) {
    this.directory = Path.of(directory);
    this.events = events;
  }

  /** Every template file name, Word and XHTML per kind. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (DocumentKind k : DocumentKind.values()) {
      out.add(k.slug() + ".docx");
      out.add(k.slug() + ".html");
    }
    return out;
  }

  public List<TemplateFile> list() {
    List<TemplateFile> out = new ArrayList<>();
    for (String name : names()) {
      out.add(
          new TemplateFile(
              name,
              kindOf(name),
              name.endsWith(".docx"),
              Files.isRegularFile(directory.resolve(name))));
    }
    return out;
  }

  /** The template in force: the uploaded one, else the shipped one. */
  public byte[] current(String name) {
    check(name);
    Path custom = directory.resolve(name);
    try {
      if (Files.isRegularFile(custom)) {
        return Files.readAllBytes(custom);
      }
      return shipped(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] shipped(String name) throws IOException {
    try (InputStream in =
        DocumentTemplates.class.getClassLoader().getResourceAsStream("documents/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing shipped template " + name);
      }
      return in.readAllBytes();
    }
  }

  /**
   * Keeps an uploaded template in place of the current one, after checking it.
   *
   * @throws DocumentRefused with the reason in Vietnamese: not a readable file of its kind, a field
   *     that does not exist (all of them listed), or a required field missing (each named)
   */
  public TemplateFile replace(String name, byte[] content) {
    check(name);
    if (content == null || content.length == 0) {
      throw new DocumentRefused("Tệp tải lên rỗng");
    }
    if (content.length > MAX_BYTES) {
      throw new DocumentRefused("Tệp mẫu lớn quá 5 MB");
    }
    Set<String> used = fieldsOf(name, content);
    Set<String> unknown = DocumentFields.unknown(used);
    if (!unknown.isEmpty()) {
      String list = unknown.stream().map(f -> written(name, f)).collect(Collectors.joining(", "));
      throw new DocumentRefused(
          "Mẫu dùng trường không có: "
              + list
              + ". Chỉ dùng các trường trong danh sách trên trang Mẫu văn bản.");
    }
    List<List<String>> missing = DocumentFields.missing(kindOf(name), used);
    if (!missing.isEmpty()) {
      throw new DocumentRefused(
          DocumentMessages.render(
              "documents.refused.missing",
              DocumentMessages.render("documents.kind." + kindOf(name).name()),
              missing.stream()
                  .map(
                      any ->
                          any.stream()
                              .map(f -> written(name, f))
                              .collect(
                                  Collectors.joining(
                                      DocumentMessages.render("documents.refused.or"))))
                  .collect(Collectors.joining(", "))));
    }
    if (!name.endsWith(".docx")) {
      try {
        XhtmlTemplate.render(utf8(content), sample());
      } catch (RuntimeException e) {
        throw new DocumentRefused("Mẫu XHTML không in được: " + e.getMessage());
      }
    }
    String before = digest(current(name));
    try {
      Files.createDirectories(directory);
      Path tmp = Files.createTempFile(directory, name, ".upload");
      Files.write(tmp, content);
      Files.move(
          tmp,
          directory.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    events.publishEvent(new RecordChanged(RECORD, name, "UPDATE", before, digest(content)));
    return list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** Goes back to the shipped template. */
  public void restore(String name) {
    check(name);
    Path custom = directory.resolve(name);
    if (!Files.isRegularFile(custom)) {
      return;
    }
    String before = digest(current(name));
    try {
      Files.delete(custom);
      events.publishEvent(new RecordChanged(RECORD, name, "UPDATE", before, digest(shipped(name))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields a template file uses; refuses a file that is not of its kind. */
  static Set<String> fieldsOf(String name, byte[] content) {
    try {
      if (name.endsWith(".docx")) {
        return WordTemplate.of(content).fields();
      }
      return XhtmlTemplate.fields(utf8(content));
    } catch (IllegalArgumentException e) {
      throw new DocumentRefused(e.getMessage());
    }
  }

  /** A field as a template of this file's kind writes it: {@code {{name}}} or {@code ${name}}. */
  private static String written(String fileName, String field) {
    return fileName.endsWith(".docx") ? "{{" + field + "}}" : "${" + field + "}";
  }

  static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("Tệp XHTML phải được lưu với mã UTF-8");
    }
  }

  private static DocumentKind kindOf(String name) {
    return DocumentKind.fromSlug(name.substring(0, name.lastIndexOf('.'))).orElseThrow();
  }

  private static void check(String name) {
    if (name == null || !names().contains(name)) {
      throw new NotFoundException("document-template", String.valueOf(name));
    }
  }

  private static String digest(byte[] content) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sample values for every field, to show what a template prints. */
  static Map<String, Object> sample() {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    DocumentFields.PLAIN.forEach(f -> values.put(f, "…"));
    DocumentFields.LISTS.forEach(
        (list, fields) ->
            values.put(list, List.of(fields.stream().collect(Collectors.toMap(f -> f, f -> "…")))));
    return values;
  }
}
