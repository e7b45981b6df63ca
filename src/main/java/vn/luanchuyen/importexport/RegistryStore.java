package vn.luanchuyen.importexport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.succession.PlanningEntry;
import vn.luanchuyen.succession.SuccessionPools;

/** Reads the whole registry as plain records, and writes a workbook's records into it. */
@Service
public class RegistryStore {

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;

  RegistryStore(OrganisationChart chart, CadreRegistry cadres, SuccessionPools pools) {
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
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
    chart.storeAll(workbook.codes(), workbook.units(), workbook.positions());
    cadres.storeCadres(workbook.cadres());
    cadres.replaceAssignmentsOf(
        RegistryMerge.replacedCadres(workbook, workbook.assignments(), Assignment::cadreCode),
        workbook.assignments());
    cadres.replaceAssessmentsOf(
        RegistryMerge.replacedCadres(workbook, workbook.assessments(), Assessment::cadreCode),
        workbook.assessments());
    cadres.replaceDisciplinesOf(
        RegistryMerge.replacedCadres(workbook, workbook.disciplines(), Discipline::cadreCode),
        workbook.disciplines());
    pools.replaceEntriesOf(
        RegistryMerge.replacedCadres(workbook, workbook.planning(), PlanningEntry::cadreCode),
        workbook.planning());
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return chart.unitCount() == 0 && cadres.count() == 0;
  }
}
