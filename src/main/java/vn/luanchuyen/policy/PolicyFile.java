package vn.luanchuyen.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.policy.Policy.Comparison;
import vn.luanchuyen.policy.Policy.Destination;
import vn.luanchuyen.policy.Policy.LocalEvidence;
import vn.luanchuyen.policy.Policy.TargetKind;

/**
 * A policy file as written, bound from YAML by Jackson: one record per section, every field boxed
 * so that a missing one is null. Jackson refuses unknown keys and values of the wrong type; {@link
 * PolicyBinding} checks the rest in one pass and builds the {@link Policy}.
 */
record PolicyFile(
    String id,
    String family,
    String name,
    Integer version,
    RangeFile effective,
    String procedure,
    List<PhaseFile> phases,
    Map<String, RuleFile> rules,
    ThresholdsFile thresholds,
    EligibilityFile eligibility,
    LocalFile local,
    List<String> grassrootsLevels,
    RetirementFile retirement,
    List<TargetFile> targets,
    PlanningFile planning,
    List<FormFile> forms,
    SuccessionFile succession,
    List<SourceFile> sources) {

  record RangeFile(LocalDate from, LocalDate to) {}

  record PhaseFile(String id, String name, LocalDate from, LocalDate to) {}

  record RuleFile(Boolean enabled, List<String> phases) {}

  record ThresholdsFile(
      Integer headTenureMonths,
      Integer deputyTenureMonths,
      Integer remainingTimeMonths,
      ExceptionFile remainingTimeException,
      Integer youngAgeYears,
      Integer maxGapDays,
      Integer retirementFloorMonths,
      Boolean tenureAcrossMergers) {}

  record ExceptionFile(Boolean enabled, Integer months, List<String> roles) {}

  record EligibilityFile(
      Boolean requirePlanning,
      Boolean excludeDiscipline,
      DisciplineForm disciplineMinimumForm,
      Boolean excludeFailedAssessment,
      AssessmentGrade failedGrade,
      Integer failedAssessmentYears) {}

  record LocalFile(List<LocalEvidence> evidence) {}

  record RetirementFile(AgeFile men, AgeFile women) {}

  record AgeFile(
      Integer baseYear, Integer baseAgeMonths, Integer stepMonthsPerYear, Integer finalAgeMonths) {}

  /**
   * A target; its scope is written either as one value ({@code level}) or a list ({@code levels}).
   */
  record TargetFile(
      String id,
      String name,
      TargetKind kind,
      List<String> roles,
      String level,
      List<String> levels,
      String unitType,
      List<String> unitTypes,
      Double goal,
      Comparison comparison,
      LocalDate deadline,
      String basis,
      Boolean verified) {}

  record PlanningFile(
      Boolean promotionAllowed,
      Integer returnBanYears,
      String nonLocalTarget,
      Boolean nonLocalRequired,
      String deputiesTarget,
      Map<String, Map<String, Integer>> roleGrades,
      Map<String, Integer> weights) {}

  record FormFile(
      AssignmentForm form,
      Boolean enabled,
      String basis,
      List<String> appliesTo,
      Boolean requirePlanning,
      Boolean requireRemainingTime,
      Boolean requireStanding,
      List<Destination> destinations,
      Boolean promotion,
      List<String> levels,
      List<String> roles) {}

  record SuccessionFile(
      Integer minRemainingMonthsAtTermStart,
      Integer termStartMonth,
      DisciplineForm disciplineFrom,
      Integer maxPostsPerLevel,
      Integer maxCadresPerPost,
      Integer youngAgeYears,
      Double youngShareGoal,
      Double womenShareGoal,
      List<String> terms,
      Map<String, Integer> disciplineWaitingMonths,
      AgeGatesFile ageGates) {}

  /** Chỉ thị 45-CT/TW: the working time needed to enter a body, at its reference month. */
  record AgeGatesFile(Integer firstEntryMonths, Integer reElectionMonths, List<GateFile> posts) {}

  record GateFile(
      String id,
      String name,
      List<String> roles,
      List<String> levels,
      List<String> unitTypes,
      YearMonth referenceMonth) {}

  record SourceFile(
      String key, String basis, Boolean verified, LocalDate from, LocalDate to, String note) {}
}
