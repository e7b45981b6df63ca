package vn.luanchuyen.policy;

import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.shared.PartialDate;

/**
 * Normal retirement age by calendar year (Labour Code 2019 art. 169, Decree 135/2020): a cadre
 * retires at the end of the first month in which the age reached is at least the age required in
 * that month's year. Ages are counted in whole months from the birth month; a birth year alone
 * counts as January. The numbers come from the policy.
 */
public record RetirementSchedule(AgeSchedule men, AgeSchedule women) {

  /** Shared month and age values, so a million retirements do not each carry their own. */
  private static final int FIRST_CACHED_YEAR = 1900;

  private static final YearMonth[] MONTHS = new YearMonth[12 * 300];
  private static final Period[] AGES = new Period[12 * 100];

  static {
    for (int k = 0; k < MONTHS.length; k++) {
      MONTHS[k] = YearMonth.of(FIRST_CACHED_YEAR + k / 12, k % 12 + 1);
    }
    for (int k = 0; k < AGES.length; k++) {
      AGES[k] = Period.of(k / 12, k % 12, 0);
    }
  }

  public RetirementSchedule {
    Objects.requireNonNull(men, "men");
    Objects.requireNonNull(women, "women");
  }

  /**
   * The required age, in months, for one sex by calendar year: the base age up to and including the
   * base year, then a step a year until the final age.
   */
  public record AgeSchedule(
      int baseYear, int baseAgeMonths, int stepMonthsPerYear, int finalAgeMonths) {

    public int requiredAgeMonths(int year) {
      if (year <= baseYear) {
        return baseAgeMonths;
      }
      long raised = baseAgeMonths + (long) stepMonthsPerYear * (year - baseYear);
      return (int) Math.min(finalAgeMonths, raised);
    }
  }

  public AgeSchedule forSex(Sex sex) {
    return sex == Sex.MALE ? men : women;
  }

  /** The statutory retirement month of a person of this sex born in the given month. */
  public YearMonth retirementMonth(Sex sex, PartialDate birth) {
    return toYearMonth(retirementIndex(forSex(sex), monthIndex(birth)));
  }

  /**
   * The cadre's retirement: the override when one is recorded, otherwise the statutory month; empty
   * when there is no override and the sex or birth date is missing.
   */
  public Optional<Retirement> retirementOf(Cadre cadre) {
    return Optional.ofNullable(retirementOrNull(cadre));
  }

  /** As {@link #retirementOf}, null when it cannot be computed. */
  public Retirement retirementOrNull(Cadre cadre) {
    PartialDate birth = cadre.birthDate();
    if (cadre.retirementOverride() != null) {
      Period age =
          birth == null ? null : ageBetween(monthIndex(birth), index(cadre.retirementOverride()));
      return new Retirement(
          cadre.retirementOverride(), age, true, cadre.retirementOverrideReason());
    }
    if (birth == null || cadre.sex() == null) {
      return null;
    }
    return computed(cadre.sex(), monthIndex(birth));
  }

  /**
   * Remembers the statutory retirement of each sex and birth month once computed, for one screening
   * run: a million cadres share a few thousand birth months. Overrides and missing data are not
   * remembered. Safe to share between threads (a value computed twice is equal).
   */
  public final class Remembered {
    private static final int FIRST_YEAR = 1900;
    private static final int MONTHS = 12 * 250;
    private final Retirement[] men = new Retirement[MONTHS];
    private final Retirement[] women = new Retirement[MONTHS];

    /** As {@link RetirementSchedule#retirementOf}, null when it cannot be computed. */
    public Retirement retirementOrNull(Cadre cadre) {
      PartialDate birth = cadre.birthDate();
      if (cadre.retirementOverride() != null || birth == null || cadre.sex() == null) {
        return RetirementSchedule.this.retirementOrNull(cadre);
      }
      return retirement(cadre.sex(), monthIndex(birth));
    }

    /**
     * The retirement of a cadre of the sex born in the month ({@code 12 * year + month - 1})
     * without an override, remembered per sex and month.
     */
    public Retirement retirement(Sex sex, int bornMonth) {
      int k = bornMonth - 12 * FIRST_YEAR;
      if (k < 0 || k >= MONTHS) {
        return computed(sex, bornMonth);
      }
      Retirement[] known = sex == Sex.MALE ? men : women;
      Retirement r = known[k];
      if (r == null) {
        r = computed(sex, bornMonth);
        known[k] = r;
      }
      return r;
    }
  }

  /** The retirement of a cadre of the sex born in the month, without an override. */
  private Retirement computed(Sex sex, int born) {
    int retires = retirementIndex(forSex(sex), born);
    return new Retirement(toYearMonth(retires), ageBetween(born, retires), false, null);
  }

  /** The month index ({@code 12 * year + month - 1}) of a birth date, as retirement counts it. */
  public static int bornMonth(PartialDate birth) {
    return monthIndex(birth);
  }

  private static int retirementIndex(AgeSchedule schedule, int born) {
    int lowest = Math.min(schedule.baseAgeMonths(), schedule.finalAgeMonths());
    int t = born + lowest;
    while (t - born < schedule.requiredAgeMonths(Math.floorDiv(t, 12))) {
      t++;
    }
    return t;
  }

  private static Period ageBetween(int born, int at) {
    int months = at - born;
    if (months >= 0 && months < AGES.length) {
      return AGES[months];
    }
    return Period.of(Math.floorDiv(months, 12), Math.floorMod(months, 12), 0);
  }

  private static int monthIndex(PartialDate birth) {
    return 12 * birth.date().getYear() + (birth.date().getMonthValue() - 1);
  }

  private static int index(YearMonth month) {
    return 12 * month.getYear() + (month.getMonthValue() - 1);
  }

  private static YearMonth toYearMonth(int index) {
    int cached = index - 12 * FIRST_CACHED_YEAR;
    if (cached >= 0 && cached < MONTHS.length) {
      return MONTHS[cached];
    }
    return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
  }
}
