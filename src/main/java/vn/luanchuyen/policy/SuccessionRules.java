package vn.luanchuyen.policy;

import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.shared.Term;

/**
 * The planning (quy hoạch) rules of a policy, as data (Quy định 50-QĐ/TW, 16-HD/BTCTW, 377-QĐ/TW).
 *
 * @param minRemainingMonthsAtTermStart working time a planned cadre must have left at the start of
 *     the term (one full term: 60)
 * @param termStartMonth the month of the start year from which the remaining time is counted
 * @param disciplineFrom the lightest discipline that blocks planning while in force
 * @param maxPostsPerLevel the most posts of one level one cadre may be planned for in a term
 * @param maxCadresPerPost the most cadres planned for one post in a term, or null for no limit
 * @param youngAgeYears a cadre younger than this many whole years counts as young
 * @param youngShareGoal the least share of young cadres in a term's pool, or null when the policy
 *     sets none (Quy định 377-QĐ/TW asks for an "appropriate" share without a number)
 * @param womenShareGoal the least share of women in a term's pool, or null when the policy sets
 *     none
 * @param terms the terms planned for, oldest first
 * @param disciplineWaitingMonths per discipline form, the months after its decision during which
 *     the cadre is not planned even when the discipline is no longer in force (Quy định 377-QĐ/TW:
 *     24 for a reprimand, 36 for a warning, 60 for removal from office); empty: none
 * @param ageGates the working time needed to enter a Party committee, People's Committee or Front
 *     post at its reference month (Chỉ thị 45-CT/TW); {@link AgeGates#NONE} when the policy has
 *     none
 */
public record SuccessionRules(
    int minRemainingMonthsAtTermStart,
    int termStartMonth,
    DisciplineForm disciplineFrom,
    int maxPostsPerLevel,
    Integer maxCadresPerPost,
    int youngAgeYears,
    Double youngShareGoal,
    Double womenShareGoal,
    java.util.List<Term> terms,
    java.util.Map<DisciplineForm, Integer> disciplineWaitingMonths,
    AgeGates ageGates) {

  /** Planning rules without the age gates of Chỉ thị 45-CT/TW. */
  public SuccessionRules(
      int minRemainingMonthsAtTermStart,
      int termStartMonth,
      DisciplineForm disciplineFrom,
      int maxPostsPerLevel,
      Integer maxCadresPerPost,
      int youngAgeYears,
      Double youngShareGoal,
      Double womenShareGoal,
      java.util.List<Term> terms,
      java.util.Map<DisciplineForm, Integer> disciplineWaitingMonths) {
    this(
        minRemainingMonthsAtTermStart,
        termStartMonth,
        disciplineFrom,
        maxPostsPerLevel,
        maxCadresPerPost,
        youngAgeYears,
        youngShareGoal,
        womenShareGoal,
        terms,
        disciplineWaitingMonths,
        AgeGates.NONE);
  }

  public SuccessionRules {
    ageGates = ageGates == null ? AgeGates.NONE : ageGates;
    terms = java.util.List.copyOf(terms);
    disciplineWaitingMonths =
        disciplineWaitingMonths == null
            ? java.util.Map.of()
            : java.util.Map.copyOf(disciplineWaitingMonths);
  }

  /**
   * The last day of the waiting period after a discipline of this form decided on that day, or null
   * when the policy sets no waiting period for the form.
   */
  public java.time.LocalDate waitingEnds(DisciplineForm form, java.time.LocalDate decidedOn) {
    Integer months = form == null ? null : disciplineWaitingMonths.get(form);
    return months == null || decidedOn == null ? null : decidedOn.plusMonths(months).minusDays(1);
  }
}
