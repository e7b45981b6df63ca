package vn.luanchuyen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.PersonalIdNumbers;
import vn.luanchuyen.cadre.Sex;

class SyntheticIdNumbersTests {

  private static List<Cadre> numbered(List<Cadre> cadres) {
    return cadres.stream().filter(c -> c.personalIdNumber() != null).toList();
  }

  private static void assertPlausibleAndUnique(List<Cadre> cadres) {
    List<Cadre> withNumber = numbered(cadres);
    assertThat(withNumber.size()).isGreaterThan(cadres.size() * 9 / 10).isLessThan(cadres.size());
    assertThat(withNumber.stream().map(Cadre::personalIdNumber).distinct().count())
        .isEqualTo(withNumber.size());
    for (Cadre c : withNumber) {
      String n = c.personalIdNumber();
      int year = c.birthDate().date().getYear();
      assertThat(PersonalIdNumbers.isWellFormed(n)).as(n).isTrue();
      assertThat(n.charAt(0)).as("a province code starts with 0: " + n).isEqualTo('0');
      assertThat(n.charAt(3) - '0')
          .as("century and sex of " + c.code())
          .isEqualTo(
              year < 2000 ? (c.sex() == Sex.FEMALE ? 1 : 0) : (c.sex() == Sex.FEMALE ? 3 : 2));
      assertThat(n.substring(4, 6))
          .as("birth year of " + c.code())
          .isEqualTo("%02d".formatted(year % 100));
    }
  }

  @Test
  void everyDistrictDemoCadreWithANumberHasAPlausibleOneAndNoTwoShareIt() {
    assertPlausibleAndUnique(DemoDistrict.generate(2022, 900).cadres());
  }

  @Test
  void everyProvinceDemoCadreWithANumberHasAPlausibleOneAndNoTwoShareIt() {
    assertPlausibleAndUnique(DemoProvince.generate(7, 12).cadres());
  }

  @Test
  void theLastSixDigitsVaryFromCadreToCadre() {
    List<Cadre> withNumber = numbered(DemoDistrict.generate(2022, 900).cadres());

    assertThat(withNumber.stream().map(c -> c.personalIdNumber().substring(6)).distinct().count())
        .isGreaterThan(withNumber.size() * 9L / 10);
  }

  @Test
  void aCadreWithoutABirthDateHasNoNumber() {
    assertThat(DemoDistrict.generate(2022).cadres())
        .filteredOn(c -> c.birthDate() == null)
        .isNotEmpty()
        .allMatch(c -> c.personalIdNumber() == null);
  }

  @Test
  void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
    List<String> once =
        DemoDistrict.generate(5, 300).cadres().stream().map(Cadre::personalIdNumber).toList();
    List<String> again =
        DemoDistrict.generate(5, 300).cadres().stream().map(Cadre::personalIdNumber).toList();
    List<String> other =
        DemoDistrict.generate(6, 300).cadres().stream().map(Cadre::personalIdNumber).toList();

    assertThat(again).isEqualTo(once);
    assertThat(other).isNotEqualTo(once);
  }
}
