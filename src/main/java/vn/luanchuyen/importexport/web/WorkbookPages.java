package vn.luanchuyen.importexport.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;

/** The workbook page: download the template or the registry, upload a workbook and see problems. */
@Controller
class WorkbookPages {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RegistryImport registryImport;

  WorkbookPages(RegistryImport registryImport) {
    this.registryImport = registryImport;
  }

  @GetMapping("/workbook")
  String page() {
    return "workbook/index";
  }

  @PostMapping("/workbook/import")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "overwriteNewer", defaultValue = "false") boolean overwriteNewer,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("noFile", true);
      return "workbook/index";
    }
    ImportReport report;
    try (InputStream in = file.getInputStream()) {
      report = registryImport.importWorkbook(in, overwriteNewer);
    }
    model.addAttribute("report", report);
    model.addAttribute("fileName", file.getOriginalFilename());
    return "workbook/index";
  }

  @GetMapping("/workbook/template.xlsx")
  ResponseEntity<StreamingResponseBody> template() {
    return download("mau-so-can-bo.xlsx", registryImport::writeTemplate);
  }

  @GetMapping("/workbook/export.xlsx")
  ResponseEntity<StreamingResponseBody> export() {
    return download("so-can-bo.xlsx", registryImport::exportWorkbook);
  }

  static ResponseEntity<StreamingResponseBody> download(String name, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .header(HttpHeaders.CONTENT_TYPE, XLSX)
        .body(body);
  }
}
