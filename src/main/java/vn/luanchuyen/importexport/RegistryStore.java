package vn.luanchuyen.importexport;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.shared.RecordChanged;
import vn.luanchuyen.succession.PlanningEntry;
import vn.luanchuyen.succession.SuccessionPools;

/** Reads the whole registry as plain records, and writes a workbook's records into it. */
@Service
public class RegistryStore {

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;

  private final ApplicationEventPublisher events;

  RegistryStore(
      OrganisationChart chart,
      CadreRegistry cadres,
      SuccessionPools pools,
      ApplicationEventPublisher events) {
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
    this.events = events;
  }

  /** The whole registry, with every code list entry (standard and added). */
  @Transactional(readOnly = true)
  public RegistryContent load() {
    return new RegistryContent(
        chart.codes(),
        chart.units(),
        chart.positions(),
        cadres.cadres(),
        cadres.assignments(),
        pools.entries(),
        cadres.assessments(),
        cadres.disciplines());
  }

  /**
   * Merges a workbook into the registry in one transaction, as {@link RegistryMerge} describes:
   * units, seats and cadres are created or replaced by code; the history, planning, assessments and
   * discipline of every cadre in the workbook are replaced by the workbook's rows. A failure
   * anywhere leaves the registry unchanged.
   */
  @Transactional
  public void store(RegistryContent workbook) {
    Set<String> stored = cadres.codes();
    chart.storeAll(workbook.codes(), workbook.units(), workbook.positions());
    cadres.storeCadres(workbook.cadres());
    cadres.replaceAssignmentsOf(
        storedOnly(stored, workbook, workbook.assignments(), Assignment::cadreCode),
        workbook.assignments());
    cadres.replaceAssessmentsOf(
        storedOnly(stored, workbook, workbook.assessments(), Assessment::cadreCode),
        workbook.assessments());
    cadres.replaceDisciplinesOf(
        storedOnly(stored, workbook, workbook.disciplines(), Discipline::cadreCode),
        workbook.disciplines());
    pools.replaceEntriesOf(
        storedOnly(stored, workbook, workbook.planning(), PlanningEntry::cadreCode),
        workbook.planning());
    long updated = workbook.cadres().stream().filter(c -> stored.contains(c.code())).count();
    events.publishEvent(
        new RecordChanged(
            "registry",
            "import",
            "IMPORT",
            null,
            String.format(
                "%d đơn vị, %d chức danh, %d cán bộ (%d mới, %d cập nhật), %d dòng quá trình công"
                    + " tác, %d dòng quy hoạch, %d dòng đánh giá, %d dòng kỷ luật",
                workbook.units().size(),
                workbook.positions().size(),
                workbook.cadres().size(),
                workbook.cadres().size() - updated,
                updated,
                workbook.assignments().size(),
                workbook.planning().size(),
                workbook.assessments().size(),
                workbook.disciplines().size())));
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

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return chart.unitCount() == 0 && cadres.count() == 0;
  }
}
