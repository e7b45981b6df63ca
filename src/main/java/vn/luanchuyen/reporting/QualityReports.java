package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.importexport.TableWorkbook;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.Registry;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.reporting.QualityReport.Breakdown;
import vn.luanchuyen.reporting.QualityReport.Bucket;
import vn.luanchuyen.reporting.QualityReport.CadreRow;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.Table;
import vn.luanchuyen.succession.SuccessionPools;

/**
 * The quality analysis of the stored registry under the current policy, its drill-down lists and
 * their Excel tables. Reads the registry through the other modules' APIs; writes nothing.
 */
@Service
public class QualityReports {

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;
  private final Registry registry;
  private final ScreeningRuns screening;
  private final MessageSource messages;
  private final RegistryStamp stamp;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  private volatile Policy policy;

  /** How many analyses are kept. */
  private static final int KEPT_REPORTS = 16;

  /** An analysis: of which indexed records (by identity), as of which day, in which scope. */
  private record Computed(QualityAnalysis.Prepared registry, LocalDate asOf, QualityScope scope) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Computed c
          && c.registry == registry
          && c.asOf.equals(asOf)
          && c.scope.equals(scope);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(registry) * 31 + asOf.hashCode() * 17 + scope.hashCode();
    }
  }

  private final Map<Computed, QualityReport> computed =
      new java.util.LinkedHashMap<>(KEPT_REPORTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Computed, QualityReport> eldest) {
          return size() > KEPT_REPORTS;
        }
      };

  /**
   * The records last read, indexed, with the audit trail's head and the registry's fingerprint when
   * they were last known to be current.
   */
  private record Cached(
      AuditTrail.Head head,
      String stamp,
      RegistryContent registry,
      QualityAnalysis.Prepared prepared) {}

  QualityReports(
      OrganisationChart chart,
      CadreRegistry cadres,
      SuccessionPools pools,
      Registry registry,
      ScreeningRuns screening,
      MessageSource messages,
      RegistryStamp stamp) {
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
    this.registry = registry;
    this.screening = screening;
    this.messages = messages;
    this.stamp = stamp;
  }

  /**
   * The registry's records, read in one transaction; kept and reused while the registry's
   * fingerprint stays the same.
   */
  @Transactional(readOnly = true)
  public RegistryContent registry() {
    return current().registry();
  }

  /** The registry indexed for quality analyses, kept like {@link #registry()}. */
  @Transactional(readOnly = true)
  public QualityAnalysis.Prepared prepared() {
    return current().prepared();
  }

  /** The units of the records last read (after {@link #quality}), without checking again. */
  public List<vn.luanchuyen.organisation.Unit> unitsLastRead() {
    Cached kept = cache.get();
    return kept == null ? registry().units() : kept.registry().units();
  }

  /**
   * The kept records while the registry is unchanged: nothing but reads audited since (one or two
   * small reads of the audit trail), or the same fingerprint (a scan of the registry tables);
   * otherwise read again. The head is read before the fingerprint and both before the records, so
   * records newer than their stamps only cause one more read later, never a stale report.
   */
  private Cached current() {
    AuditTrail.Head head = stamp.head();
    Cached kept = cache.get();
    if (kept != null && kept.head().equals(head)) {
      return kept;
    }
    if (kept != null && stamp.onlyReadsSince(kept.head())) {
      return confirmed(kept, head, kept.stamp());
    }
    String now = stamp.current();
    if (kept != null && kept.stamp().equals(now)) {
      return confirmed(kept, head, now);
    }
    RegistryContent read = registry.read();
    Cached fresh = new Cached(head, now, read, new QualityAnalysis(policy()).prepare(read));
    cache.set(fresh);
    synchronized (computed) {
      computed.clear();
    }
    return fresh;
  }

  /** The kept records, known to be current at the given head and fingerprint. */
  private Cached confirmed(Cached kept, AuditTrail.Head head, String now) {
    Cached confirmed = new Cached(head, now, kept.registry(), kept.prepared());
    cache.compareAndSet(kept, confirmed);
    return confirmed;
  }

  /** The policy whose retirement schedule, local definition and grassroots levels are used. */
  public Policy policy() {
    Policy loaded = policy;
    if (loaded == null) {
      loaded = screening.currentPolicy();
      policy = loaded;
    }
    return loaded;
  }

  /**
   * The analysis of the stored registry. The last few analyses are kept with the records they were
   * computed from, so the dashboard, its drill-down lists and exports of one day and scope are
   * computed once until the registry changes.
   */
  public QualityReport quality(LocalDate asOf, QualityScope scope) {
    QualityAnalysis.Prepared registry = prepared();
    Computed key = new Computed(registry, asOf, scope);
    synchronized (computed) {
      QualityReport kept = computed.get(key);
      if (kept != null) {
        return kept;
      }
    }
    QualityReport report = quality(registry, asOf, scope);
    synchronized (computed) {
      computed.put(key, report);
    }
    return report;
  }

  public QualityReport quality(
      QualityAnalysis.Prepared registry, LocalDate asOf, QualityScope scope) {
    return new QualityAnalysis(policy()).analyse(registry, asOf, scope);
  }

  /** The dimension's name in the locale. */
  public String name(QualityDimension dimension, QualityReport report, Locale locale) {
    return messages.getMessage(dimension.messageKey(), new Object[] {report.gradeYear()}, locale);
  }

  /**
   * The bucket's name in the locale: the recorded text, or its message, with the limits it states
   * written as years and months ("Từ 5 năm đến dưới 8 năm").
   */
  public String label(Bucket bucket, Locale locale) {
    if (bucket.text() != null) {
      return bucket.text();
    }
    Object[] limits =
        bucket.limitMonths().isEmpty()
            ? null
            : bucket.limitMonths().stream()
                .map(m -> ScreeningMessages.duration(m, locale))
                .toArray();
    return messages.getMessage(bucket.messageKey(), limits, bucket.key(), locale);
  }

  /**
   * The breakdown's bucket.
   *
   * @throws NotFoundException if the dimension or the bucket does not exist
   */
  public Bucket bucket(QualityReport report, String dimensionId, String key) {
    QualityDimension dimension =
        QualityDimension.fromId(dimensionId)
            .orElseThrow(() -> new NotFoundException("reportGroup", dimensionId));
    return report
        .breakdown(dimension)
        .flatMap(b -> b.bucket(key))
        .orElseThrow(() -> new NotFoundException("reportGroup", key));
  }

  /** The counted cadres of a bucket, in the report's order. */
  public List<CadreRow> cadresOf(QualityReport report, Bucket bucket) {
    Map<String, CadreRow> byCode = new HashMap<>();
    report.cadres().forEach(r -> byCode.put(r.code(), r));
    return bucket.cadreCodes().stream().map(byCode::get).toList();
  }

  /** A table per dimension (or only the one given): name, number of cadres, share in percent. */
  public TableWorkbook workbook(QualityReport report, QualityDimension only, Locale locale) {
    TableWorkbook workbook = new TableWorkbook();
    List<String> headers =
        List.of(
            text("reporting.column.bucket", locale),
            text("reporting.column.count", locale),
            text("reporting.column.share", locale));
    for (Breakdown b : report.breakdowns()) {
      if (only != null && b.dimension() != only) {
        continue;
      }
      List<List<Object>> rows = new ArrayList<>();
      for (Bucket bucket : b.buckets()) {
        rows.add(
            List.of(
                label(bucket, locale),
                bucket.count(),
                new Table.Percent(
                    report.total() == 0 ? 0 : bucket.count() / (double) report.total())));
      }
      rows.add(
          List.of(
              new Table.Total(
                  List.of(text("reporting.total", locale), report.total(), new Table.Percent(1)))));
      String name = name(b.dimension(), report, locale);
      workbook.add(new Table(name, title(name, report, locale), headers, rows));
    }
    return workbook;
  }

  /** The list behind a number, as one sheet. */
  public TableWorkbook workbook(
      QualityReport report, QualityDimension dimension, Bucket bucket, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (CadreRow r : cadresOf(report, bucket)) {
      List<Object> row = new ArrayList<>();
      row.add(r.code());
      row.add(r.fullName());
      row.add(r.positionName());
      row.add(r.unitName());
      row.add(r.ageYears());
      row.add(r.remainingMonths());
      rows.add(row);
    }
    String title = name(dimension, report, locale) + " - " + label(bucket, locale);
    return new TableWorkbook()
        .add(
            new Table(
                title,
                title(title, report, locale),
                List.of(
                    text("reporting.column.code", locale),
                    text("reporting.column.name", locale),
                    text("reporting.column.position", locale),
                    text("reporting.column.unit", locale),
                    text("reporting.column.age", locale),
                    text("reporting.column.remaining", locale)),
                rows));
  }

  /** The line above a sheet: what it counts and the day it counts on. */
  private String title(String what, QualityReport report, Locale locale) {
    return messages.getMessage(
        "reporting.export.title",
        new Object[] {what, report.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))},
        locale);
  }

  /** The bucket's share of the counted cadres, in percent with one decimal. */
  public static double share(Bucket bucket, QualityReport report) {
    return report.total() == 0 ? 0 : Math.round(1000.0 * bucket.count() / report.total()) / 10.0;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
