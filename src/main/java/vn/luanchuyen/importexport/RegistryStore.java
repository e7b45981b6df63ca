package vn.luanchuyen.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.Registry;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.shared.SearchText;
import vn.luanchuyen.succession.SuccessionEntry;
import vn.luanchuyen.succession.SuccessionPools;

/** Reads the whole registry as plain records, and writes a workbook's records into it. */
@Service
public class RegistryStore {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryStore.class);

  /** The columns of a new cadre; a cadre already stored is updated by {@link CadreRegistry}. */
  static final TableRows<Unit> UNITS =
      TableRows.<Unit>of("org_unit")
          .column("code", Unit::code)
          .column("name", Unit::name)
          .column("level_code", Unit::levelCode)
          .column("type_code", Unit::typeCode)
          .column("block", u -> u.block().name())
          .column("parent_code", Unit::parentCode)
          .column("locality_code", Unit::localityCode)
          .column("valid_from", Unit::validFrom)
          .column("valid_to", Unit::validTo)
          .column("version", u -> 0);

  /** A unit's link to a unit it was formed from (a merger or a split). */
  record Predecessor(String unitCode, String predecessorCode) {}

  static final TableRows<Predecessor> PREDECESSORS =
      TableRows.<Predecessor>of("org_unit_predecessor")
          .column("unit_code", Predecessor::unitCode)
          .column("predecessor_code", Predecessor::predecessorCode);

  static final TableRows<Position> POSITIONS =
      TableRows.<Position>of("org_position")
          .column("code", Position::code)
          .column("unit_code", Position::unitCode)
          .column("name", Position::name)
          .column("seat_rank", p -> p.rank().code())
          .column("role_key", Position::roleKey)
          .column("version", p -> 0);

  static final TableRows<Cadre> CADRES =
      TableRows.<Cadre>of("cadre")
          .column("code", Cadre::code)
          .column("full_name", Cadre::fullName)
          .column("search_key", c -> SearchText.fold(c.fullName()))
          .column("sex", c -> c.sex().name())
          .column("birth_date", c -> c.birthDate() == null ? null : c.birthDate().date())
          .column(
              "birth_precision",
              c -> c.birthDate() == null ? null : c.birthDate().precision().name())
          .column("birthplace", Cadre::birthplace)
          .column("hometown", Cadre::hometown)
          .column("permanent_residence", Cadre::permanentResidence)
          .column("ethnicity", Cadre::ethnicity)
          .column("religion", Cadre::religion)
          .column("education", Cadre::education)
          .column("political_theory", Cadre::politicalTheory)
          .column("state_management", Cadre::stateManagement)
          .column("foreign_language", Cadre::foreignLanguage)
          .column("it_level", Cadre::itLevel)
          .column("party_join_date", Cadre::partyJoinDate)
          .column(
              "retirement_override",
              c -> c.retirementOverride() == null ? null : c.retirementOverride().atDay(1))
          .column("retirement_override_reason", Cadre::retirementOverrideReason)
          .column("other_names", Cadre::otherNames)
          .column("general_education", Cadre::generalEducation)
          .column("party_official_date", Cadre::partyOfficialDate)
          .column("awards", Cadre::awards)
          .column("personal_id_number", Cadre::personalIdNumber)
          .column("version", c -> 0);

  static final TableRows<Assignment> ASSIGNMENTS =
      TableRows.<Assignment>of("cadre_assignment")
          .column("cadre_code", Assignment::cadreCode)
          .column("position_code", Assignment::positionCode)
          .column("start_date", Assignment::startDate)
          .column("end_date", Assignment::endDate)
          .column("form", a -> a.form() == null ? null : a.form().name())
          .column("decision_number", Assignment::decisionNumber)
          .column("version", a -> 0);

  static final TableRows<Assessment> ASSESSMENTS =
      TableRows.<Assessment>of("cadre_assessment")
          .column("cadre_code", Assessment::cadreCode)
          .column("assessed_year", Assessment::year)
          .column("grade", a -> a.grade().name())
          .column("version", a -> 0);

  static final TableRows<Discipline> DISCIPLINES =
      TableRows.<Discipline>of("cadre_discipline")
          .column("cadre_code", Discipline::cadreCode)
          .column("form", d -> d.form().name())
          .column("decided_on", Discipline::decidedOn)
          .column("effective_until", Discipline::effectiveUntil)
          .column("reason", Discipline::reason)
          .column("version", d -> 0);

  static final TableRows<SuccessionEntry> PLANNING =
      TableRows.<SuccessionEntry>of("succession_entry")
          .column("cadre_code", SuccessionEntry::cadreCode)
          .column("role_key", SuccessionEntry::roleKey)
          .column("unit_code", SuccessionEntry::unitCode)
          .column("term_code", e -> e.term().code())
          .column("version", e -> 0);

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;

  private final Registry registry;
  private final BulkWrite bulk;
  private final ApplicationEventPublisher events;

  RegistryStore(
      OrganisationChart chart,
      CadreRegistry cadres,
      SuccessionPools pools,
      Registry registry,
      BulkWrite bulk,
      ApplicationEventPublisher events) {
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
    this.registry = registry;
    this.bulk = bulk;
    this.events = events;
  }

  /** The whole registry, with every code list entry (standard and added). */
  public RegistryContent load() {
    return registry.read();
  }

  /**
   * Merges a workbook into the registry in one transaction, as {@link RegistryMerge} describes:
   * units, seats and cadres are created or replaced by code; the history, planning, assessments and
   * discipline of every cadre in the workbook are replaced by the workbook's rows. A failure
   * anywhere leaves the registry unchanged.
   */
  @Transactional
  public void store(RegistryContent workbook) {
    store(workbook, RegistryContent.empty());
  }

  /**
   * Stores a workbook as {@link #store(RegistryContent)} does, but leaves the units, seats and
   * cadre rows whose content equals the stored one untouched, so their version does not change:
   * importing an export that nobody edited changes nothing, and the export stays current. A stored
   * cadre whose history, assessments, discipline or planning the workbook changes gets a new
   * version even if the cadre row is the same.
   *
   * @param existing the registry as loaded before the import
   */
  @Transactional
  public void store(RegistryContent workbook, RegistryContent existing) {
    store(ArrivingRecords.all(workbook), existing);
  }

  /**
   * Stores a workbook as {@link #store(RegistryContent, RegistryContent)} does, each kind of record
   * as soon as it has been read: units and seats, cadres, their history, planning, assessments and
   * discipline, then the code lists.
   *
   * @throws ArrivingRecords.Abandoned once the reader has found a problem (the caller rolls back)
   */
  @Transactional
  void store(ArrivingRecords workbook, RegistryContent existing) {
    Set<String> stored = cadres.codes();
    Steps steps = new Steps(workbook);
    RegistryContent seats = workbook.awaiting(RecordKind.UNIT, RecordKind.POSITION);
    steps.waited();
    // units and seats not stored yet are appended in bulk; the stored ones are replaced by the
    // chart
    Set<String> storedUnits = codesOf(chart.units(), Unit::code);
    Set<String> storedPositions = codesOf(chart.positions(), Position::code);
    List<Unit> newUnits = new ArrayList<>();
    List<Unit> storedUnitsChanged = new ArrayList<>();
    for (Unit u : changedOnly(seats.units(), existing.units(), Unit::code)) {
      (storedUnits.contains(u.code()) ? storedUnitsChanged : newUnits).add(u);
    }
    List<Position> newPositions = new ArrayList<>();
    List<Position> storedPositionsChanged = new ArrayList<>();
    for (Position p : changedOnly(seats.positions(), existing.positions(), Position::code)) {
      (storedPositions.contains(p.code()) ? storedPositionsChanged : newPositions).add(p);
    }
    // new units first: a stored seat may move to one of them
    bulk.append(UNITS, newUnits);
    List<Predecessor> links = new ArrayList<>();
    for (Unit u : newUnits) {
      u.predecessorCodes().forEach(p -> links.add(new Predecessor(u.code(), p)));
    }
    bulk.append(PREDECESSORS, links);
    chart.storeAll(List.of(), storedUnitsChanged, storedPositionsChanged);
    bulk.append(POSITIONS, newPositions);
    steps.done("đơn vị, chức danh");
    RegistryContent people = workbook.awaiting(RecordKind.CADRE);
    steps.waited();
    List<Cadre> changed = new ArrayList<>();
    List<Cadre> added = new ArrayList<>();
    for (Cadre c : people.cadres()) {
      (stored.contains(c.code()) ? changed : added).add(c);
    }
    List<Cadre> rewritten = changedOnly(changed, existing.cadres(), Cadre::code);
    cadres.storeCadres(rewritten);
    bulk.append(CADRES, added);
    steps.done("cán bộ");
    RegistryContent read = workbook.awaiting(RecordKind.CADRE, RecordKind.ASSIGNMENT);
    steps.waited();
    cadres.replaceAssignmentsOf(
        storedOnly(stored, read, read.assignments(), Assignment::cadreCode), List.of());
    bulk.append(ASSIGNMENTS, read.assignments());
    steps.done("quá trình công tác");
    read = workbook.awaiting(RecordKind.CADRE, RecordKind.PLANNING);
    steps.waited();
    pools.replaceEntriesOf(
        storedOnly(stored, read, read.planning(), SuccessionEntry::cadreCode), List.of());
    bulk.append(PLANNING, read.planning());
    read = workbook.awaiting(RecordKind.CADRE, RecordKind.ASSESSMENT);
    steps.waited();
    cadres.replaceAssessmentsOf(
        storedOnly(stored, read, read.assessments(), Assessment::cadreCode), List.of());
    bulk.append(ASSESSMENTS, read.assessments());
    read = workbook.awaiting(RecordKind.CADRE, RecordKind.DISCIPLINE);
    steps.waited();
    cadres.replaceDisciplinesOf(
        storedOnly(stored, read, read.disciplines(), Discipline::cadreCode), List.of());
    bulk.append(DISCIPLINES, read.disciplines());
    RegistryContent whole = workbook.whole();
    steps.waited();
    if (!whole.codes().isEmpty()) {
      chart.storeAll(whole.codes(), List.of(), List.of());
    }
    Set<String> rowsChanged = ImportedCadres.withChangedRows(existing, whole);
    rowsChanged.retainAll(stored);
    rewritten.forEach(c -> rowsChanged.remove(c.code()));
    cadres.markChanged(rowsChanged);
    steps.done("quy hoạch, đánh giá, kỷ luật, danh mục");
    long updated = changed.size();
    events.publishEvent(
        new RecordChanged(
            "registry",
            "import",
            "IMPORT",
            null,
            String.format(
                "%d đơn vị, %d chức danh, %d cán bộ (%d mới, %d cập nhật), %d dòng quá trình công"
                    + " tác, %d dòng quy hoạch, %d dòng đánh giá, %d dòng kỷ luật",
                whole.units().size(),
                whole.positions().size(),
                whole.cadres().size(),
                whole.cadres().size() - updated,
                updated,
                whole.assignments().size(),
                whole.planning().size(),
                whole.assessments().size(),
                whole.disciplines().size())));
  }

  /**
   * The cadres whose stored records of one kind the workbook replaces; a cadre not stored before
   * has none to remove.
   */
  private static <T> Set<String> storedOnly(
      Set<String> stored, RegistryContent workbook, List<T> rows, Function<T, String> cadreOf) {
    Set<String> replaced = RegistryMerge.replacedCadres(workbook, rows, cadreOf);
    replaced.retainAll(stored);
    return replaced;
  }

  private static <T> Set<String> codesOf(List<T> records, Function<T, String> code) {
    Set<String> codes = new java.util.HashSet<>();
    records.forEach(r -> codes.add(code.apply(r)));
    return codes;
  }

  /** The records whose content (all but id and version) differs from the stored record's. */
  private static <T extends Record> List<T> changedOnly(
      List<T> records, List<T> stored, Function<T, String> code) {
    if (stored.isEmpty()) {
      return records;
    }
    Map<String, T> byCode = new HashMap<>();
    stored.forEach(r -> byCode.put(code.apply(r), r));
    return records.stream()
        .filter(
            r -> {
              T before = byCode.get(code.apply(r));
              return before == null
                  || !ImportedCadres.content(before).equals(ImportedCadres.content(r));
            })
        .toList();
  }

  /** Logs (at debug) how long each step of a write took, leaving out the waits for the reader. */
  private static final class Steps {
    private final ArrivingRecords workbook;
    private long last = System.nanoTime();
    private long waitedBefore;

    Steps(ArrivingRecords workbook) {
      this.workbook = workbook;
      this.waitedBefore = workbook.waitedMs();
    }

    /** The reader's records came: the wait so far is not the step's. */
    void waited() {
      long waited = workbook.waitedMs() - waitedBefore;
      waitedBefore = workbook.waitedMs();
      last += waited * 1_000_000;
    }

    void done(String step) {
      long now = System.nanoTime();
      LOG.debug("Ghi {}: {} ms", step, (now - last) / 1_000_000);
      last = now;
    }
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return chart.unitCount() == 0 && cadres.count() == 0;
  }
}
