package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.policy.RuleId;

abstract class ScreeningScenario {

  static final LocalDate AS_OF = date(2022, 6, 30);
  static final Policy HADONG = PolicyLoader.fromClasspath("hadong-2022");
  static final Policy QD65 = PolicyLoader.fromClasspath("qd65-2022");

  RegistryFixture registry;
  Unit homeAffairs;
  Position homeAffairsHead;
  Position homeAffairsDeputy;
  Position wardSecretary;

  @BeforeEach
  void aDistrictWithOneDepartmentAndOneWard() {
    registry = new RegistryFixture();
    homeAffairs = registry.department("PNV", "Phòng Nội vụ");
    homeAffairsHead = registry.headSeat("P-NV-TP", homeAffairs, "Trưởng phòng Nội vụ");
    homeAffairsDeputy = registry.deputySeat("P-NV-PP1", homeAffairs, "Phó Trưởng phòng Nội vụ");
    Unit ward = registry.ward("VP-DU", "Đảng ủy phường Vạn Phúc", "CAP_UY", "VAN_PHUC");
    wardSecretary =
        registry.seat("VP-BT", ward, "Bí thư Đảng ủy phường Vạn Phúc", PositionRank.HEAD, "BI_THU");
  }

  CadreScreening screen(RegistryFixture.CadreBuilder cadre) {
    return screen(cadre, HADONG, AS_OF);
  }

  CadreScreening screen(RegistryFixture.CadreBuilder cadre, Policy policy, LocalDate asOf) {
    registry.add(cadre);
    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), policy, asOf);
    return report.cadres().get(report.cadres().size() - 1);
  }

  static Verdict only(CadreScreening screening, RuleId rule) {
    List<Verdict> verdicts = screening.verdictsOf(rule);
    assertThat(verdicts).as("verdicts of %s", rule).hasSize(1);
    return verdicts.get(0);
  }
}
