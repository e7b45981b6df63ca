package vn.luanchuyen.cadre;

/**
 * The personal identification number (số định danh cá nhân): the 12 digits by which the national
 * population database, and since Decree 27/2026 the national database of cadres and civil servants,
 * key a person. Its structure (Decree 137/2015 art. 13, Circular 07/2016 art. 7): a 3-digit code of
 * the province where the birth was registered, 1 digit for the century of birth and the sex, the
 * last 2 digits of the birth year, then 6 random digits. A cadre's record may lack it (old
 * records); when present it is unique among cadres, which the database's unique index enforces.
 */
public final class PersonalIdNumbers {

  /** The number of digits. */
  public static final int LENGTH = 12;

  private PersonalIdNumbers() {}

  /** The number as stored: without surrounding spaces; null for a blank text. */
  public static String normalised(String number) {
    return number == null || number.isBlank() ? null : number.strip();
  }

  /** Whether the text is exactly 12 digits 0–9. */
  public static boolean isWellFormed(String number) {
    if (number == null || number.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char ch = number.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The fourth digit, for the century of birth and the sex: 0 for a man born 1900–1999, 1 for a
   * woman; 2 and 3 for 2000–2099; and so on by century (4/5, 6/7, 8/9).
   *
   * @throws IllegalArgumentException for a year before 1900 or after 2399
   */
  public static int centuryAndSexDigit(Sex sex, int birthYear) {
    if (birthYear < 1900 || birthYear > 2399) {
      throw new IllegalArgumentException("birth year outside 1900–2399: " + birthYear);
    }
    return 2 * ((birthYear - 1900) / 100) + (sex == Sex.FEMALE ? 1 : 0);
  }
}
