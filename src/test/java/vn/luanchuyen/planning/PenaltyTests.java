package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PenaltyTests {

  @Test
  void oneHardBreachIsWorseThanAnyNumberOfUnplacedCadresOrSoftPoints() {
    Penalty oneBreach = new Penalty(1, 0, 0);
    Penalty manyUnplaced = new Penalty(0, 500, 1_000_000);
    assertThat(manyUnplaced.betterThan(oneBreach)).isTrue();
    assertThat(oneBreach.betterThan(manyUnplaced)).isFalse();
  }

  @Test
  void oneUnplacedCadreWhoMustMoveIsWorseThanAnySoftPenalty() {
    assertThat(new Penalty(0, 0, 999_999).betterThan(new Penalty(0, 1, 0))).isTrue();
  }

  @Test
  void equalPenaltiesAreNeitherBetter() {
    Penalty a = new Penalty(0, 2, 40);
    assertThat(a.betterThan(new Penalty(0, 2, 40))).isFalse();
    assertThat(a.compareTo(new Penalty(0, 2, 40))).isZero();
  }

  @Test
  void theGapToTheBoundIsMeasuredOnTheSoftPenaltyOnlyWhenHardAndMediumAgree() {
    Penalty bound = new Penalty(0, 1, 200);
    assertThat(new Penalty(0, 1, 210).gapTo(bound)).isEqualTo(0.05);
    assertThat(new Penalty(0, 2, 200).gapTo(bound)).isNull();
    assertThat(new Penalty(1, 1, 200).gapTo(bound)).isNull();
  }

  @Test
  void aZeroBoundGivesNoGapOnlyToAPerfectPlan() {
    assertThat(Penalty.NONE.gapTo(Penalty.NONE)).isEqualTo(0.0);
    assertThat(new Penalty(0, 0, 3).gapTo(Penalty.NONE)).isNull();
  }

  @Test
  void areasAddUpLevelByLevel() {
    assertThat(new Penalty(1, 2, 3).plus(new Penalty(0, 1, 10))).isEqualTo(new Penalty(1, 3, 13));
    assertThat(new Penalty(0, 5, 5).feasible()).isTrue();
    assertThat(new Penalty(1, 0, 0).feasible()).isFalse();
  }
}
