package vn.luanchuyen.registry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.shared.SharedValues;
import vn.luanchuyen.succession.SuccessionPools;

/**
 * The one reader of the whole registry: every table of units, seats, cadres, their stays, planning
 * entries, assessments and discipline, read in one read-only transaction, and the registry's change
 * mark. Screening, reporting, the exports and the command line read the registry here; the caches
 * of screening and reporting key on {@link #changeMark()}.
 */
@Component
public class Registry {

  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final SuccessionPools pools;

  Registry(OrganisationChart chart, CadreRegistry cadres, SuccessionPools pools) {
    this.chart = chart;
    this.cadres = cadres;
    this.pools = pools;
  }

  /**
   * The whole registry, with every code list entry (standard and added). Each code, name and day is
   * one object however many records hold it (a cadre's code in their stays, assessments and
   * planning entries; a seat's code in its stays; a day in every record of that day).
   */
  @Transactional(readOnly = true)
  public RegistryContent read() {
    SharedValues values = new SharedValues();
    return new RegistryContent(
        chart.codes(),
        chart.units(values),
        chart.positions(values),
        cadres.cadres(values),
        cadres.assignments(values),
        pools.entries(values),
        cadres.assessments(values),
        cadres.disciplines(values));
  }

  /**
   * The fingerprint of the registry tables (counts, version sums and highest ids, from the change
   * marks of the modules that own them): it differs whenever any registry table has changed, by
   * this process or another (an import from the command line).
   */
  @Transactional(readOnly = true)
  public String changeMark() {
    return chart.changeMark() + "/" + cadres.changeMark() + "/" + pools.changeMark();
  }
}
