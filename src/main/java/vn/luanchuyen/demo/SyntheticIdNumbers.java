package vn.luanchuyen.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.PersonalIdNumbers;

/**
 * Synthetic personal identification numbers for the demo cadres. They have the structure of a real
 * number ({@link PersonalIdNumbers}): a province code of birth registration (mostly Hà Nội's, 001;
 * otherwise one of its neighbours'), the century-and-sex digit and the birth year of the cadre's
 * record, then six digits that look random. They are invented: the last six digits are a scrambled
 * counter, not anyone's number. Within one demo they are unique: each prefix (province, century and
 * sex, year) counts its cadres, and multiplying the count by a number prime to 10 and adding an
 * offset (per demo and per prefix), modulo a million, gives each a different six digits.
 *
 * <p>A few cadres are left without a number, as old records are, and so is a cadre whose birth date
 * is not recorded. The draws use their own random stream, so the rest of the demo is the same as it
 * was before numbers were added.
 */
final class SyntheticIdNumbers {

  /** Hà Nội, where the demo's units are. */
  private static final String HOME_PROVINCE = "001";

  /**
   * Provinces around the Red River delta, for cadres born elsewhere: Quảng Ninh, Hải Dương, Thái
   * Bình, Hà Nam, Nam Định, Ninh Bình, Thanh Hóa, Nghệ An.
   */
  private static final String[] OTHER_PROVINCES = {
    "022", "030", "034", "035", "036", "037", "038", "040"
  };

  /** Per mille of cadres without a number (old records). */
  private static final int WITHOUT_NUMBER = 30;

  private static final int SERIALS = 1_000_000;

  private final SplittableRandom random;
  private final long multiplier;
  private final long offset;
  private final Map<String, Integer> issued = new HashMap<>();

  SyntheticIdNumbers(long seed) {
    this.random = new SplittableRandom(seed ^ 0x5D1D_2026L);
    long m = 100_003 + 2L * random.nextInt(400_000);
    while (m % 5 == 0) {
      m += 2;
    }
    this.multiplier = m;
    this.offset = random.nextInt(SERIALS);
  }

  /** The cadres, in the same order, each with a synthetic number or (a few) none. */
  List<Cadre> numbered(List<Cadre> cadres) {
    List<Cadre> out = new ArrayList<>(cadres.size());
    for (Cadre c : cadres) {
      out.add(c.withPersonalIdNumber(next(c)));
    }
    return out;
  }

  private String next(Cadre c) {
    int draw = random.nextInt(1000);
    if (c.birthDate() == null || draw < WITHOUT_NUMBER) {
      return null;
    }
    int year = c.birthDate().date().getYear();
    String province =
        random.nextInt(100) < 85
            ? HOME_PROVINCE
            : OTHER_PROVINCES[random.nextInt(OTHER_PROVINCES.length)];
    String prefix =
        province
            + PersonalIdNumbers.centuryAndSexDigit(c.sex(), year)
            + "%02d".formatted(year % 100);
    int count = issued.merge(prefix, 1, Integer::sum) - 1;
    if (count >= SERIALS) {
      return null;
    }
    // a shift per prefix, so that the first cadres of two prefixes do not share their six digits
    long shift = Math.floorMod(prefix.hashCode() * 2_654_435_761L, SERIALS);
    long serial = (count * multiplier + offset + shift) % SERIALS;
    return prefix + "%06d".formatted(serial);
  }
}
