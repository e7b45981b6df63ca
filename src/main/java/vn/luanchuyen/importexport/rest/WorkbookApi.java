package vn.luanchuyen.importexport.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.luanchuyen.importexport.ImportProblem;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.shared.MessageRenderer;

@RestController
@RequestMapping("/api/v1/workbook")
@Tag(name = "Sổ Excel", description = "Import and export of the exchange workbook")
class WorkbookApi {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RegistryImport registryImport;

  WorkbookApi(RegistryImport registryImport) {
    this.registryImport = registryImport;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Nhập một sổ Excel, toàn bộ hoặc không gì cả",
      description =
          "200 với số bản ghi khi nhập được; 422 (problem details) với số lỗi (problemCount)"
              + " và tối đa 1.000 lỗi đầu (sheet, row, column, message) khi sổ bị từ chối, và"
              + " không gì được ghi. Dòng của đơn vị, chức danh, cán bộ đã được sửa sau khi xuất"
              + " sổ (cột Phiên bản khác phiên bản đang lưu) bị từ chối, trừ khi overwriteNewer=true:"
              + " khi đó sổ ghi đè và việc ghi đè được ghi vào nhật ký.")
  ResponseEntity<?> importWorkbook(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "overwriteNewer", defaultValue = "false") boolean overwriteNewer,
      Locale locale)
      throws IOException {
    ImportReport report;
    try (InputStream in = file.getInputStream()) {
      report = registryImport.importWorkbook(in, overwriteNewer);
    }
    if (report.imported()) {
      return ResponseEntity.ok(report.counts());
    }
    Map<String, Object> counts =
        Map.of("problems", report.problemCount(), "listed", report.problems().size());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY,
            MessageRenderer.PLAIN.render(
                report.capped() ? "import.rejected.detail.capped" : "import.rejected.detail",
                counts,
                locale));
    problem.setType(URI.create("urn:luanchuyen:problem:workbook-rejected"));
    problem.setTitle(MessageRenderer.text("import.rejected.title", locale));
    problem.setProperty("problemCount", report.problemCount());
    problem.setProperty(
        "problems", report.problems().stream().map(p -> described(p, locale)).toList());
    return ResponseEntity.unprocessableEntity()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @GetMapping("/export")
  @Operation(summary = "Xuất toàn bộ dữ liệu ra sổ Excel")
  ResponseEntity<StreamingResponseBody> export() {
    return xlsx("so-can-bo.xlsx", registryImport::exportWorkbook);
  }

  @GetMapping("/template")
  @Operation(summary = "Mẫu sổ Excel trống")
  ResponseEntity<StreamingResponseBody> template() {
    return xlsx("mau-so-can-bo.xlsx", registryImport::writeTemplate);
  }

  /** A problem as the API answers it: where, its code, and its message in the reader's language. */
  private static Map<String, Object> described(ImportProblem p, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sheet", p.sheet());
    m.put("row", p.row());
    m.put("column", p.column());
    m.put("message", p.message(locale));
    m.put("code", p.code());
    return m;
  }

  private static ResponseEntity<StreamingResponseBody> xlsx(
      String name, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .header(HttpHeaders.CONTENT_TYPE, XLSX)
        .body(body);
  }
}
