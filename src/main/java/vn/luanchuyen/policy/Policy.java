package vn.luanchuyen.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.organisation.Localities;

/**
 * A rotation policy as versioned data: which rules apply when, with which thresholds, who counts as
 * local, which levels are grassroots, the statutory retirement schedule, and the targets to reach.
 * Read from YAML by {@link PolicyLoader}; nothing here is a constant in code.
 *
 * @param id a stable id, e.g. {@code hadong-2022}
 * @param name the policy's Vietnamese name
 * @param version the version of this policy text, from 1
 * @param effective the days the policy is in force
 * @param procedure the id of the approval procedure it uses, e.g. {@code hadong-4-steps}
 * @param phases named sub-periods that rules may be limited to
 * @param rules the rules switched on or off, keyed by rule
 * @param thresholds the numbers the rules compare against
 * @param eligibility the standing conditions for being rotated
 * @param local which recorded places make a cadre local to a unit's locality
 * @param grassrootsLevels the unit level codes that count as ward/grassroots
 * @param retirement the statutory retirement schedule
 * @param targets the share and ratio targets to measure
 * @param planning how rotation plans are drawn up under the policy; {@link Planning#NONE} when the
 *     policy file has no {@code planning} section
 * @param forms the legal forms of a move (rotation, transfer, position change), their conditions
 *     and the order the policy prefers them in
 * @param succession the planning (quy hoạch) rules, or null when the policy has none
 * @param sources where the policy's values come from: per key of the file, the legal text, whether
 *     the value was confirmed from an official text, and the days it applies; shown with the policy
 * @param family the policy whose versions this file is one of; two versions of one family may not
 *     be in force on the same day. The id when the file names no family
 */
public record Policy(
    String id,
    String name,
    int version,
    DateRange effective,
    String procedure,
    List<Phase> phases,
    Map<RuleId, RuleSetting> rules,
    Thresholds thresholds,
    Eligibility eligibility,
    LocalDefinition local,
    Set<String> grassrootsLevels,
    RetirementSchedule retirement,
    List<TargetDefinition> targets,
    Planning planning,
    MoveForms forms,
    SuccessionRules succession,
    List<Source> sources,
    String family) {

  /** A policy that is its own family (the file names none). */
  public Policy(
      String id,
      String name,
      int version,
      DateRange effective,
      String procedure,
      List<Phase> phases,
      Map<RuleId, RuleSetting> rules,
      Thresholds thresholds,
      Eligibility eligibility,
      LocalDefinition local,
      Set<String> grassrootsLevels,
      RetirementSchedule retirement,
      List<TargetDefinition> targets,
      Planning planning,
      MoveForms forms,
      SuccessionRules succession,
      List<Source> sources) {
    this(
        id,
        name,
        version,
        effective,
        procedure,
        phases,
        rules,
        thresholds,
        eligibility,
        local,
        grassrootsLevels,
        retirement,
        targets,
        planning,
        forms,
        succession,
        sources,
        id);
  }

  public Policy {
    family = family == null ? id : family;
    sources = sources == null ? List.of() : List.copyOf(sources);
    planning = planning == null ? Planning.NONE : planning;
    Objects.requireNonNull(forms, "forms");
    phases = List.copyOf(phases);
    rules = Map.copyOf(rules);
    grassrootsLevels = ordered(grassrootsLevels);
    targets = List.copyOf(targets);
  }

  /**
   * Whether the rule is switched on and, if it is limited to phases, one of them covers the day.
   */
  public boolean ruleInForce(RuleId rule, LocalDate day) {
    RuleSetting setting = rules.get(rule);
    if (setting == null || !setting.enabled()) {
      return false;
    }
    if (setting.phases().isEmpty()) {
      return true;
    }
    return phases.stream()
        .filter(p -> setting.phases().contains(p.id()))
        .anyMatch(p -> p.range().contains(day));
  }

  /** Whether the rule is switched on at all, in any phase. */
  public boolean ruleEnabled(RuleId rule) {
    RuleSetting setting = rules.get(rule);
    return setting != null && setting.enabled();
  }

  /** The phases a rule is limited to, in policy order; empty if it applies throughout. */
  public List<Phase> phasesOf(RuleId rule) {
    RuleSetting setting = rules.get(rule);
    if (setting == null) {
      return List.of();
    }
    return phases.stream().filter(p -> setting.phases().contains(p.id())).toList();
  }

  /** The values of the policy not confirmed from an official text, in file order. */
  public List<Source> unverified() {
    return sources.stream().filter(s -> !s.verified()).toList();
  }

  public Optional<TargetDefinition> target(String targetId) {
    return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
  }

  /**
   * Days from {@code from} to {@code to}, both included.
   *
   * @param to the last day, or null when open-ended
   */
  public record DateRange(LocalDate from, LocalDate to) {
    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
      return (to == null || !to.isBefore(other.from))
          && (other.to == null || !other.to.isBefore(from));
    }
  }

  /**
   * The source of one value of the policy file.
   *
   * @param key the value's key in the file, dotted; list items by their id ({@code
   *     targets.non-local-commune-leaders}) or form ({@code forms.LUAN_CHUYEN})
   * @param basis the legal text, e.g. "Quy định 65-QĐ/TW, Điều 5"
   * @param verified false when the value was read from a secondary source and not confirmed from
   *     the official text
   * @param effective the days the rule applies, or null for the policy's own period
   * @param note what is uncertain, or null
   */
  public record Source(
      String key, String basis, boolean verified, DateRange effective, String note) {}

  /** A named sub-period of the policy, e.g. 2022–2023. */
  public record Phase(String id, String name, DateRange range) {}

  /**
   * Whether a rule is on, and the phases it is limited to (empty: the whole policy period).
   *
   * @param phases phase ids
   */
  public record RuleSetting(boolean enabled, List<String> phases) {
    public RuleSetting {
      phases = List.copyOf(phases);
    }
  }

  /**
   * The numbers the rules compare against; all comparisons are inclusive. A threshold whose rule is
   * off may be null.
   *
   * @param headTenureMonths continuous months in a head seat from which the head must move
   * @param deputyTenureMonths continuous months in a deputy seat from which the deputy must move
   * @param remainingTimeMonths months to retirement a rotated cadre needs
   * @param remainingTimeException the shorter time allowed for some moves
   * @param youngAgeYears a cadre younger than this many whole years counts as young
   * @param maxGapDays the longest break, in days without the seat, between two stays in one seat
   *     that still counts as one continuous run
   * @param retirementFloorMonths a cadre with fewer months than this to retirement at the move date
   *     is exempt from moving (the Board plans a successor instead); null: no floor
   * @param tenureAcrossMergers whether a run in a seat continues the run in the same role of a unit
   *     that merged into the seat's unit (the post continues through the merger)
   */
  public record Thresholds(
      Integer headTenureMonths,
      Integer deputyTenureMonths,
      Integer remainingTimeMonths,
      RemainingTimeException remainingTimeException,
      Integer youngAgeYears,
      int maxGapDays,
      Integer retirementFloorMonths,
      boolean tenureAcrossMergers) {

    /** Thresholds of a policy written before units merged: a merger starts a new run. */
    public Thresholds(
        Integer headTenureMonths,
        Integer deputyTenureMonths,
        Integer remainingTimeMonths,
        RemainingTimeException remainingTimeException,
        Integer youngAgeYears,
        int maxGapDays,
        Integer retirementFloorMonths) {
      this(
          headTenureMonths,
          deputyTenureMonths,
          remainingTimeMonths,
          remainingTimeException,
          youngAgeYears,
          maxGapDays,
          retirementFloorMonths,
          false);
    }

    /**
     * Whether a cadre with this many months to retirement at the move date is within the retirement
     * floor, so exempt from moving. Unknown time is never within the floor.
     */
    public boolean withinRetirementFloor(Integer remainingMonths) {
      return retirementFloorMonths != null
          && remainingMonths != null
          && remainingMonths < retirementFloorMonths;
    }
  }

  /**
   * The older rule (kept as a switch) that a move under the non-local or two-term-head policy needs
   * only one term of working time left.
   *
   * @param enabled whether the exception applies
   * @param months the shorter remaining time it allows
   * @param roles role keys of the posts named by the non-local policy; a cadre in planning for one
   *     of them qualifies, as does a head who must move for tenure
   */
  public record RemainingTimeException(boolean enabled, int months, Set<String> roles) {
    public RemainingTimeException {
      roles = ordered(roles);
    }
  }

  /**
   * The standing conditions for being rotated, each a switch.
   *
   * @param requirePlanning the cadre must be in planning (an entry whose term has not ended)
   * @param excludeDiscipline a discipline in force rules the cadre out
   * @param disciplineMinimumForm the mildest form that counts (reprimand in the founding policy)
   * @param excludeFailedAssessment a failed year rules the cadre out
   * @param failedGrade the grade that counts as failed
   * @param failedAssessmentYears how many full years before the as-of year are looked at
   */
  public record Eligibility(
      boolean requirePlanning,
      boolean excludeDiscipline,
      DisciplineForm disciplineMinimumForm,
      boolean excludeFailedAssessment,
      AssessmentGrade failedGrade,
      int failedAssessmentYears) {}

  /**
   * Which recorded places of a cadre, equal to a unit's locality code, make the cadre local. The
   * one home of "local": screening's targets, the planner and the quality reports all ask here.
   */
  public record LocalDefinition(Set<LocalEvidence> evidence) {
    public LocalDefinition {
      evidence = ordered(evidence);
    }

    /** The cadre's recorded places this definition counts (blank ones are not places). */
    public Map<LocalEvidence, String> placesOf(Cadre cadre) {
      Map<LocalEvidence, String> places = new java.util.EnumMap<>(LocalEvidence.class);
      for (LocalEvidence kind : LocalEvidence.values()) {
        if (evidence.contains(kind)) {
          String place = kind.of(cadre);
          if (place != null && !place.isBlank()) {
            places.put(kind, place);
          }
        }
      }
      return places;
    }

    /** The kinds of evidence that make the cadre local to the locality; empty when not local. */
    public List<LocalEvidence> matches(Cadre cadre, String locality) {
      return matches(cadre, locality, Localities.NONE);
    }

    /**
     * The kinds of evidence that make the cadre local to the locality, places compared through the
     * units' merge links (a cadre from an old ward is local to the ward it merged into).
     */
    public List<LocalEvidence> matches(Cadre cadre, String locality, Localities localities) {
      if (locality == null || locality.isBlank()) {
        return List.of();
      }
      List<LocalEvidence> matched = new java.util.ArrayList<>(2);
      placesOf(cadre)
          .forEach(
              (kind, place) -> {
                if (localities.samePlace(place, locality)) {
                  matched.add(kind);
                }
              });
      return matched;
    }

    /**
     * Whether the cadre is local to the locality. Nobody is local to an unknown (blank) locality;
     * callers that must tell "unknown" from "not local" check the locality first.
     */
    public boolean isLocal(Cadre cadre, String locality) {
      return isLocal(cadre, locality, Localities.NONE);
    }

    /** Whether the cadre is local to the locality, through the units' merge links. */
    public boolean isLocal(Cadre cadre, String locality, Localities localities) {
      return !matches(cadre, locality, localities).isEmpty();
    }
  }

  /** A recorded place of a cadre that may count as evidence of being local. */
  public enum LocalEvidence {
    BIRTHPLACE,
    HOMETOWN,
    PERMANENT_RESIDENCE;

    /** The cadre's recorded place of this kind, or null. */
    public String of(Cadre cadre) {
      return switch (this) {
        case BIRTHPLACE -> cadre.birthplace();
        case HOMETOWN -> cadre.hometown();
        case PERMANENT_RESIDENCE -> cadre.permanentResidence();
      };
    }
  }

  /** How a target's value is measured. */
  public enum TargetKind {
    /** Share of filled seats held by cadres not local to the unit's locality. */
    NON_LOCAL_SHARE,
    /** Filled seats divided by the number of units. */
    SEATS_PER_UNIT
  }

  /** How a target's value is compared with its goal. */
  public enum Comparison {
    AT_LEAST,
    AT_MOST,
    EQUAL
  }

  /**
   * A target to measure on the as-of date and project to its deadline.
   *
   * @param roles the role keys of the seats counted
   * @param levels only units of these levels; empty for any level
   * @param unitTypes only units of these types; empty for any type
   * @param goal the value to reach
   * @param comparison how the value is compared with the goal
   * @param deadline the day by which the goal is to be reached, or null
   * @param basis the legal source the policy cites for the target, or null
   * @param verified false when the policy marks the goal or deadline as not confirmed from an
   *     official text (shown with the target)
   */
  public record TargetDefinition(
      String id,
      String name,
      TargetKind kind,
      Set<String> roles,
      Set<String> levels,
      Set<String> unitTypes,
      double goal,
      Comparison comparison,
      LocalDate deadline,
      String basis,
      boolean verified) {
    public TargetDefinition {
      roles = ordered(roles);
      levels = ordered(levels);
      unitTypes = ordered(unitTypes);
    }

    /**
     * Whether the target looks at a unit of this level and type: the one home of a target's scope,
     * asked by screening's measures, the planner and the reports.
     */
    public boolean coversUnit(String levelCode, String typeCode) {
      return (levels.isEmpty() || levels.contains(levelCode))
          && (unitTypes.isEmpty() || unitTypes.contains(typeCode));
    }

    /** Whether a seat of this role in a unit of this level and type counts toward the target. */
    public boolean countsSeat(String roleKey, String levelCode, String typeCode) {
      return roles.contains(roleKey) && coversUnit(levelCode, typeCode);
    }
  }

  /**
   * How rotation plans are drawn up: which seats are equivalent, the limits on moves and the weight
   * of each preference. Read from the policy's {@code planning} section.
   *
   * @param returnBanYears a cadre may not be moved back to a unit left fewer than this many years
   *     before the move date (0: no limit)
   * @param nonLocalTarget the id of the non-local share target whose roles and level name the seats
   *     that must go to non-local cadres, or null
   * @param nonLocalRequired whether a local cadre is barred from moving into those seats
   * @param deputiesTarget the id of the seats-per-unit target for deputies, or null
   * @param roleGrades per unit level, the grade of each role; seats of equal grade are equivalent,
   *     a role without a grade is not planned
   * @param weights the weight of each preference, by constraint id (missing: 1)
   */
  public record Planning(
      int returnBanYears,
      String nonLocalTarget,
      boolean nonLocalRequired,
      String deputiesTarget,
      Map<String, Map<String, Integer>> roleGrades,
      Map<String, Integer> weights) {

    /** No planning section: nothing is equivalent, so no plan can move anyone. */
    public static final Planning NONE = new Planning(0, null, false, null, Map.of(), Map.of());

    public Planning {
      Map<String, Map<String, Integer>> grades = new java.util.LinkedHashMap<>();
      roleGrades.forEach((level, roles) -> grades.put(level, Map.copyOf(roles)));
      roleGrades = java.util.Collections.unmodifiableMap(grades);
      weights = Map.copyOf(weights);
    }

    /** The grade of a role at a unit level, or null when the policy does not plan it. */
    public Integer grade(String levelCode, String roleKey) {
      Map<String, Integer> roles = levelCode == null ? null : roleGrades.get(levelCode);
      return roles == null || roleKey == null ? null : roles.get(roleKey);
    }

    public int weight(String constraintId) {
      return weights.getOrDefault(constraintId, 1);
    }

    /** The unit levels that have graded roles. */
    public Set<String> levels() {
      return roleGrades.keySet();
    }

    /** Every role graded at some level. */
    public Set<String> roles() {
      Set<String> roles = new java.util.TreeSet<>();
      roleGrades.values().forEach(r -> roles.addAll(r.keySet()));
      return roles;
    }
  }

  /**
   * Where a move may go, relative to the seat the cadre leaves.
   *
   * <p>{@code SAME_UNIT}: another seat of the same unit. {@code SAME_SECTOR}: a seat of another
   * unit of the same block (Party, State, Front and mass organisations, public service) at the same
   * level. {@code OTHER_UNIT}: a seat of any other unit of the area, at any level.
   */
  public enum Destination {
    SAME_UNIT,
    SAME_SECTOR,
    OTHER_UNIT
  }

  /**
   * The cadres a form may move, by why they are candidates: the must-move rules ({@code
   * head-tenure}, {@code deputy-tenure}), young cadres for the grassroots ({@code
   * young-grassroots}) and cadres merely eligible ({@code eligibility}).
   */
  public enum Category {
    HEAD_TENURE("head-tenure"),
    DEPUTY_TENURE("deputy-tenure"),
    YOUNG_GRASSROOTS("young-grassroots"),
    ELIGIBILITY("eligibility");

    private final String id;

    Category(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Category> fromId(String id) {
      return java.util.Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
  }

  /**
   * One legal form of a move and its conditions, each a switch or a list in the policy file.
   *
   * @param form rotation, transfer or position change
   * @param enabled whether the policy uses the form at all
   * @param appliesTo the cadres the form may move
   * @param requirePlanning the cadre is in planning (an open entry)
   * @param requireRemainingTime the cadre has the policy's remaining working time (with its
   *     exception) at the move date
   * @param requireStanding no discipline in force and no failed year, as the eligibility section
   *     defines them
   * @param destinations where the move may go
   * @param promotion one grade up is allowed for a cadre in planning for the role
   * @param levels the unit levels the move may go to; empty: any
   * @param roles the roles the move may go to; empty: any
   * @param basis the legal source the policy cites for the form, shown with it
   */
  public record FormRule(
      AssignmentForm form,
      boolean enabled,
      Set<Category> appliesTo,
      boolean requirePlanning,
      boolean requireRemainingTime,
      boolean requireStanding,
      Set<Destination> destinations,
      boolean promotion,
      Set<String> levels,
      Set<String> roles,
      String basis) {
    public FormRule {
      Objects.requireNonNull(form, "form");
      appliesTo = ordered(appliesTo);
      destinations = ordered(destinations);
      levels = ordered(levels);
      roles = ordered(roles);
    }
  }

  /**
   * The forms of a move in the order the policy prefers them: a move takes the first enabled form
   * whose conditions the cadre and the move meet.
   */
  public record MoveForms(List<FormRule> order) {
    public MoveForms {
      order = List.copyOf(order);
    }

    /** The enabled forms, in the policy's order. */
    public List<FormRule> enabled() {
      return order.stream().filter(FormRule::enabled).toList();
    }

    public Optional<FormRule> rule(AssignmentForm form) {
      return order.stream().filter(f -> f.form() == form).findFirst();
    }
  }

  /**
   * An unmodifiable copy that keeps the given order (the file's, or the enum's for an EnumSet), so
   * that what a policy lists reads the same on every run; {@code Set.copyOf} iterates in an order
   * that changes from one JVM to the next.
   */
  static <T> Set<T> ordered(java.util.Collection<T> values) {
    java.util.LinkedHashSet<T> copy = new java.util.LinkedHashSet<>();
    for (T v : values) {
      copy.add(Objects.requireNonNull(v));
    }
    return java.util.Collections.unmodifiableSet(copy);
  }
}
