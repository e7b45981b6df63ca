package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.SuccessionEntry;

/**
 * A province after 1 July 2025 under province-2025, whose commune secretaries must all be non-local
 * (a hard rule of the plan): commune X1 was formed from the old commune A; the secretary of X2 has
 * held the post since 2017 and must move, and the one vacant secretary's seat is X1's.
 */
class MergedProvincePlanTests {

  static final Policy PROVINCE = PolicyLoader.fromClasspath("province-2025");
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  static RegistrySnapshot province(String secretaryHometown) {
    List<Unit> units = new ArrayList<>();
    units.add(unit("TU", "Tỉnh ủy", "TINH", null, "T", null, null, List.of()));
    units.add(unit("A-DU", "Đảng ủy xã A", "XA", "TU", "A", null, MERGER.minusDays(1), List.of()));
    units.add(unit("X1-DU", "Đảng ủy xã X1", "XA", "TU", "X1", MERGER, null, List.of("A-DU")));
    units.add(unit("X2-DU", "Đảng ủy xã X2", "XA", "TU", "X2", null, null, List.of()));
    List<Position> positions =
        List.of(
            new Position("X1-BT", "X1-DU", "Bí thư Đảng ủy xã X1", PositionRank.HEAD, "BI_THU", 0),
            new Position("X2-BT", "X2-DU", "Bí thư Đảng ủy xã X2", PositionRank.HEAD, "BI_THU", 0));
    Cadre secretary =
        new Cadre(
            "S1",
            "Nguyễn Văn An",
            Sex.MALE,
            PartialDate.ofDay(LocalDate.of(1976, 5, 10)),
            null,
            secretaryHometown,
            null,
            "Kinh",
            "Không",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0);
    List<Assignment> stays =
        List.of(
            new Assignment(
                null, "S1", "X2-BT", LocalDate.of(2017, 1, 1), null, AssignmentForm.BAU, null, 0));
    List<SuccessionEntry> planning =
        List.of(new SuccessionEntry("S1", "BI_THU", null, Term.parse("2025-2030")));
    List<Assessment> grades =
        List.of(
            new Assessment("S1", 2024, AssessmentGrade.HTTNV),
            new Assessment("S1", 2025, AssessmentGrade.HTTNV));
    return RegistrySnapshot.of(
        RegistryContent.of(
            units, positions, List.of(secretary), stays, planning, grades, List.of()));
  }

  static Unit unit(
      String code,
      String name,
      String level,
      String parent,
      String locality,
      LocalDate from,
      LocalDate to,
      List<String> predecessors) {
    return new Unit(
        code, name, level, "CAP_UY", Block.DANG, parent, locality, from, to, predecessors, 0);
  }

  static RotationPlan plan(String hometown) {
    return new RotationPlanner()
        .propose(
            province(hometown),
            PROVINCE,
            new PlanRequest(AS_OF, Set.of(), null, 200L, List.of(), List.of(), true),
            p -> {});
  }

  @Test
  void aSecretaryFromElsewhereMovesToTheVacantCommune() {
    RotationPlan plan = plan("Z");

    PlannedMove move =
        plan.moves().stream().filter(m -> m.cadre().equals("S1")).findFirst().orElseThrow();
    assertThat(move.toSeat()).isEqualTo("X1-BT");
    assertThat(plan.unplaced()).isEmpty();
  }

  @Test
  void aSecretaryFromTheOldCommuneThatMergedIntoX1IsNotMovedThere() {
    RotationPlan plan = plan("A");

    assertThat(plan.moves())
        .filteredOn(m -> m.cadre().equals("S1"))
        .allSatisfy(m -> assertThat(m.toSeat()).isNotEqualTo("X1-BT"));
    assertThat(plan.unplaced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.cadres()).containsExactly("S1");
              assertThat(u.text()).contains("người địa phương");
            });
  }
}
