package vn.luanchuyen.reporting.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.reporting.QualityReport;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.reporting.QualityReport.CadreRow;
import vn.luanchuyen.reporting.QualityReports;
import vn.luanchuyen.reporting.QualityScope;

/** The quality analysis as JSON: counts per dimension, and the cadres behind each count. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

  private final QualityReports reports;
  private final Clock clock;

  ReportApi(QualityReports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  record BucketJson(String key, String name, int count, double share) {}

  record DimensionJson(String id, String name, List<BucketJson> buckets) {}

  record QualityJson(
      LocalDate asOf,
      QualityScope scope,
      int gradeYear,
      int total,
      List<DimensionJson> dimensions) {}

  record CadreListJson(
      LocalDate asOf,
      String dimension,
      String bucket,
      String name,
      int count,
      List<CadreRow> cadres) {}

  @GetMapping("/quality")
  QualityJson quality(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    QualityReport report = reports.quality(day, new QualityScope(unit, block, level));
    Locale locale = LocaleContextHolder.getLocale();
    List<DimensionJson> dimensions =
        report.breakdowns().stream()
            .map(
                b ->
                    new DimensionJson(
                        b.dimension().id(),
                        reports.name(b.dimension(), report, locale),
                        b.buckets().stream()
                            .map(
                                x ->
                                    new BucketJson(
                                        x.key(),
                                        reports.label(x, locale),
                                        x.count(),
                                        QualityReports.share(x, report)))
                            .toList()))
            .toList();
    return new QualityJson(day, report.scope(), report.gradeYear(), report.total(), dimensions);
  }

  @GetMapping("/quality/cadres")
  CadreListJson cadres(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Block block,
      @RequestParam(required = false) String level,
      @RequestParam String dimension,
      @RequestParam String bucket) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    QualityReport report = reports.quality(day, new QualityScope(unit, block, level));
    Bucket found = reports.bucket(report, dimension, bucket);
    List<CadreRow> rows = reports.cadresOf(report, found);
    return new CadreListJson(
        day,
        dimension,
        found.key(),
        reports.label(found, LocaleContextHolder.getLocale()),
        rows.size(),
        rows);
  }
}
