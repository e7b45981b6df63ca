package vn.luanchuyen.reporting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.luanchuyen.shared.NotFoundException;

/** A document or template file as an HTTP download, for the pages and the API alike. */
public final class DocumentDownload {

  public static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private DocumentDownload() {}

  /** The kind named in a path, e.g. {@code to-trinh}; else not found. */
  public static DocumentKind kind(String slug) {
    return DocumentKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("document", slug));
  }

  /** A case's document as an attachment named after its kind and the case. */
  public static ResponseEntity<byte[]> document(
      DocumentKind kind, long caseId, boolean word, byte[] body) {
    String name = kind.slug() + "-" + caseId + (word ? ".docx" : ".pdf");
    return attachment(name, word ? DOCX : MediaType.APPLICATION_PDF, body);
  }

  /** A cadre's personal history (Mẫu 2C) as an attachment named after the cadre. */
  public static ResponseEntity<byte[]> personalHistory(
      String cadreCode, boolean word, byte[] body) {
    String name = PersonalHistory.TEMPLATE + "-" + cadreCode + (word ? ".docx" : ".pdf");
    return attachment(name, word ? DOCX : MediaType.APPLICATION_PDF, body);
  }

  /** A template file as an attachment. */
  public static ResponseEntity<byte[]> template(String name, byte[] body) {
    return attachment(
        name,
        name.endsWith(".docx") ? DOCX : new MediaType("text", "html", StandardCharsets.UTF_8),
        body);
  }

  private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
