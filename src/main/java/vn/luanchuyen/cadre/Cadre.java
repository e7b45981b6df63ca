package vn.luanchuyen.cadre;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.luanchuyen.shared.PartialDate;

/**
 * A managed cadre's record: the Mẫu 2C fields that rotation work uses. Places (birthplace,
 * hometown, residence) hold a locality code where the place is in the registry, otherwise free
 * text.
 *
 * @param birthDate the date of birth to its known precision; null when not recorded
 * @param otherNames other names the cadre is known by (Mẫu 2C: "các tên gọi khác")
 * @param generalEducation the general schooling completed, e.g. "12/12"
 * @param partyOfficialDate the day the cadre became a full Party member
 * @param awards the awards received, as the CV writes them
 * @param personalIdNumber the 12-digit personal identification number ({@link PersonalIdNumbers}),
 *     unique among cadres; null when not recorded (old records)
 * @param retirementOverride a retirement month that replaces the statutory one (early retirement or
 *     extension), or null
 * @param retirementOverrideReason why the override applies; required with an override
 * @param version the optimistic-locking version; 0 for a cadre not yet stored
 */
public record Cadre(
    String code,
    String fullName,
    Sex sex,
    PartialDate birthDate,
    String birthplace,
    String hometown,
    String permanentResidence,
    String ethnicity,
    String religion,
    String education,
    String politicalTheory,
    String stateManagement,
    String foreignLanguage,
    String itLevel,
    LocalDate partyJoinDate,
    String otherNames,
    String generalEducation,
    LocalDate partyOfficialDate,
    String awards,
    String personalIdNumber,
    YearMonth retirementOverride,
    String retirementOverrideReason,
    long version) {

  /** A record without a personal identification number (an old record). */
  public Cadre(
      String code,
      String fullName,
      Sex sex,
      PartialDate birthDate,
      String birthplace,
      String hometown,
      String permanentResidence,
      String ethnicity,
      String religion,
      String education,
      String politicalTheory,
      String stateManagement,
      String foreignLanguage,
      String itLevel,
      LocalDate partyJoinDate,
      String otherNames,
      String generalEducation,
      LocalDate partyOfficialDate,
      String awards,
      YearMonth retirementOverride,
      String retirementOverrideReason,
      long version) {
    this(
        code,
        fullName,
        sex,
        birthDate,
        birthplace,
        hometown,
        permanentResidence,
        ethnicity,
        religion,
        education,
        politicalTheory,
        stateManagement,
        foreignLanguage,
        itLevel,
        partyJoinDate,
        otherNames,
        generalEducation,
        partyOfficialDate,
        awards,
        null,
        retirementOverride,
        retirementOverrideReason,
        version);
  }

  /**
   * A record without the personal-history fields that only the printed form uses (other names,
   * general education, full Party membership, awards).
   */
  public Cadre(
      String code,
      String fullName,
      Sex sex,
      PartialDate birthDate,
      String birthplace,
      String hometown,
      String permanentResidence,
      String ethnicity,
      String religion,
      String education,
      String politicalTheory,
      String stateManagement,
      String foreignLanguage,
      String itLevel,
      LocalDate partyJoinDate,
      YearMonth retirementOverride,
      String retirementOverrideReason,
      long version) {
    this(
        code,
        fullName,
        sex,
        birthDate,
        birthplace,
        hometown,
        permanentResidence,
        ethnicity,
        religion,
        education,
        politicalTheory,
        stateManagement,
        foreignLanguage,
        itLevel,
        partyJoinDate,
        null,
        null,
        null,
        null,
        null,
        retirementOverride,
        retirementOverrideReason,
        version);
  }

  /** The same record under another full name (a correction of the CV). */
  public Cadre withFullName(String newFullName) {
    return new Cadre(
        code,
        newFullName,
        sex,
        birthDate,
        birthplace,
        hometown,
        permanentResidence,
        ethnicity,
        religion,
        education,
        politicalTheory,
        stateManagement,
        foreignLanguage,
        itLevel,
        partyJoinDate,
        otherNames,
        generalEducation,
        partyOfficialDate,
        awards,
        personalIdNumber,
        retirementOverride,
        retirementOverrideReason,
        version);
  }

  /** The same record with another personal identification number (null: none recorded). */
  public Cadre withPersonalIdNumber(String number) {
    return new Cadre(
        code,
        fullName,
        sex,
        birthDate,
        birthplace,
        hometown,
        permanentResidence,
        ethnicity,
        religion,
        education,
        politicalTheory,
        stateManagement,
        foreignLanguage,
        itLevel,
        partyJoinDate,
        otherNames,
        generalEducation,
        partyOfficialDate,
        awards,
        number,
        retirementOverride,
        retirementOverrideReason,
        version);
  }
}
