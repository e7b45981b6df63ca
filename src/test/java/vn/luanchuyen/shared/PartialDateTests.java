package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTests {

  @Test
  void aDateIsWrittenAsTheUserWroteItWithLeadingZeros() {
    assertThat(PartialDate.ofDay(LocalDate.of(1975, 3, 7)).format()).isEqualTo("07/03/1975");
    assertThat(PartialDate.ofMonth(1975, 3).format()).isEqualTo("03/1975");
    assertThat(PartialDate.ofYear(1975).format()).isEqualTo("1975");
    assertThat(PartialDate.ofDay(LocalDate.of(2001, 12, 31)).toString()).isEqualTo("31/12/2001");
  }

  @Test
  void yearsOfFewerOrMoreDigitsOrBeforeYearOneAreWrittenAsAFormatStringWouldWriteThem() {
    for (int year :
        new int[] {-12345, -999, -10, -1, 0, 1, 9, 42, 999, 1000, 9999, 10000, 123456}) {
      for (int month : new int[] {1, 9, 10, 12}) {
        LocalDate day = LocalDate.of(year, month, month == 9 ? 30 : 1);
        assertThat(PartialDate.ofDay(day).format())
            .isEqualTo(
                String.format(
                    Locale.ROOT,
                    "%02d/%02d/%04d",
                    day.getDayOfMonth(),
                    day.getMonthValue(),
                    day.getYear()));
        assertThat(PartialDate.ofMonth(year, month).format())
            .isEqualTo(String.format(Locale.ROOT, "%02d/%04d", month, year));
      }
      assertThat(PartialDate.ofYear(year).format())
          .isEqualTo(String.format(Locale.ROOT, "%04d", year));
    }
  }

  @Test
  void aWrittenDateReadsBackAsTheSameDate() {
    PartialDate day = PartialDate.ofDay(LocalDate.of(1968, 2, 29));
    assertThat(PartialDate.parse(day.format())).isEqualTo(day);
    assertThat(PartialDate.parse(PartialDate.ofMonth(1968, 2).format()))
        .isEqualTo(PartialDate.ofMonth(1968, 2));
  }
}
