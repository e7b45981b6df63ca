package vn.luanchuyen.shared;

/** How much of a recorded date is known: the whole day, only the month, or only the year. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
