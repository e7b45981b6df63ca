package vn.luanchuyen.succession;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.policy.AgeGates;
import vn.luanchuyen.policy.SuccessionRules;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.Reason;

/**
 * The gates a cadre passes to enter a term's pool, each a named check returning a reason when it
 * fails; every failure is reported, not only the first. Plain Java: the facts come in as arguments.
 */
public final class SuccessionGates {

  private SuccessionGates() {}

  /**
   * The facts about one candidate.
   *
   * @param retirement the cadre's retirement month, or null when unknown
   * @param disciplines the cadre's disciplinary decisions
   * @param cadreEntries the cadre's entries in the term (excluding the one being checked)
   * @param postEntries the term's entries for the same role and unit (excluding the one checked)
   * @param unitLevels the level code of each unit, to count posts of one level
   * @param unitTypes the type code of each unit, to find a post's age gate
   * @param held the seats the cadre holds on the day, to tell a re-election from a first entry
   * @param born the cadre's birth date as recorded (shown in the age gate's reason), or null
   */
  public record Candidate(
      SuccessionEntry wanted,
      YearMonth retirement,
      List<Discipline> disciplines,
      List<SuccessionEntry> cadreEntries,
      List<SuccessionEntry> postEntries,
      Map<String, String> unitLevels,
      Map<String, String> unitTypes,
      List<HeldSeat> held,
      PartialDate born) {

    /** A candidate whose units' types and held seats are not known (no age gate applies). */
    public Candidate(
        SuccessionEntry wanted,
        YearMonth retirement,
        List<Discipline> disciplines,
        List<SuccessionEntry> cadreEntries,
        List<SuccessionEntry> postEntries,
        Map<String, String> unitLevels) {
      this(
          wanted,
          retirement,
          disciplines,
          cadreEntries,
          postEntries,
          unitLevels,
          Map.of(),
          List.of(),
          null);
    }
  }

  /** A seat a cadre holds: its role in a unit. */
  public record HeldSeat(String roleKey, String unitCode) {}

  /** Every gate the candidate fails on the day, as reasons; empty when all pass. */
  public static List<Reason> check(SuccessionRules rules, Candidate c, LocalDate day) {
    List<Reason> failed = new ArrayList<>();
    remainingTimeAtTermStart(rules, c).ifPresent(failed::add);
    noDisciplineInForce(rules, c, day).ifPresent(failed::add);
    disciplineWaitingPeriod(rules, c, day).ifPresent(failed::add);
    postsPerLevel(rules, c).ifPresent(failed::add);
    cadresPerPost(rules, c).ifPresent(failed::add);
    ageGate(rules, c).ifPresent(failed::add);
    return failed;
  }

  /**
   * Chỉ thị 45-CT/TW: a cadre planned for a Party committee, People's Committee or Front post has,
   * at the reference month of that body's congress or election, one full term of working time left
   * for a first entry, or the re-election months when the cadre already holds a post the same gate
   * covers in the unit (in any unit, when the entry names none). An unknown retirement is the
   * remaining-time gate's reason.
   */
  static java.util.Optional<Reason> ageGate(SuccessionRules rules, Candidate c) {
    String unit = c.wanted().unitCode();
    String level = unit == null ? null : c.unitLevels().get(unit);
    String type = unit == null ? null : c.unitTypes().get(unit);
    java.util.Optional<AgeGates.Gate> gate =
        rules.ageGates().gateFor(c.wanted().roleKey(), level, type);
    if (gate.isEmpty() || c.retirement() == null) {
      return java.util.Optional.empty();
    }
    boolean reElection =
        c.held().stream()
            .anyMatch(
                h ->
                    (unit == null || unit.equals(h.unitCode()))
                        && gate.get()
                            .covers(
                                h.roleKey(),
                                c.unitLevels().get(h.unitCode()),
                                c.unitTypes().get(h.unitCode())));
    return rules
        .ageGates()
        .shortfall(gate.get(), c.retirement(), reElection)
        .map(
            s ->
                new Reason(
                    s.reElection() ? "age-gate-re-election" : "age-gate",
                    s.reElection()
                        ? "succession.gate.age-gate-re-election"
                        : "succession.gate.age-gate",
                    Map.of(
                        "born",
                        c.born() == null ? "–" : c.born().format(),
                        "retirementMonth",
                        s.retirementMonth(),
                        "referenceMonth",
                        s.gate().referenceMonth(),
                        "body",
                        s.gate().name(),
                        "years",
                        Math.max(0, s.remainingMonths()) / 12,
                        "months",
                        Math.max(0, s.remainingMonths()) % 12,
                        "required",
                        s.requiredMonths())));
  }

  /**
   * 50-QĐ/TW: a cadre planned for a term can serve two terms, at least one full term, counted at
   * the start of the term with the retirement month.
   */
  static java.util.Optional<Reason> remainingTimeAtTermStart(SuccessionRules rules, Candidate c) {
    YearMonth start = YearMonth.of(c.wanted().term().startYear(), rules.termStartMonth());
    if (c.retirement() == null) {
      return java.util.Optional.of(
          new Reason("retirement-unknown", "succession.gate.retirement-unknown", Map.of()));
    }
    long months = ChronoUnit.MONTHS.between(start, c.retirement());
    if (months < 0) {
      return java.util.Optional.of(
          new Reason(
              "retired-before-term",
              "succession.gate.retired-before-term",
              Map.of("termStart", start, "retirementMonth", c.retirement())));
    }
    if (months < rules.minRemainingMonthsAtTermStart()) {
      return java.util.Optional.of(
          new Reason(
              "remaining-time",
              "succession.gate.remaining-time",
              Map.of(
                  "months",
                  months,
                  "required",
                  rules.minRemainingMonthsAtTermStart(),
                  "termStart",
                  start,
                  "retirementMonth",
                  c.retirement())));
    }
    return java.util.Optional.empty();
  }

  /** 50-QĐ/TW: a cadre disciplined at reprimand or above, while it is in force, is not planned. */
  static java.util.Optional<Reason> noDisciplineInForce(
      SuccessionRules rules, Candidate c, LocalDate day) {
    for (Discipline d : c.disciplines()) {
      if (d.form() != null
          && d.decidedOn() != null
          && d.form().ordinal() >= rules.disciplineFrom().ordinal()
          && d.inForceOn(day)) {
        return java.util.Optional.of(
            new Reason(
                "discipline",
                "succession.gate.discipline",
                Map.of("form", d.form(), "decidedOn", d.decidedOn())));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * 377-QĐ/TW: after a discipline the cadre is not planned until its waiting period (months from
   * the decision, by form) has passed; a discipline still in force is the gate above's.
   */
  static java.util.Optional<Reason> disciplineWaitingPeriod(
      SuccessionRules rules, Candidate c, LocalDate day) {
    for (Discipline d : c.disciplines()) {
      java.time.LocalDate ends = rules.waitingEnds(d.form(), d.decidedOn());
      if (ends != null && !d.inForceOn(day) && !day.isBefore(d.decidedOn()) && !day.isAfter(ends)) {
        return java.util.Optional.of(
            new Reason(
                "discipline-waiting",
                "succession.gate.discipline-waiting",
                Map.of(
                    "form",
                    d.form(),
                    "decidedOn",
                    d.decidedOn(),
                    "months",
                    rules.disciplineWaitingMonths().get(d.form()),
                    "until",
                    ends)));
      }
    }
    return java.util.Optional.empty();
  }

  /** 50-QĐ/TW: one cadre is planned for at most N posts of one level in a term. */
  static java.util.Optional<Reason> postsPerLevel(SuccessionRules rules, Candidate c) {
    String level = c.unitLevels().get(c.wanted().unitCode());
    long same =
        c.cadreEntries().stream()
            .filter(e -> e.term().equals(c.wanted().term()))
            .filter(e -> Objects.equals(c.unitLevels().get(e.unitCode()), level))
            .count();
    if (same + 1 > rules.maxPostsPerLevel()) {
      return java.util.Optional.of(
          new Reason(
              "posts-per-level",
              "succession.gate.posts-per-level",
              Map.of("count", same, "max", rules.maxPostsPerLevel())));
    }
    return java.util.Optional.empty();
  }

  /** 377-QĐ/TW, where the policy adopts it: at most N cadres are planned for one post. */
  static java.util.Optional<Reason> cadresPerPost(SuccessionRules rules, Candidate c) {
    if (rules.maxCadresPerPost() == null) {
      return java.util.Optional.empty();
    }
    long planned =
        c.postEntries().stream()
            .filter(e -> e.term().equals(c.wanted().term()))
            .filter(e -> e.roleKey().equals(c.wanted().roleKey()))
            .filter(e -> Objects.equals(e.unitCode(), c.wanted().unitCode()))
            .filter(e -> !e.cadreCode().equals(c.wanted().cadreCode()))
            .count();
    if (planned + 1 > rules.maxCadresPerPost()) {
      return java.util.Optional.of(
          new Reason(
              "cadres-per-post",
              "succession.gate.cadres-per-post",
              Map.of("count", planned, "max", rules.maxCadresPerPost())));
    }
    return java.util.Optional.empty();
  }
}
