package vn.luanchuyen.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.succession.SuccessionPools;

/**
 * Screens the stored registry: builds the in-memory snapshot from the registry modules and runs the
 * rules of a policy as of a date. The module's Spring face; the rules themselves are plain Java.
 */
@Service
public class ScreeningRuns {

  /** The policies shipped with the application, newest first. */
  public static final List<String> SHIPPED_POLICIES = List.of("hadong-2022", "qd65-2022");

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;
  private final RotationScreening screening = new RotationScreening();

  /** The policies shipped inside the application never change while it runs: read each once. */
  private final Map<String, Policy> shipped = new java.util.concurrent.ConcurrentHashMap<>();

  ScreeningRuns(OrganisationChart chart, CadreRegistry cadres, SuccessionPools pools) {
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
  }

  /** The registry as it is stored now, indexed for screening and planning. */
  @Transactional(readOnly = true)
  public RegistrySnapshot snapshot() {
    return RegistrySnapshot.of(
        chart.units(),
        chart.positions(),
        cadres.cadres(),
        cadres.assignments(),
        pools.entries(),
        cadres.assessments(),
        cadres.disciplines());
  }

  /**
   * A shipped policy by id, or a user's policy file by path.
   *
   * @throws PolicyException if there is no such policy or the file is malformed
   */
  public Policy policy(String idOrFile) {
    Path file = idOrFile == null ? null : Path.of(idOrFile);
    if (file != null
        && (idOrFile.endsWith(".yaml") || idOrFile.endsWith(".yml"))
        && Files.isRegularFile(file)) {
      return PolicyLoader.fromFile(file);
    }
    return shipped.computeIfAbsent(idOrFile, PolicyLoader::fromClasspath);
  }

  /** The shipped policies, loaded. */
  public List<Policy> shippedPolicies() {
    return SHIPPED_POLICIES.stream().map(this::policy).toList();
  }

  public ScreeningReport screen(String policy, LocalDate asOf) {
    return screening.screen(snapshot(), policy(policy), asOf);
  }

  public ScreeningReport screen(RegistrySnapshot snapshot, Policy policy, LocalDate asOf) {
    return screening.screen(snapshot, policy, asOf);
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
    List<Unit> units =
        seats.values().stream()
            .map(Position::unitCode)
            .distinct()
            .map(chart::unit)
            .flatMap(Optional::stream)
            .toList();
    RegistrySnapshot one =
        RegistrySnapshot.of(
            units,
            List.copyOf(seats.values()),
            List.of(cadre.get()),
            history,
            pools.entriesOf(cadreCode),
            cadres.assessmentsOf(cadreCode),
            cadres.disciplinesOf(cadreCode));
    return screening.screenCadre(one, policy(policy), asOf, cadreCode);
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
