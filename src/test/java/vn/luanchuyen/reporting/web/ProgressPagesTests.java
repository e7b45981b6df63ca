package vn.luanchuyen.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressPagesTests {

  @Test
  void theChartDrawsAnAverageWithTheTwoDecimalsItsTableShows() {
    assertThat(ProgressPages.shown(1.5833, false)).isEqualTo(1.58);
    assertThat(ProgressPages.shown(1.575, false)).isEqualTo(1.58);
  }

  @Test
  void theChartDrawsAShareInPercentWithTheOneDecimalItsTableShows() {
    assertThat(ProgressPages.shown(0.3824, true)).isEqualTo(38.2);
    assertThat(ProgressPages.shown(0.5, true)).isEqualTo(50.0);
  }
}
