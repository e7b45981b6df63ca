package vn.luanchuyen.reporting.rest;

import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.reporting.CaseDocuments;
import vn.luanchuyen.reporting.DocumentDownload;
import vn.luanchuyen.reporting.DocumentKind;
import vn.luanchuyen.reporting.DocumentRefused;
import vn.luanchuyen.reporting.DocumentTemplates;

/**
 * A case's documents as Word or PDF, and the document templates (administrators): the template in
 * force, a replacement (the file as the request body), and going back to the shipped one.
 */
@RestController
@RequestMapping("/api/v1")
class DocumentApi {

  private final CaseDocuments documents;
  private final DocumentTemplates templates;

  DocumentApi(CaseDocuments documents, DocumentTemplates templates) {
    this.documents = documents;
    this.templates = templates;
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
