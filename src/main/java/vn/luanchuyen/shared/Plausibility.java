package vn.luanchuyen.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one home of the bounds a typed or imported value must keep to be believed: birth dates, Party
 * admission, assessment years and periods. The import check, the API and the forms all call these
 * methods; each returns the problem with the field it concerns, or nothing. Today is an input, so
 * the rules read no clock.
 *
 * <p>The bounds are sanity limits on data entry, not rotation policy (which lives in {@code
 * policies/*.yaml}): a value outside them is a typing mistake in every policy.
 */
public final class Plausibility {
  /**
   * No managed cadre is born before 1930: the retirement age has never passed 62, so anyone born
   * earlier left service before 1995, long before the oldest records this registry keeps.
   */
  public static final int EARLIEST_BIRTH_YEAR = 1930;

  /**
   * A cadre is an adult: born at least 18 years before the day the record is typed (the Labour Code
   * 2019 and the Law on Cadres and Civil Servants recruit from 18).
   */
  public static final int ADULT_AGE_YEARS = 18;

  /**
   * The Party charter admits members from 18; wartime records show admissions a little younger, so
   * an admission before the 16th birthday is taken as a typing mistake.
   */
  public static final int EARLIEST_PARTY_AGE_YEARS = 16;

  /** Annual assessments of the state's cadres began with the state: 1945. */
  public static final int EARLIEST_ASSESSMENT_YEAR = 1945;

  private Plausibility() {}

  /** A birth date before 1930, or less than 18 years before today, cannot be a serving cadre's. */
  public static Optional<FieldProblem> birthDate(String field, PartialDate birth, LocalDate today) {
    if (birth == null) {
      return Optional.empty();
    }
    if (birth.date().getYear() < EARLIEST_BIRTH_YEAR) {
      return Optional.of(
          new FieldProblem(field, "input.birth.tooEarly", birth, EARLIEST_BIRTH_YEAR));
    }
    LocalDate latest = today.minusYears(ADULT_AGE_YEARS);
    if (birth.date().isAfter(latest)) {
      return Optional.of(
          new FieldProblem(field, "input.birth.underAge", birth, ADULT_AGE_YEARS, latest));
    }
    return Optional.empty();
  }

  /**
   * A Party admission after today, before birth, or before the 16th birthday cannot be right. With
   * a birth known only to the month or year, the earliest day it allows counts.
   */
  public static Optional<FieldProblem> partyJoinDate(
      String field, LocalDate joined, PartialDate birth, LocalDate today) {
    if (joined == null) {
      return Optional.empty();
    }
    if (joined.isAfter(today)) {
      return Optional.of(new FieldProblem(field, "input.party.future", joined, today));
    }
    if (birth == null) {
      return Optional.empty();
    }
    if (joined.isBefore(birth.date())) {
      return Optional.of(new FieldProblem(field, "input.party.beforeBirth", joined, birth));
    }
    if (joined.isBefore(birth.date().plusYears(EARLIEST_PARTY_AGE_YEARS))) {
      return Optional.of(
          new FieldProblem(field, "input.party.tooYoung", joined, birth, EARLIEST_PARTY_AGE_YEARS));
    }
    return Optional.empty();
  }

  /** An assessment year is from 1945 to this year. */
  public static Optional<FieldProblem> assessmentYear(String field, int year, LocalDate today) {
    if (year < EARLIEST_ASSESSMENT_YEAR || year > today.getYear()) {
      return Optional.of(
          new FieldProblem(
              field, "input.assessment.year", year, EARLIEST_ASSESSMENT_YEAR, today.getYear()));
    }
    return Optional.empty();
  }

  /**
   * A period (a stay, a term, a course, a filter) whose end is before its start; the problem is the
   * end's. An open end or start is no problem.
   */
  public static Optional<FieldProblem> period(String endField, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      return Optional.of(new FieldProblem(endField, "input.period.endBeforeStart", end, start));
    }
    return Optional.empty();
  }

  /** A text with hidden characters ({@link PlainText#hasHiddenControls}). */
  public static Optional<FieldProblem> text(String field, String text) {
    if (PlainText.hasHiddenControls(text)) {
      return Optional.of(new FieldProblem(field, "input.text.hidden"));
    }
    return Optional.empty();
  }

  /** A text longer than its column keeps. */
  public static Optional<FieldProblem> length(String field, String text, int max) {
    if (text != null && text.length() > max) {
      return Optional.of(new FieldProblem(field, "input.text.tooLong", text.length(), max));
    }
    return Optional.empty();
  }

  /** A code that is none ({@link PlainText#isCode}: {@code -1}, {@code CB 0002 <x>}). */
  public static Optional<FieldProblem> code(String field, String code) {
    if (code != null && !code.isEmpty() && !PlainText.isCode(code)) {
      return Optional.of(new FieldProblem(field, "input.code.malformed", code));
    }
    return Optional.empty();
  }
}
