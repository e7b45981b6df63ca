package vn.luanchuyen.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.luanchuyen.policy.Policy.FormRule;
import vn.luanchuyen.policy.Policy.Source;
import vn.luanchuyen.policy.Policy.TargetDefinition;
import vn.luanchuyen.policy.Policy.TargetKind;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * A policy as a reader sees it: sections of lines, each a value of the file with its label, its
 * legal basis and whether the value was confirmed from an official text. The policy page, the API
 * and the {@code policies} command all show this one description; its words come from the screening
 * bundle.
 *
 * @param policy the policy described
 * @param sections the sections in reading order
 */
public record PolicyDescription(Policy policy, List<Section> sections) {

  /**
   * One section of the description.
   *
   * @param title the section's title, a message key of the screening bundle
   */
  public record Section(String title, List<Line> lines) {}

  /**
   * One value of the policy.
   *
   * @param key the value's key in the policy file (for tests and links, never shown)
   * @param label what the value is
   * @param value the value in words
   * @param basis the legal basis the file gives, or null
   * @param verified false when the file marks the value as not confirmed from an official text
   * @param note what is uncertain, or null
   * @param effective the days the value applies when the file says, or null
   */
  public record Line(
      String key,
      Reason label,
      Reason value,
      String basis,
      boolean verified,
      String note,
      Policy.DateRange effective) {}

  /** Describes the policy; {@code roleName} names a role key for a reader (from the code lists). */
  public static PolicyDescription of(Policy policy, Function<String, String> roleName) {
    return new Builder(policy, roleName).build();
  }

  /** Describes the policy with the standard code lists' role names (no registry at hand). */
  public static PolicyDescription of(Policy policy) {
    return of(
        policy,
        role ->
            vn.luanchuyen.organisation.StandardCodes.all().stream()
                .filter(
                    e ->
                        e.kind() == vn.luanchuyen.organisation.CodeKind.ROLE
                            && e.code().equals(role))
                .map(vn.luanchuyen.organisation.CodeEntry::name)
                .findFirst()
                .orElse(role));
  }

  /** The sources of the file that no line of the description carries (none in a shipped file). */
  public List<Source> unplacedSources() {
    var keys =
        sections.stream()
            .flatMap(s -> s.lines().stream())
            .map(Line::key)
            .collect(Collectors.toSet());
    return policy.sources().stream().filter(s -> !keys.contains(s.key())).toList();
  }

  /** A section in the reader's language. */
  public record Rendered(String title, List<RenderedLine> lines) {}

  /**
   * A line in the reader's language.
   *
   * @param key the value's key in the policy file
   * @param from the first day the value applies when the file says, or null
   * @param to the last day, or null
   */
  public record RenderedLine(
      String key,
      String label,
      String value,
      String basis,
      boolean verified,
      String note,
      java.time.LocalDate from,
      java.time.LocalDate to) {}

  /** The sections in the reader's language (Vietnamese unless English is asked for). */
  public List<Rendered> render(Locale locale) {
    return sections.stream()
        .map(
            s ->
                new Rendered(
                    PolicyMessages.render(new Reason(s.title(), s.title(), Map.of()), locale),
                    s.lines().stream()
                        .map(
                            l ->
                                new RenderedLine(
                                    l.key(),
                                    PolicyMessages.render(l.label(), locale),
                                    PolicyMessages.render(l.value(), locale),
                                    l.basis(),
                                    l.verified(),
                                    l.note(),
                                    l.effective() == null ? null : l.effective().from(),
                                    l.effective() == null ? null : l.effective().to()))
                        .toList()))
        .toList();
  }

  /** The policy file's section of standing conditions (a file key here, not a message key). */
  private static final String ELIGIBILITY = "eligibility";

  private static final class Builder {
    private final Policy policy;
    private final Function<String, String> roleName;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private List<Line> lines;

    Builder(Policy policy, Function<String, String> roleName) {
      this.policy = policy;
      this.roleName = roleName;
      policy.sources().forEach(s -> sources.put(s.key(), s));
    }

    PolicyDescription build() {
      section("policy.section.effect");
      line(
          "effective",
          "policy.line.effective",
          policy.effective().to() == null
              ? reason("policy.value.from", "from", policy.effective().from())
              : reason(
                  "policy.value.range",
                  "from",
                  policy.effective().from(),
                  "to",
                  policy.effective().to()),
          null,
          true);
      line("version", "policy.line.version", reason("policy.value.number", "n", policy.version()));

      section("policy.section.rules");
      for (RuleId rule : RuleId.values()) {
        if (RuleId.fromPolicyId(rule.id()).isEmpty() || !policy.rules().containsKey(rule)) {
          continue;
        }
        List<String> phases = policy.phasesOf(rule).stream().map(Policy.Phase::name).toList();
        Reason value =
            !policy.ruleEnabled(rule)
                ? reason("policy.value.off")
                : phases.isEmpty()
                    ? reason("policy.value.on")
                    : reason("policy.value.onInPhases", "phases", String.join("; ", phases));
        line("rules." + rule.id(), "policy.rule." + rule.id(), value);
      }

      section("policy.section.thresholds");
      Policy.Thresholds t = policy.thresholds();
      months("thresholds.headTenureMonths", t.headTenureMonths());
      months("thresholds.deputyTenureMonths", t.deputyTenureMonths());
      months("thresholds.remainingTimeMonths", t.remainingTimeMonths());
      Policy.RemainingTimeException e = t.remainingTimeException();
      line(
          "thresholds.remainingTimeException",
          "policy.line.thresholds.remainingTimeException",
          e.enabled()
              ? reason("policy.value.exception", "months", e.months(), "roles", roles(e.roles()))
              : reason("policy.value.off"));
      if (t.youngAgeYears() != null) {
        line(
            "thresholds.youngAgeYears",
            "policy.line.thresholds.youngAgeYears",
            reason("policy.value.years", "n", t.youngAgeYears()));
      }
      months("thresholds.retirementFloorMonths", t.retirementFloorMonths());
      line(
          "thresholds.tenureAcrossMergers",
          "policy.line.thresholds.tenureAcrossMergers",
          yesNo(t.tenureAcrossMergers()));
      line(
          "thresholds.maxGapDays",
          "policy.line.thresholds.maxGapDays",
          reason("policy.value.days", "n", t.maxGapDays()));

      section("policy.section.eligibility");
      Policy.Eligibility el = policy.eligibility();
      line(
          ELIGIBILITY + ".requirePlanning",
          "policy.line." + ELIGIBILITY + ".requirePlanning",
          yesNo(el.requirePlanning()));
      line(
          ELIGIBILITY + ".excludeDiscipline",
          "policy.line." + ELIGIBILITY + ".excludeDiscipline",
          el.excludeDiscipline()
              ? reason("policy.value.disciplineFrom", "form", el.disciplineMinimumForm())
              : reason("policy.value.off"));
      line(
          ELIGIBILITY + ".excludeFailedAssessment",
          "policy.line." + ELIGIBILITY + ".excludeFailedAssessment",
          el.excludeFailedAssessment()
              ? reason(
                  "policy.value.failedYears",
                  "grade",
                  el.failedGrade(),
                  "years",
                  el.failedAssessmentYears())
              : reason("policy.value.off"));
      line(
          "local",
          "policy.line.local",
          reason("policy.value.list", "items", List.copyOf(policy.local().evidence())));

      section("policy.section.forms");
      for (FormRule f : policy.forms().order()) {
        Reason value =
            !f.enabled()
                ? reason("policy.value.off")
                : reason(
                    "policy.value.form",
                    "appliesTo",
                    f.appliesTo().stream()
                        .map(c -> new Reason(c.id(), "policy.rule." + c.id(), Map.of()))
                        .toList(),
                    "conditions",
                    conditions(f),
                    "destinations",
                    List.copyOf(f.destinations()));
        line(
            "forms." + f.form().name(),
            "value.AssignmentForm." + f.form().name(),
            value,
            f.basis(),
            true);
      }

      section("policy.section.targets");
      for (TargetDefinition target : policy.targets()) {
        Reason goal =
            target.kind() == TargetKind.NON_LOCAL_SHARE
                ? reason(
                    "policy.value.share." + target.comparison().name(),
                    "goal",
                    percent(target.goal()))
                : reason(
                    "policy.value.perUnit." + target.comparison().name(), "goal", target.goal());
        Reason value =
            target.deadline() == null
                ? goal
                : reason("policy.value.byDeadline", "goal", goal, "deadline", target.deadline());
        line(
            "targets." + target.id(),
            reason("policy.value.text", "text", target.name()),
            value,
            target.basis(),
            target.verified());
      }

      SuccessionRules s = policy.succession();
      if (s != null) {
        section("policy.section.succession");
        line(
            "succession.minRemainingMonthsAtTermStart",
            "policy.line.succession.minRemainingMonthsAtTermStart",
            reason("policy.value.months", "n", s.minRemainingMonthsAtTermStart()));
        line(
            "succession.maxPostsPerLevel",
            "policy.line.succession.maxPostsPerLevel",
            reason("policy.value.number", "n", s.maxPostsPerLevel()));
        line(
            "succession.maxCadresPerPost",
            "policy.line.succession.maxCadresPerPost",
            s.maxCadresPerPost() == null
                ? reason("policy.value.noLimit")
                : reason("policy.value.number", "n", s.maxCadresPerPost()));
        line(
            "succession.youngShareGoal",
            "policy.line.succession.youngShareGoal",
            share(s.youngShareGoal()));
        line(
            "succession.womenShareGoal",
            "policy.line.succession.womenShareGoal",
            share(s.womenShareGoal()));
        line(
            "succession.disciplineWaitingMonths",
            "policy.line.succession.disciplineWaitingMonths",
            s.disciplineWaitingMonths().isEmpty()
                ? reason("policy.value.off")
                : reason(
                    "policy.value.list",
                    "items",
                    s.disciplineWaitingMonths().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(
                            w ->
                                reason(
                                    "policy.value.waiting", "form", w.getKey(), "n", w.getValue()))
                        .toList()));
        ageGates(s.ageGates());
      }

      Policy.Planning p = policy.planning();
      if (!p.roleGrades().isEmpty()) {
        section("policy.section.planning");
        line(
            "planning.roleGrades",
            "policy.line.planning.roleGrades",
            reason(
                "policy.value.grades", "roles", p.roles().size(), "levels", p.roleGrades().size()));
        line(
            "planning.nonLocalRequired",
            "policy.line.planning.nonLocalRequired",
            yesNo(p.nonLocalRequired() && p.nonLocalTarget() != null));
        line(
            "planning.returnBanYears",
            "policy.line.planning.returnBanYears",
            p.returnBanYears() == 0
                ? reason("policy.value.off")
                : reason("policy.value.years", "n", p.returnBanYears()));
      }
      return new PolicyDescription(policy, List.copyOf(sections));
    }

    /** Chỉ thị 45-CT/TW's age gates: the months needed and each body's reference month. */
    private void ageGates(vn.luanchuyen.policy.AgeGates gates) {
      if (gates.posts().isEmpty()) {
        return;
      }
      months("succession.ageGates.firstEntryMonths", gates.firstEntryMonths());
      months("succession.ageGates.reElectionMonths", gates.reElectionMonths());
      for (vn.luanchuyen.policy.AgeGates.Gate gate : gates.posts()) {
        line(
            "succession.ageGates.posts." + gate.id(),
            reason("policy.value.text", "text", gate.name()),
            reason(
                "policy.value.ageGate",
                "month",
                gate.referenceMonth(),
                "roles",
                roles(gate.roles())),
            null,
            true);
      }
    }

    private void section(String title) {
      lines = new ArrayList<>();
      sections.add(new Section(title, lines));
    }

    private void months(String key, Integer months) {
      if (months != null) {
        line(key, "policy.line." + key, reason("policy.value.months", "n", months));
      }
    }

    private void line(String key, String labelKey, Reason value) {
      line(key, labelKey, value, null, true);
    }

    private void line(String key, String labelKey, Reason value, String basis, boolean verified) {
      line(key, new Reason(labelKey, labelKey, Map.of()), value, basis, verified);
    }

    private void line(String key, Reason label, Reason value, String basis, boolean verified) {
      Source source = sources.get(key);
      lines.add(
          new Line(
              key,
              label,
              value,
              source != null ? source.basis() : basis,
              verified && (source == null || source.verified()),
              source == null ? null : source.note(),
              source == null ? null : source.effective()));
    }

    private List<Reason> conditions(FormRule f) {
      List<Reason> list = new ArrayList<>();
      if (f.requirePlanning()) {
        list.add(reason("policy.value.condition.planning"));
      }
      if (f.requireRemainingTime()) {
        list.add(reason("policy.value.condition.remainingTime"));
      }
      if (f.requireStanding()) {
        list.add(reason("policy.value.condition.standing"));
      }
      if (f.promotion()) {
        list.add(reason("policy.value.condition.promotion"));
      }
      if (list.isEmpty()) {
        list.add(reason("policy.value.condition.none"));
      }
      return list;
    }

    private String roles(java.util.Set<String> keys) {
      return keys.stream()
          .map(roleName)
          .sorted(VietnameseOrder.names())
          .collect(Collectors.joining(", "));
    }

    private static Reason share(Double goal) {
      return goal == null
          ? reason("policy.value.noShare")
          : reason("policy.value.percent", "n", percent(goal));
    }

    private static String percent(double share) {
      double p = share * 100;
      return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }

    private static Reason yesNo(boolean yes) {
      return reason(yes ? "policy.value.yes" : "policy.value.no");
    }

    private static Reason reason(String key, Object... args) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        map.put((String) args[i], args[i + 1]);
      }
      return new Reason(key, key, map);
    }
  }
}
