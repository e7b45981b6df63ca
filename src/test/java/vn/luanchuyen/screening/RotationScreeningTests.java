package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luanchuyen.screening.RegistryFixture.aCadre;
import static vn.luanchuyen.screening.RegistryFixture.date;

import org.junit.jupiter.api.Test;

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
}
