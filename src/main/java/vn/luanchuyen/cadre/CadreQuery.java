package vn.luanchuyen.cadre;

import java.time.LocalDate;

/**
 * A search of the cadre list. Every criterion is optional (null means any); unit, block and level
 * look at the seats held on {@code asOf}.
 *
 * @param text part of the name (diacritics ignored) or of the code
 */
public record CadreQuery(
    String text,
    String unitCode,
    String blockCode,
    String levelCode,
    Sex sex,
    AgeBand ageBand,
    LocalDate asOf) {

  public static CadreQuery all(LocalDate asOf) {
    return new CadreQuery(null, null, null, null, null, null, asOf);
  }
}
