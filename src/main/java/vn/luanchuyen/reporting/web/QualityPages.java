package vn.luanchuyen.reporting.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.luanchuyen.importexport.TableWorkbook;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.reporting.QualityDimension;
import vn.luanchuyen.reporting.QualityReport;
import vn.luanchuyen.reporting.QualityReport.Breakdown;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.reporting.QualityReports;
import vn.luanchuyen.reporting.QualityScope;
import vn.luanchuyen.reporting.ReportDocuments;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * The quality dashboard as of a day and scope: a chart and a table per dimension, every number a
 * link to the cadres behind it, Excel tables and a PDF of the whole dashboard.
 */
@Controller
class QualityPages {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** Up to this many units the scope is chosen from a list; beyond, by typing the unit's code. */
  static final int UNIT_CHOICES = 500;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final QualityReports reports;
  private final ReportDocuments documents;
  private final OrganisationChart chart;
  private final ITemplateEngine templates;
  private final ObjectMapper json;
  private final Clock clock;

  QualityPages(
      QualityReports reports,
      ReportDocuments documents,
      OrganisationChart chart,
      ITemplateEngine templates,
      ObjectMapper json,
      Clock clock) {
    this.reports = reports;
    this.documents = documents;
    this.chart = chart;
    this.templates = templates;
    this.json = json;
    this.clock = clock;
  }

  /** A bucket as shown: its name, its number and its share in percent. */
  record BucketView(String key, String label, int count, double share) {}

  /** A dimension as shown, with the chart's labels and numbers as JSON for reporting.js. */
  record DimensionView(
      String id, String name, List<BucketView> buckets, String labelsJson, String valuesJson) {}

  @GetMapping("/reports/quality")
  String dashboard(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level,
      Model model) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    QualityScope scope = new QualityScope(unit, block, level);
    QualityReport report = reports.quality(day, scope);
    filters(model, day, scope);
    model.addAttribute("report", report);
    model.addAttribute("dimensions", views(report, LocaleContextHolder.getLocale()));
    return "reports/quality";
  }

  @GetMapping("/reports/quality/cadres")
  String cadres(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level,
      @RequestParam String dimension,
      @RequestParam String bucket,
      Model model) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    QualityScope scope = new QualityScope(unit, block, level);
    QualityReport report = reports.quality(day, scope);
    Bucket found = reports.bucket(report, dimension, bucket);
    Locale locale = LocaleContextHolder.getLocale();
    filters(model, day, scope);
    model.addAttribute("dimension", dimension);
    model.addAttribute("dimensionName", reports.name(dimensionOf(dimension), report, locale));
    model.addAttribute("bucket", found);
    model.addAttribute("bucketName", reports.label(found, locale));
    model.addAttribute("rows", reports.cadresOf(report, found));
    return "reports/quality-cadres";
  }

  @GetMapping("/reports/quality.xlsx")
  ResponseEntity<byte[]> workbook(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String dimension) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    QualityReport report = reports.quality(day, new QualityScope(unit, block, level));
    QualityDimension only =
        dimension == null || dimension.isBlank() ? null : dimensionOf(dimension);
    var workbook = reports.workbook(report, only, LocaleContextHolder.getLocale());
    String file = "chat-luong-can-bo-" + day + (only == null ? "" : "-" + only.id()) + ".xlsx";
    return download(file, XLSX, bytes(workbook));
  }

  @GetMapping("/reports/quality/cadres.xlsx")
  ResponseEntity<byte[]> cadresWorkbook(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level,
      @RequestParam String dimension,
      @RequestParam String bucket) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    QualityReport report = reports.quality(day, new QualityScope(unit, block, level));
    Bucket found = reports.bucket(report, dimension, bucket);
    var workbook =
        reports.workbook(report, dimensionOf(dimension), found, LocaleContextHolder.getLocale());
    return download("danh-sach-can-bo-" + day + "-" + dimension + ".xlsx", XLSX, bytes(workbook));
  }

  @GetMapping("/reports/quality.pdf")
  ResponseEntity<byte[]> document(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    byte[] pdf = pdf(reports, documents, templates, day, new QualityScope(unit, block, level));
    return download("chat-luong-can-bo-" + day + ".pdf", MediaType.APPLICATION_PDF, pdf);
  }

  /** The dashboard printed to PDF in the request's language. */
  static byte[] pdf(
      QualityReports reports,
      ReportDocuments documents,
      ITemplateEngine templates,
      LocalDate day,
      QualityScope scope) {
    Locale locale = LocaleContextHolder.getLocale();
    QualityReport report = reports.quality(day, scope);
    Context context = new Context(locale);
    context.setVariable("report", report);
    context.setVariable("asOfText", day.format(DAY));
    context.setVariable("dimensions", views(reports, report, locale, null));
    return documents.pdf(templates.process("reports/quality-pdf", context));
  }

  private void filters(Model model, LocalDate day, QualityScope scope) {
    model.addAttribute("asOf", day);
    model.addAttribute("asOfText", day.format(DAY));
    model.addAttribute("unit", scope.unitCode());
    model.addAttribute("block", scope.block() == null ? null : scope.block().name());
    model.addAttribute("level", scope.levelCode());
    List<Unit> units = reports.unitsLastRead();
    model.addAttribute("unitChoice", units.size() <= UNIT_CHOICES);
    model.addAttribute(
        "units",
        units.size() <= UNIT_CHOICES
            ? units.stream().sorted(VietnameseOrder.by(Unit::name)).toList()
            : List.of());
    model.addAttribute("blocks", Block.values());
    model.addAttribute(
        "levels", chart.codes().stream().filter(c -> c.kind() == CodeKind.LEVEL).toList());
  }

  private List<DimensionView> views(QualityReport report, Locale locale) {
    return views(reports, report, locale, json);
  }

  private static List<DimensionView> views(
      QualityReports reports, QualityReport report, Locale locale, ObjectMapper json) {
    List<DimensionView> views = new ArrayList<>();
    for (Breakdown b : report.breakdowns()) {
      List<BucketView> buckets =
          b.buckets().stream()
              .map(
                  x ->
                      new BucketView(
                          x.key(),
                          reports.label(x, locale),
                          x.count(),
                          QualityReports.share(x, report)))
              .toList();
      views.add(
          new DimensionView(
              b.dimension().id(),
              reports.name(b.dimension(), report, locale),
              buckets,
              json == null ? null : write(json, buckets.stream().map(BucketView::label).toList()),
              json == null ? null : write(json, buckets.stream().map(BucketView::count).toList())));
    }
    return views;
  }

  private static String write(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static QualityDimension dimensionOf(String id) {
    return QualityDimension.fromId(id).orElseThrow(() -> new NotFoundException("reportGroup", id));
  }

  static byte[] bytes(TableWorkbook workbook) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  static ResponseEntity<byte[]> download(String file, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(body);
  }
}
