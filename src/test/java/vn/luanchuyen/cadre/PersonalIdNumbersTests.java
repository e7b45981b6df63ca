package vn.luanchuyen.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalIdNumbersTests {

  @Test
  void twelveDigitsAreAPersonalIdNumber() {
    assertThat(PersonalIdNumbers.isWellFormed("001069000417")).isTrue();
  }

  @Test
  void elevenOrThirteenDigitsOrALetterOrSpacesAreNot() {
    assertThat(PersonalIdNumbers.isWellFormed("00106900041")).isFalse();
    assertThat(PersonalIdNumbers.isWellFormed("0010690004170")).isFalse();
    assertThat(PersonalIdNumbers.isWellFormed("00106900041A")).isFalse();
    assertThat(PersonalIdNumbers.isWellFormed("001 69000417")).isFalse();
    assertThat(PersonalIdNumbers.isWellFormed("٠٠١٠٦٩٠٠٠٤١٧")).as("Arabic-Indic digits").isFalse();
    assertThat(PersonalIdNumbers.isWellFormed(null)).isFalse();
  }

  @Test
  void aBlankNumberIsNoNumberAndSurroundingSpacesGo() {
    assertThat(PersonalIdNumbers.normalised("   ")).isNull();
    assertThat(PersonalIdNumbers.normalised(" 001069000417 ")).isEqualTo("001069000417");
  }

  @Test
  void theFourthDigitCodesTheCenturyOfBirthAndTheSex() {
    assertThat(PersonalIdNumbers.centuryAndSexDigit(Sex.MALE, 1969)).isZero();
    assertThat(PersonalIdNumbers.centuryAndSexDigit(Sex.FEMALE, 1999)).isEqualTo(1);
    assertThat(PersonalIdNumbers.centuryAndSexDigit(Sex.MALE, 2000)).isEqualTo(2);
    assertThat(PersonalIdNumbers.centuryAndSexDigit(Sex.FEMALE, 2001)).isEqualTo(3);
    assertThatThrownBy(() -> PersonalIdNumbers.centuryAndSexDigit(Sex.MALE, 1899))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
