package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.registry.RegistryContent;

class RotationScreeningTests extends ScreeningScenario {

  @Test
  void warnsWhenTheDayIsOutsideThePolicysEffectiveRange() {
    ScreeningReport report =
        new RotationScreening().screen(registry.snapshot(), HADONG, date(2026, 3, 1));

    assertThat(report.warnings())
        .singleElement()
        .satisfies(
            w ->
                assertThat(ScreeningMessages.render(w))
                    .contains("01/03/2026")
                    .contains("hadong-2022")
                    .contains("31/12/2025"));
  }

  @Test
  void noWarningInsideTheEffectiveRange() {
    assertThat(new RotationScreening().screen(registry.snapshot(), HADONG, AS_OF).warnings())
        .isEmpty();
  }

  @Test
  void screensOneCadreByCode() {
    registry.add(aCadre("CB1").holding(homeAffairsHead).since(date(2010, 1, 1)));

    var one = new RotationScreening().screenCadre(registry.snapshot(), HADONG, AS_OF, "CB1");

    assertThat(one).hasValueSatisfying(c -> assertThat(c.mustMove()).isTrue());
    assertThat(new RotationScreening().screenCadre(registry.snapshot(), HADONG, AS_OF, "X"))
        .isEmpty();
  }

  /**
   * A report decides every rule for every cadre at once and explains a cadre when read: the
   * outcomes it decided agree with the verdicts it explains, cadre by cadre, on a whole district.
   */
  @Test
  void decidedOutcomesAgreeWithTheExplainedVerdictsOfEveryCadre() {
    RegistryContent c = DemoDistrict.generate(2022, 3000);
    RegistrySnapshot snapshot = RegistrySnapshot.of(c);
    LocalDate day = LocalDate.of(2023, 6, 30);

    ScreeningReport report = new RotationScreening().screen(snapshot, HADONG, day);

    CadreScreener alone = new CadreScreener(snapshot, HADONG, day);
    long[] decided = new long[snapshot.cadreCount()];
    alone.outcomes(0, decided.length, decided);
    int mustMove = 0;
    for (int i = 0; i < decided.length; i++) {
      CadreScreening explained = report.cadres().get(i);
      long fromVerdicts = 0;
      for (Verdict v : explained.verdicts()) {
        fromVerdicts |= ScreenedCadres.bit(v.rule(), v.outcome());
      }
      boolean past =
          explained.dataQuality().stream()
              .anyMatch(f -> RotationScreening.PAST_RETIREMENT.equals(f.code()));
      assertThat(decided[i])
          .as(explained.code())
          .isEqualTo(past ? fromVerdicts | ScreenedCadres.PAST_RETIREMENT_BIT : fromVerdicts);
      assertThat(explained).isEqualTo(alone.screen(i));
      mustMove += explained.mustMove() ? 1 : 0;
    }
    assertThat(mustMove).isPositive();
    assertThat(report.mustMoveCount()).isEqualTo(mustMove);
  }
}
