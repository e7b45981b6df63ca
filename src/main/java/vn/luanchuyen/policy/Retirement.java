package vn.luanchuyen.policy;

import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A cadre's retirement: the month at whose end the cadre retires, and the age then.
 *
 * @param month the retirement month
 * @param age the age at retirement in years and months, or null when an override replaced the
 *     statutory month and the birth date is unknown
 * @param overridden whether a per-cadre decision replaced the statutory month
 * @param overrideReason why, when overridden; otherwise null
 */
public record Retirement(YearMonth month, Period age, boolean overridden, String overrideReason) {

  /** Months from the reference month to the retirement month; negative once retired. */
  public long remainingMonthsAt(YearMonth reference) {
    return ChronoUnit.MONTHS.between(reference, month);
  }
}
