package vn.luanchuyen.succession;

import vn.luanchuyen.cadre.DisciplineForm;

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
 * @param youngShareGoal the least share of young cadres in a term's pool
 * @param womenShareGoal the least share of women in a term's pool
 * @param terms the terms planned for, oldest first
 */
public record SuccessionRules(
    int minRemainingMonthsAtTermStart,
    int termStartMonth,
    DisciplineForm disciplineFrom,
    int maxPostsPerLevel,
    Integer maxCadresPerPost,
    int youngAgeYears,
    double youngShareGoal,
    double womenShareGoal,
    java.util.List<Term> terms) {

  public SuccessionRules {
    terms = java.util.List.copyOf(terms);
  }
}
