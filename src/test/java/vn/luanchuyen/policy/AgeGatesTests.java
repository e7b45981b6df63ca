package vn.luanchuyen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class AgeGatesTests {

  static final AgeGates.Gate COUNCIL_AND_COMMITTEE_LEADERS =
      gate("council-and-committee-leaders", Set.of("CHU_TICH_UBND"), Set.of(), 2026, 3);
  static final AgeGates.Gate COMMUNE_COMMITTEES =
      gate(
          "commune-committees", Set.of("BI_THU", "CHU_TICH_UBND"), Set.of("PHUONG", "XA"), 2025, 7);
  public static final AgeGates CHI_THI_45 =
      new AgeGates(60, 48, List.of(COUNCIL_AND_COMMITTEE_LEADERS, COMMUNE_COMMITTEES));

  static AgeGates.Gate gate(String id, Set<String> roles, Set<String> levels, int year, int month) {
    return new AgeGates.Gate(id, id, roles, levels, Set.of(), YearMonth.of(year, month));
  }

  @Test
  void exactlyOneTermLeftAtTheReferenceMonthLetsACadreEnterForTheFirstTime() {
    assertThat(CHI_THI_45.shortfall(COMMUNE_COMMITTEES, YearMonth.of(2030, 7), false)).isEmpty();
  }

  @Test
  void oneMonthLessThanATermKeepsAFirstEntrantOut() {
    AgeGates.Shortfall shortfall =
        CHI_THI_45.shortfall(COMMUNE_COMMITTEES, YearMonth.of(2030, 6), false).orElseThrow();

    assertThat(shortfall.remainingMonths()).isEqualTo(59);
    assertThat(shortfall.requiredMonths()).isEqualTo(60);
    assertThat(shortfall.reElection()).isFalse();
  }

  @Test
  void standingAgainNeedsFortyEightMonthsAtTheReferenceMonth() {
    assertThat(CHI_THI_45.shortfall(COMMUNE_COMMITTEES, YearMonth.of(2029, 7), true)).isEmpty();
    assertThat(CHI_THI_45.shortfall(COMMUNE_COMMITTEES, YearMonth.of(2029, 6), true))
        .get()
        .extracting(AgeGates.Shortfall::remainingMonths)
        .isEqualTo(47L);
  }

  @Test
  void aCommitteeChairIsCountedAtTheElectionMonthBeforeTheCommuneCongress() {
    assertThat(CHI_THI_45.gateFor("CHU_TICH_UBND", "XA", "UBND"))
        .contains(COUNCIL_AND_COMMITTEE_LEADERS);
    assertThat(CHI_THI_45.gateFor("BI_THU", "XA", "CAP_UY")).contains(COMMUNE_COMMITTEES);
    assertThat(CHI_THI_45.gateFor("BI_THU", "TINH", "CAP_UY")).isEmpty();
  }
}
