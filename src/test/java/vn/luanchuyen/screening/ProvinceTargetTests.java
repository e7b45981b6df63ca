package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;

/**
 * A province after 1 July 2025: its People's Committee and two merged communes (XA) and a ward
 * (PHUONG), each with a Party committee and a People's Committee, screened under province-2025.
 */
class ProvinceTargetTests {

  static final LocalDate AS_OF = date(2026, 6, 30);
  final Policy policy = PolicyLoader.fromClasspath("province-2025");
  RegistryFixture registry;
  Unit[] committees = new Unit[3];

  @BeforeEach
  void aProvinceWithTwoCommunesAndAWard() {
    registry = new RegistryFixture();
    LocalDate since = date(2025, 7, 1);
    Unit province = registry.unit("T-UB", "UBND tỉnh", "TINH", "UBND", "T");
    Position provincialChair =
        registry.seat("T-CT", province, "Chủ tịch UBND tỉnh", PositionRank.HEAD, "CHU_TICH_UBND");
    registry.add(aCadre("TCT").hometown("NOI_KHAC").holding(provincialChair).since(since));
    String[] codes = {"X1", "X2", "P3"};
    String[] levels = {"XA", "XA", "PHUONG"};
    for (int k = 0; k < 3; k++) {
      Unit party =
          registry.unit(codes[k] + "-DU", "Đảng ủy " + codes[k], levels[k], "CAP_UY", codes[k]);
      committees[k] =
          registry.unit(codes[k] + "-UB", "UBND " + codes[k], levels[k], "UBND", codes[k]);
      Position secretary =
          registry.seat(codes[k] + "-BT", party, "Bí thư", PositionRank.HEAD, "BI_THU");
      Position chair =
          registry.seat(
              codes[k] + "-CT", committees[k], "Chủ tịch", PositionRank.HEAD, "CHU_TICH_UBND");
      registry.add(aCadre(codes[k] + "BT").hometown("NOI_KHAC").holding(secretary).since(since));
      registry.add(aCadre(codes[k] + "CT").hometown("NOI_KHAC").holding(chair).since(since));
    }
    vicechairs(0, 3);
    vicechairs(1, 2);
    vicechairs(2, 2);
  }

  private void vicechairs(int commune, int count) {
    Unit committee = committees[commune];
    for (int i = 0; i < count; i++) {
      Position seat =
          registry.seat(
              committee.code() + "-PCT" + i,
              committee,
              "Phó Chủ tịch",
              PositionRank.DEPUTY,
              "PHO_CHU_TICH_UBND");
      registry.add(aCadre(committee.code() + "PCT" + i).holding(seat).since(date(2025, 7, 1)));
    }
  }

  TargetResult target(String id) {
    return new RotationScreening()
        .screen(registry.snapshot(), policy, AS_OF)
        .target(id)
        .orElseThrow();
  }

  @Test
  void allCommuneSecretariesAndChairsFromElsewhereMeetTheHundredPercentTarget() {
    TargetResult communes = target("non-local-commune-leaders");

    assertThat(communes.denominator()).isEqualTo(6);
    assertThat(communes.value()).isEqualTo(1.0);
    assertThat(communes.met()).isTrue();
  }

  @Test
  void oneLocalWardSecretaryMissesTheHundredPercentTarget() {
    registry.cadres.removeIf(c -> c.code().equals("P3BT"));
    registry.assignments.removeIf(a -> a.cadreCode().equals("P3BT"));
    registry.add(aCadre("P3BT-LOCAL").hometown("P3").holding("P3-BT").since(date(2025, 7, 1)));

    TargetResult communes = target("non-local-commune-leaders");

    assertThat(communes.numerator()).isEqualTo(5);
    assertThat(communes.met()).isFalse();
  }

  @Test
  void theProvincialChairCountsTowardTheProvincialTargetNotTheCommuneOne() {
    assertThat(target("non-local-provincial-leaders").denominator()).isEqualTo(1);
    assertThat(target("non-local-commune-leaders").seats())
        .noneMatch(s -> s.position().startsWith("T-"));
  }

  @Test
  void sevenVicechairsOverThreeCommunesAverageUnderTwoAndAHalf() {
    TargetResult vicechairs = target("vice-chairs-per-commune");

    assertThat(vicechairs.denominator()).isEqualTo(3);
    assertThat(vicechairs.numerator()).isEqualTo(7);
    assertThat(vicechairs.met()).isTrue();
  }

  @Test
  void oneMoreVicechairTakesTheAverageOverTwoAndAHalf() {
    Position extra =
        registry.seat(
            "X2-UB-PCTX", committees[1], "Phó Chủ tịch", PositionRank.DEPUTY, "PHO_CHU_TICH_UBND");
    registry.add(aCadre("X2PCTX").holding(extra).since(date(2025, 7, 1)));

    TargetResult vicechairs = target("vice-chairs-per-commune");

    assertThat(vicechairs.numerator()).isEqualTo(8);
    assertThat(vicechairs.met()).isFalse();
  }
}
