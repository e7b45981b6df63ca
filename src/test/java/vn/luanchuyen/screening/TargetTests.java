package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Policy.LocalEvidence;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.screening.TargetResult.UnitCount;
import vn.luanchuyen.screening.TargetResult.YearEnd;

/**
 * Three wards, each with a Party committee (secretary) and a People's Committee (chair), one chair
 * seat vacant; three district departments with deputies, plus one dissolved department.
 */
class TargetTests {

  static final LocalDate AS_OF = date(2022, 6, 30);
  final Policy policy = PolicyLoader.fromClasspath("hadong-2022");
  RegistryFixture registry;

  @BeforeEach
  void threeWardsAndThreeDepartments() {
    registry = new RegistryFixture();
    Position[] secretaries = new Position[3];
    Position[] chairs = new Position[3];
    String[] wards = {"W1", "W2", "W3"};
    for (int k = 0; k < 3; k++) {
      Unit party =
          registry.ward(wards[k] + "-DU", "Đảng ủy phường " + wards[k], "CAP_UY", wards[k]);
      Unit committee = registry.ward(wards[k] + "-UB", "UBND phường " + wards[k], "UBND", wards[k]);
      secretaries[k] =
          registry.seat(wards[k] + "-BT", party, "Bí thư", PositionRank.HEAD, "BI_THU");
      chairs[k] =
          registry.seat(
              wards[k] + "-CT", committee, "Chủ tịch", PositionRank.HEAD, "CHU_TICH_UBND");
      registry.seat(wards[k] + "-PBT", party, "Phó Bí thư", PositionRank.DEPUTY, "PHO_BI_THU");
    }
    Unit district = registry.unit("QU", "Quận ủy", "QUAN", "CAP_UY", "HD");
    Position districtSecretary =
        registry.seat("QU-BT", district, "Bí thư Quận ủy", PositionRank.HEAD, "BI_THU");
    LocalDate since = date(2020, 1, 1);
    registry
        .add(aCadre("S1").hometown("W1").holding(secretaries[0]).since(since))
        .add(aCadre("C1").hometown("W2").residence("HD").holding(chairs[0]).since(since))
        .add(aCadre("S2").man().born(1963, 3).holding(secretaries[1]).since(since))
        .add(aCadre("S3").residence("W3").holding(secretaries[2]).since(since))
        .add(aCadre("C3").birthplace("W3").holding(chairs[2]).since(since))
        .add(aCadre("PBT").holding("W1-PBT").since(since))
        .add(aCadre("QU").hometown("NOI_KHAC").holding(districtSecretary).since(since))
        .add(aCadre("C2-OLD").holding(chairs[1]).since(date(2015, 1, 1)).until(date(2021, 12, 31)));

    Unit a = registry.department("PA", "Phòng A");
    Unit b = registry.department("PB", "Phòng B");
    Unit c = registry.department("PC", "Phòng C");
    Unit dissolved =
        new Unit(
            "PD",
            "Phòng D",
            "QUAN",
            "PHONG_CHUYEN_MON",
            Block.CHINH_QUYEN,
            null,
            "HD",
            null,
            date(2021, 12, 31),
            null,
            0);
    registry.units.add(dissolved);
    registry
        .add(
            aCadre("A1")
                .woman()
                .born(1967, 5)
                .holding(registry.deputySeat("PA-P1", a, "Phó"))
                .since(since))
        .add(aCadre("A2").holding(registry.deputySeat("PA-P2", a, "Phó")).since(since))
        .add(aCadre("B1").holding(registry.deputySeat("PB-P1", b, "Phó")).since(since))
        .add(aCadre("D1").holding(registry.deputySeat("PD-P1", dissolved, "Phó")).since(since));
    registry.deputySeat("PC-P1", c, "Phó");
  }

  TargetResult target(String id) {
    return new RotationScreening()
        .screen(registry.snapshot(), policy, AS_OF)
        .target(id)
        .orElseThrow();
  }

  @Test
  void countsNonLocalHoldersAmongFilledWardLeaderSeats() {
    TargetResult wards = target("non-local-ward-leaders");

    assertThat(wards.denominator()).isEqualTo(5);
    assertThat(wards.numerator()).isEqualTo(3);
    assertThat(wards.value()).isEqualTo(0.6);
    assertThat(wards.met()).isTrue();
    assertThat(wards.seats())
        .extracting(TargetResult.Seat::holder)
        .containsExactlyInAnyOrder("S1", "C1", "S2", "S3", "C3");
  }

  @Test
  void showsTheEvidenceBehindEachLocalHolder() {
    TargetResult wards = target("non-local-ward-leaders");

    assertThat(wards.seats())
        .filteredOn(s -> s.holder().equals("S3"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.local()).isTrue();
              assertThat(s.locality()).isEqualTo("W3");
              assertThat(s.matched()).containsExactly(LocalEvidence.PERMANENT_RESIDENCE);
            });
  }

  @Test
  void eachHoldersRecordedPlacesAreListedInTheOrderOfTheirKindsInEveryRun() {
    List<TargetResult.Seat> seats = target("non-local-ward-leaders").seats();

    assertThat(seats).anySatisfy(s -> assertThat(s.places()).hasSizeGreaterThan(1));
    for (TargetResult.Seat seat : seats) {
      assertThat(List.copyOf(seat.places().keySet()))
          .as("places of %s", seat.holder())
          .isSortedAccordingTo(Comparator.naturalOrder());
    }
  }

  @Test
  void birthplaceAloneDoesNotMakeALocalUnderTheFoundingPolicy() {
    assertThat(target("non-local-ward-leaders").seats())
        .filteredOn(s -> s.holder().equals("C3"))
        .singleElement()
        .satisfies(s -> assertThat(s.local()).isFalse());
  }

  @Test
  void projectsWhatRetirementsAloneDoByEachYearEnd() {
    // S2, a non-local man born 03/1963, retires at the end of 12/2023 (60y9m)
    TargetResult wards = target("non-local-ward-leaders");

    assertThat(wards.projection())
        .extracting(YearEnd::year, YearEnd::numerator, YearEnd::denominator, YearEnd::met)
        .containsExactly(
            tuple(2022, 3, 5, true),
            tuple(2023, 2, 4, true),
            tuple(2024, 2, 4, true),
            tuple(2025, 2, 4, true));
  }

  @Test
  void dividesFilledDeputySeatsByDepartmentsExistingOnTheDay() {
    TargetResult deputies = target("deputies-per-department");

    assertThat(deputies.numerator()).isEqualTo(3);
    assertThat(deputies.denominator()).isEqualTo(3);
    assertThat(deputies.value()).isEqualTo(1.0);
    assertThat(deputies.goal()).isEqualTo(2.0);
    assertThat(deputies.met()).isFalse();
    assertThat(deputies.perUnit())
        .extracting(UnitCount::unit, UnitCount::filled)
        .containsExactly(tuple("PA", 2), tuple("PB", 1), tuple("PC", 0));
  }

  @Test
  void deputyRetiringLeavesHerSeatVacantInTheProjection() {
    TargetResult deputies = target("deputies-per-department");

    assertThat(deputies.projection())
        .extracting(YearEnd::year, YearEnd::numerator)
        .containsExactly(tuple(2022, 3), tuple(2023, 2), tuple(2024, 2), tuple(2025, 2));
  }

  @Test
  void wardWithoutLocalityIsLeftOutAndReported() {
    Unit blank = registry.ward("W4-DU", "Đảng ủy phường W4", "CAP_UY", null);
    registry.add(
        aCadre("S4")
            .holding(registry.seat("W4-BT", blank, "Bí thư", PositionRank.HEAD, "BI_THU"))
            .since(date(2020, 1, 1)));

    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), policy, AS_OF);

    assertThat(report.target("non-local-ward-leaders").orElseThrow().denominator()).isEqualTo(5);
    assertThat(report.dataQuality())
        .anySatisfy(f -> assertThat(f.code()).isEqualTo("missing-locality"));
  }
}
