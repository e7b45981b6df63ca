package vn.luanchuyen.screening;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyDescription;
import vn.luanchuyen.policy.PolicyException;
import vn.luanchuyen.registry.Registry;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.AuditableEvent;
import vn.luanchuyen.shared.DisplayNames;
import vn.luanchuyen.succession.SuccessionPools;

/**
 * Screens the stored registry: builds the in-memory snapshot from the registry modules and runs the
 * rules of a policy as of a date. The module's Spring face; the rules themselves are plain Java.
 */
@Service
public class ScreeningRuns implements DisplayNames {

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;
  private final Registry registry;
  private final RotationScreening screening = new RotationScreening();

  /** Changes made by this application and committed; part of the cache's mark. */
  private final AtomicLong changesHere = new AtomicLong();

  /** The last snapshot built, the mark of the registry it was read from, and reports made on it. */
  private record Cached(
      String mark,
      RegistrySnapshot snapshot,
      Map<String, ScreeningReport> reports,
      Map<String, ScreeningLists> lists) {}

  private static final int MAX_CACHED_REPORTS = 16;

  private volatile Cached cached;

  /** The tables' change mark as last read, and when (System.nanoTime). */
  private record TableMark(String mark, long readAt) {}

  private volatile TableMark tableMark;
  private final long recheckNanos;

  private final Policies policies;

  ScreeningRuns(
      OrganisationChart chart,
      CadreRegistry cadres,
      SuccessionPools pools,
      Registry registry,
      @Value("${luanchuyen.screening.recheck:PT1S}") Duration recheck,
      Policies policies) {
    this.policies = policies;
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
    this.registry = registry;
    this.recheckNanos = recheck.toNanos();
  }

  /**
   * The registry as it is stored now, indexed for screening and planning. Reading it whole takes
   * seconds on a large registry, so the last one is kept and handed out again while the registry is
   * unchanged: while no change has been committed here, and the tables' change marks (counts,
   * version sums, highest ids: a change made by another process, such as an import from the command
   * line) are the same. The mark is read before the tables, so a kept snapshot is never older than
   * its mark. Snapshots are read-only.
   */
  @Transactional(readOnly = true)
  public RegistrySnapshot snapshot() {
    return current().snapshot();
  }

  private Cached current() {
    long changes = changesHere.get();
    TableMark tables = tableMark;
    long now = System.nanoTime();
    if (tables == null || now - tables.readAt() >= recheckNanos) {
      tables = new TableMark(registry.changeMark(), now);
      tableMark = tables;
    }
    String mark = changes + "/" + tables.mark();
    Cached known = cached;
    if (known != null && known.mark().equals(mark)) {
      return known;
    }
    // one reader builds it; requests arriving meanwhile wait for it rather than each read it too
    synchronized (this) {
      known = cached;
      if (known == null || !known.mark().equals(mark)) {
        known =
            new Cached(
                mark,
                RegistrySnapshot.of(registry.read()),
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
        cached = known;
      }
      return known;
    }
  }

  /**
   * Any change committed here (every change is an auditable event) makes the kept snapshot stale;
   * reads of personal data, audited too, change nothing.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
  void registryChanged(AuditableEvent event) {
    if (!"READ".equals(event.action())) {
      changesHere.incrementAndGet();
    }
  }

  /**
   * A shipped policy by id, or a user's policy file by path.
   *
   * @throws PolicyException if there is no such policy or the file is malformed
   */
  public Policy policy(String idOrFile) {
    return policies.idOrFile(idOrFile);
  }

  /** The shipped policies, loaded. */
  /** A shipped policy's id ({@code policy} in a record) named by its title. */
  @Override
  public Optional<String> nameOf(String field, String value) {
    if (!"policy".equals(field) || !policies.shippedIds().contains(value)) {
      return Optional.empty();
    }
    return Optional.of(policy(value).name());
  }

  public List<Policy> shippedPolicies() {
    return policies.shippedIds().stream().map(this::policy).toList();
  }

  /**
   * A shipped policy described for a reader, role names from the registry's code lists; empty when
   * no shipped policy has the id (the page and the API answer "not found").
   */
  public java.util.Optional<PolicyDescription> describe(String id) {
    if (!policies.shippedIds().contains(id)) {
      return java.util.Optional.empty();
    }
    var codes = chart.codes();
    return java.util.Optional.of(
        PolicyDescription.of(
            policy(id),
            role -> chart.codeName(codes, vn.luanchuyen.organisation.CodeKind.ROLE, role)));
  }

  /** The policy in force when none is named (see {@link Policies#currentId()}). */
  public Policy currentPolicy() {
    return policies.current();
  }

  public ScreeningReport screen(String policy, LocalDate asOf) {
    return screening.screen(snapshot(), policy(policy), asOf);
  }

  /**
   * Screens the snapshot. A report on the kept snapshot (see {@link #snapshot()}) by a shipped
   * policy is kept with it, so the next user asking for the same day reads it again.
   */
  public ScreeningReport screen(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    Cached known = cached;
    if (known == null
        || known.snapshot() != snapshot
        || !policies.isShipped(policy)
        || known.reports().size() >= MAX_CACHED_REPORTS) {
      return screening.screen(snapshot, policy, asOf);
    }
    return known
        .reports()
        .computeIfAbsent(policy.id() + "@" + asOf, k -> screening.screen(snapshot, policy, asOf));
  }

  /** The report's lists; kept with a report that is kept (see {@link #screen}). */
  public ScreeningLists lists(ScreeningReport report, RegistrySnapshot snapshot) {
    Cached known = cached;
    String key = report.policy() + "@" + report.asOf();
    if (known == null || known.snapshot() != snapshot || known.reports().get(key) != report) {
      return ScreeningLists.of(report, snapshot);
    }
    return known.lists().computeIfAbsent(key, k -> ScreeningLists.of(report, snapshot));
  }

  /**
   * Screens one cadre on a snapshot holding only that cadre's records and the seats and units of
   * their history, so a profile page does not load the whole registry.
   */
  @Transactional(readOnly = true)
  public Optional<CadreScreening> screenCadre(String policy, LocalDate asOf, String cadreCode) {
    Optional<Cadre> cadre = cadres.cadre(cadreCode);
    if (cadre.isEmpty()) {
      return Optional.empty();
    }
    List<Assignment> history = cadres.assignmentsOf(cadreCode);
    Map<String, Position> seats =
        chart.positionsByCode(history.stream().map(Assignment::positionCode).distinct().toList());
    Map<String, Unit> units =
        chart.unitsByCode(seats.values().stream().map(Position::unitCode).distinct().toList());
    return screenCadre(
        policy,
        asOf,
        RegistryContent.of(
            List.copyOf(units.values()),
            List.copyOf(seats.values()),
            List.of(cadre.get()),
            history,
            pools.entriesOf(cadreCode),
            cadres.assessmentsOf(cadreCode),
            cadres.disciplinesOf(cadreCode)));
  }

  /**
   * Screens one cadre on their records, read by a caller that shows them too (the profile page):
   * the cadre, their stays with the seats and units of those stays, planning entries, assessments
   * and discipline.
   */
  public Optional<CadreScreening> screenCadre(
      String policy, LocalDate asOf, RegistryContent records) {
    if (records.cadres().size() != 1) {
      throw new IllegalArgumentException("one cadre's records expected");
    }
    String code = records.cadres().get(0).code();
    return screening.screenCadre(RegistrySnapshot.of(records), policy(policy), asOf, code);
  }

  /** The day to screen on when a user has not chosen one: today, within the policy's range. */
  public static LocalDate defaultAsOf(Policy policy, LocalDate today) {
    Policy.DateRange range = policy.effective();
    if (range.to() != null && today.isAfter(range.to())) {
      return range.to();
    }
    if (range.from() != null && today.isBefore(range.from())) {
      return range.from();
    }
    return today;
  }
}
