package vn.luanchuyen.approval;

/** What a step requires before it can be completed. */
public enum Requirement {
  /** A comment on the step. */
  COMMENT("comment"),
  /** The units consulted. */
  UNITS_CONSULTED("unitsConsulted"),
  /** The written appraisal. */
  APPRAISAL("appraisal"),
  /** The meeting with the cadre and the cadre's wishes. */
  CADRE_MEETING("cadreMeeting"),
  /** A confirmed secret-ballot tally that passed, for every candidate (deciding step). */
  BALLOT_PASSED("ballotPassed");

  private final String yamlName;

  Requirement(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  static Requirement ofYaml(String name) {
    for (Requirement r : values()) {
      if (r.yamlName.equals(name)) {
        return r;
      }
    }
    return null;
  }
}
