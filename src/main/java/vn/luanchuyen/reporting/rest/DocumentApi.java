package vn.luanchuyen.reporting.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.reporting.CaseDocuments;
import vn.luanchuyen.reporting.DocumentDownload;
import vn.luanchuyen.reporting.DocumentKind;
import vn.luanchuyen.reporting.DocumentRefused;
import vn.luanchuyen.reporting.DocumentTemplates;
import vn.luanchuyen.reporting.PersonalHistory;

/**
 * A case's documents and a cadre's personal history (Mẫu 2C) as Word or PDF, and the document
 * templates (administrators): the template in force, a replacement (the file as the request body),
 * and going back to the shipped one.
 */
@RestController
@RequestMapping("/api/v1")
class DocumentApi {

  private final CaseDocuments documents;
  private final DocumentTemplates templates;
  private final PersonalHistory personalHistory;
  private final Clock clock;

  DocumentApi(
      CaseDocuments documents,
      DocumentTemplates templates,
      PersonalHistory personalHistory,
      Clock clock) {
    this.documents = documents;
    this.templates = templates;
    this.personalHistory = personalHistory;
    this.clock = clock;
  }

  @GetMapping("/cadres/{code}/so-yeu-ly-lich.docx")
  ResponseEntity<byte[]> personalHistoryDocx(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return DocumentDownload.personalHistory(
        code, true, personalHistory.docx(code, asOf == null ? LocalDate.now(clock) : asOf));
  }

  @GetMapping("/cadres/{code}/so-yeu-ly-lich.pdf")
  ResponseEntity<byte[]> personalHistoryPdf(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return DocumentDownload.personalHistory(
        code, false, personalHistory.pdf(code, asOf == null ? LocalDate.now(clock) : asOf));
  }

  @GetMapping("/approval/cases/{id}/documents/{kind}.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable String kind) {
    DocumentKind k = DocumentDownload.kind(kind);
    return DocumentDownload.document(k, id, true, documents.docx(id, k));
  }

  @GetMapping("/approval/cases/{id}/documents/{kind}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String kind) {
    DocumentKind k = DocumentDownload.kind(kind);
    return DocumentDownload.document(k, id, false, documents.pdf(id, k));
  }

  @GetMapping("/documents/templates")
  List<DocumentTemplates.TemplateFile> list() {
    return templates.list();
  }

  @GetMapping("/documents/templates/{name}")
  ResponseEntity<byte[]> template(@PathVariable String name) {
    return DocumentDownload.template(name, templates.current(name));
  }

  @PutMapping("/documents/templates/{name}")
  DocumentTemplates.TemplateFile replace(
      @PathVariable String name, @RequestBody(required = false) byte[] content) {
    return templates.replace(name, content);
  }

  @DeleteMapping("/documents/templates/{name}")
  ResponseEntity<Void> restore(@PathVariable String name) {
    templates.restore(name);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(DocumentRefused.class)
  ProblemDetail refused(DocumentRefused e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    p.setType(URI.create("urn:luanchuyen:problem:document-refused"));
    p.setTitle("Không tạo được văn bản");
    return p;
  }
}
