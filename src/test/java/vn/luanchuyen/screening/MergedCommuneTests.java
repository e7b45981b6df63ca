package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.policy.RuleId;

/**
 * Two wards, Vạn Phúc and Yết Kiêu, merged on 1 July 2025 into one ward whose Party committee was
 * formed from theirs: tenure runs on through the merger when the post continues, and "local"
 * follows the merge links.
 */
class MergedCommuneTests {

  static final LocalDate AS_OF = date(2026, 6, 30);
  static final LocalDate MERGER = date(2025, 7, 1);
  final Policy province = PolicyLoader.fromClasspath("province-2025");
  final Policy qd65 = PolicyLoader.fromClasspath("qd65-2022");
  RegistryFixture registry;
  Position oldSecretary;
  Position oldDeputy;
  Position newSecretary;

  @BeforeEach
  void twoWardsMergedIntoOne() {
    registry = new RegistryFixture();
    Unit vanPhuc = ward("VP-DU", "Đảng ủy phường Vạn Phúc", "VAN_PHUC", null, MERGER.minusDays(1));
    Unit yetKieu = ward("YK-DU", "Đảng ủy phường Yết Kiêu", "YET_KIEU", null, MERGER.minusDays(1));
    Unit merged = ward("HD-DU", "Đảng ủy phường Hà Đông", "HA_DONG", MERGER, null);
    registry.units.set(
        registry.units.indexOf(merged),
        new Unit(
            merged.code(),
            merged.name(),
            merged.levelCode(),
            merged.typeCode(),
            merged.block(),
            null,
            merged.localityCode(),
            MERGER,
            null,
            List.of(vanPhuc.code(), yetKieu.code()),
            0));
    oldSecretary = registry.seat("VP-BT", vanPhuc, "Bí thư", PositionRank.HEAD, "BI_THU");
    oldDeputy = registry.seat("YK-PBT", yetKieu, "Phó Bí thư", PositionRank.DEPUTY, "PHO_BI_THU");
    newSecretary = registry.seat("HD-BT", merged, "Bí thư", PositionRank.HEAD, "BI_THU");
  }

  private Unit ward(String code, String name, String locality, LocalDate from, LocalDate to) {
    Unit unit =
        new Unit(code, name, "PHUONG", "CAP_UY", Block.DANG, null, locality, from, to, null, 0);
    registry.units.add(unit);
    return unit;
  }

  CadreScreening screen(RegistryFixture.CadreBuilder cadre, Policy policy) {
    registry.add(cadre);
    ScreeningReport report = new RotationScreening().screen(registry.snapshot(), policy, AS_OF);
    return report.cadres().get(report.cadres().size() - 1);
  }

  @Test
  void aSecretaryWhosePostContinuedThroughTheMergerHasHeldItSinceBeforeIt() {
    CadreScreening c =
        screen(
            aCadre("BT")
                .holding(oldSecretary)
                .since(date(2018, 1, 1))
                .until(MERGER.minusDays(1))
                .holding(newSecretary)
                .since(MERGER),
            province);

    Verdict v = HeadTenureTests.only(c, RuleId.HEAD_TENURE);
    assertThat(v.outcome()).isEqualTo(Outcome.MUST_MOVE);
    assertThat(v.facts())
        .containsEntry("position", "HD-BT")
        .containsEntry("sinceDate", date(2018, 1, 1))
        .containsEntry("tenureMonths", 101);
  }

  @Test
  void underAPolicyWithoutTheMergerRuleTheRunStartsAtTheMerger() {
    CadreScreening c =
        screen(
            aCadre("BT")
                .holding(oldSecretary)
                .since(date(2018, 1, 1))
                .until(MERGER.minusDays(1))
                .holding(newSecretary)
                .since(MERGER),
            qd65);

    Verdict v = HeadTenureTests.only(c, RuleId.HEAD_TENURE);
    assertThat(v.outcome()).isNotEqualTo(Outcome.MUST_MOVE);
    assertThat(v.facts()).containsEntry("sinceDate", MERGER);
  }

  @Test
  void aDeputyWhoBecameSecretaryAtTheMergerStartsANewRun() {
    CadreScreening c =
        screen(
            aCadre("BT")
                .holding(oldDeputy)
                .since(date(2016, 1, 1))
                .until(MERGER.minusDays(1))
                .holding(newSecretary)
                .since(MERGER),
            province);

    assertThat(HeadTenureTests.only(c, RuleId.HEAD_TENURE).facts())
        .containsEntry("sinceDate", MERGER);
  }

  @Test
  void aBreakOfThirtyOneDaysAtTheMergerStillContinuesTheRun() {
    CadreScreening c =
        screen(
            aCadre("BT")
                .holding(oldSecretary)
                .since(date(2018, 1, 1))
                .until(date(2025, 5, 30))
                .holding(newSecretary)
                .since(MERGER),
            province);

    assertThat(HeadTenureTests.only(c, RuleId.HEAD_TENURE).facts())
        .containsEntry("sinceDate", date(2018, 1, 1));
  }

  @Test
  void aBreakOfThirtyTwoDaysAtTheMergerStartsANewRun() {
    CadreScreening c =
        screen(
            aCadre("BT")
                .holding(oldSecretary)
                .since(date(2018, 1, 1))
                .until(date(2025, 5, 29))
                .holding(newSecretary)
                .since(MERGER),
            province);

    assertThat(HeadTenureTests.only(c, RuleId.HEAD_TENURE).facts())
        .containsEntry("sinceDate", MERGER);
  }

  @Test
  void aCadreFromAnOldWardIsLocalToTheWardItMergedInto() {
    registry.add(aCadre("BT").hometown("YET_KIEU").holding(newSecretary).since(MERGER));

    TargetResult communes =
        new RotationScreening()
            .screen(registry.snapshot(), province, AS_OF)
            .target("non-local-commune-leaders")
            .orElseThrow();

    assertThat(communes.seats())
        .singleElement()
        .satisfies(
            seat -> {
              assertThat(seat.local()).isTrue();
              assertThat(seat.position()).isEqualTo("HD-BT");
            });
    assertThat(communes.met()).isFalse();
  }

  @Test
  void aCadreFromAWardThatDidNotMergeIntoItIsNotLocal() {
    registry.add(aCadre("BT").hometown("LA_KHE").holding(newSecretary).since(MERGER));

    TargetResult communes =
        new RotationScreening()
            .screen(registry.snapshot(), province, AS_OF)
            .target("non-local-commune-leaders")
            .orElseThrow();

    assertThat(communes.seats()).singleElement().satisfies(s -> assertThat(s.local()).isFalse());
    assertThat(communes.met()).isTrue();
  }
}
