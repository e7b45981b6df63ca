package vn.luanchuyen.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.luanchuyen.reporting.CaseDocuments;
import vn.luanchuyen.reporting.DocumentDownload;
import vn.luanchuyen.reporting.DocumentFields;
import vn.luanchuyen.reporting.DocumentKind;
import vn.luanchuyen.reporting.DocumentRefused;
import vn.luanchuyen.reporting.DocumentTemplates;
import vn.luanchuyen.reporting.PersonalHistory;

/**
 * A case's documents to download (the links sit on the case's page), a cadre's personal history
 * (the links sit on the profile), and the administrators' page of the document templates: download,
 * replace, restore, and the fields a template may use.
 */
@Controller
class DocumentPages {

  private final CaseDocuments documents;
  private final DocumentTemplates templates;
  private final PersonalHistory personalHistory;
  private final Clock clock;

  DocumentPages(
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
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf) {
    return DocumentDownload.personalHistory(
        code, true, personalHistory.docx(code, asOf == null ? LocalDate.now(clock) : asOf));
  }

  @GetMapping("/cadres/{code}/so-yeu-ly-lich.pdf")
  ResponseEntity<byte[]> personalHistoryPdf(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf) {
    return DocumentDownload.personalHistory(
        code, false, personalHistory.pdf(code, asOf == null ? LocalDate.now(clock) : asOf));
  }

  @GetMapping("/approval/{id}/documents/{kind}.docx")
  Object docx(@PathVariable long id, @PathVariable String kind, RedirectAttributes redirect) {
    DocumentKind k = DocumentDownload.kind(kind);
    try {
      return DocumentDownload.document(k, id, true, documents.docx(id, k));
    } catch (DocumentRefused e) {
      redirect.addFlashAttribute("refused", e.getMessage());
      return "redirect:/approval/" + id;
    }
  }

  @GetMapping("/approval/{id}/documents/{kind}.pdf")
  Object pdf(@PathVariable long id, @PathVariable String kind, RedirectAttributes redirect) {
    DocumentKind k = DocumentDownload.kind(kind);
    try {
      return DocumentDownload.document(k, id, false, documents.pdf(id, k));
    } catch (DocumentRefused e) {
      redirect.addFlashAttribute("refused", e.getMessage());
      return "redirect:/approval/" + id;
    }
  }

  @GetMapping("/admin/documents")
  String templates(Model model) {
    model.addAttribute("templates", templates.list());
    model.addAttribute("plain", DocumentFields.PLAIN);
    model.addAttribute("lists", DocumentFields.LISTS);
    model.addAttribute("required", DocumentFields.REQUIRED);
    return "reports/documents";
  }

  @GetMapping("/admin/documents/{name}")
  ResponseEntity<byte[]> template(@PathVariable String name) {
    return DocumentDownload.template(name, templates.current(name));
  }

  @PostMapping("/admin/documents/{name}")
  String upload(
      @PathVariable String name,
      @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    try {
      templates.replace(name, file == null ? null : file.getBytes());
      redirect.addFlashAttribute("replaced", name);
    } catch (DocumentRefused e) {
      redirect.addFlashAttribute("refused", e.getMessage());
      redirect.addFlashAttribute("refusedName", name);
    }
    return "redirect:/admin/documents";
  }

  @PostMapping("/admin/documents/{name}/restore")
  String restore(@PathVariable String name, RedirectAttributes redirect) {
    templates.restore(name);
    redirect.addFlashAttribute("restored", name);
    return "redirect:/admin/documents";
  }
}
