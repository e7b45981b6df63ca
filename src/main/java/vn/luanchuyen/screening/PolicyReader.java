package vn.luanchuyen.screening;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.screening.Policy.Comparison;
import vn.luanchuyen.screening.Policy.DateRange;
import vn.luanchuyen.screening.Policy.Eligibility;
import vn.luanchuyen.screening.Policy.LocalDefinition;
import vn.luanchuyen.screening.Policy.LocalEvidence;
import vn.luanchuyen.screening.Policy.Phase;
import vn.luanchuyen.screening.Policy.RemainingTimeException;
import vn.luanchuyen.screening.Policy.RuleSetting;
import vn.luanchuyen.screening.Policy.TargetDefinition;
import vn.luanchuyen.screening.Policy.TargetKind;
import vn.luanchuyen.screening.Policy.Thresholds;
import vn.luanchuyen.screening.RetirementSchedule.AgeSchedule;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.succession.SuccessionRules;
import vn.luanchuyen.succession.Term;

/** Turns a parsed YAML tree into a {@link Policy}, checking each field by its dotted path. */
final class PolicyReader {

  /** The kinds of value a field can need, named in the type error. */
  enum ValueType {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    LIST,
    OBJECT
  }

  private final String source;

  PolicyReader(String source) {
    this.source = source;
  }

  Policy read(JsonNode root) {
    JsonNode top = object(root, "");
    known(
        top,
        "",
        "id",
        "name",
        "version",
        "effective",
        "procedure",
        "phases",
        "rules",
        "thresholds",
        "eligibility",
        "local",
        "grassrootsLevels",
        "retirement",
        "targets",
        "planning",
        "forms",
        "succession",
        "sources");
    String id = text(top, "", "id");
    String name = text(top, "", "name");
    int version = integer(top, "", "version");
    if (version < 1) {
      throw problem("policy-version", "policy.error.version", "version", version);
    }
    JsonNode effectiveNode = child(top, "", "effective");
    known(effectiveNode, "effective", "from", "to");
    DateRange effective = range(effectiveNode, "effective");
    String procedure = text(top, "", "procedure");
    List<Phase> phases = phases(top);
    Map<RuleId, RuleSetting> rules = rules(top, phases);
    Thresholds thresholds = thresholds(child(top, "", "thresholds"), rules);
    Eligibility eligibility = eligibility(child(top, "", "eligibility"));
    LocalDefinition local = local(child(top, "", "local"));
    Set<String> grassroots = textSet(top, "", "grassrootsLevels");
    knownCodes(CodeKind.LEVEL, grassroots, "grassrootsLevels");
    RetirementSchedule retirement = retirement(child(top, "", "retirement"));
    List<TargetDefinition> targets = targets(top);
    Policy.Planning planning =
        top.has("planning") ? planning(child(top, "", "planning"), targets) : Policy.Planning.NONE;
    Policy.MoveForms forms =
        top.has("forms") ? forms(top.get("forms"), planning, grassroots, rules) : legacyForms(top);
    SuccessionRules succession =
        top.has("succession") ? succession(child(top, "", "succession")) : null;
    return new Policy(
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
        grassroots,
        retirement,
        targets,
        planning,
        forms,
        succession,
        sources(top));
  }

  /**
   * The sources of the policy's values. Each key must name a value present in the file (list items
   * by their {@code id} or {@code form}), so a source cannot outlive the rule it describes.
   */
  private List<Policy.Source> sources(JsonNode top) {
    List<Policy.Source> sources = new ArrayList<>();
    if (!top.has("sources")) {
      return sources;
    }
    JsonNode list = list(top.get("sources"), "sources");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "sources[" + i + "]";
      JsonNode node = object(list.get(i), path);
      known(node, path, "key", "basis", "verified", "from", "to", "note");
      String key = text(node, path, "key");
      if (!seen.add(key)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".key", key);
      }
      if (!resolves(top, key)) {
        throw problem("policy-source-key", "policy.error.sourceKey", path + ".key", key);
      }
      DateRange effective = node.has("from") ? range(node, path) : null;
      if (effective == null && node.has("to")) {
        throw problem("policy-missing", "policy.error.missing", path + ".from", "");
      }
      sources.add(
          new Policy.Source(
              key,
              text(node, path, "basis"),
              bool(node, path, "verified"),
              effective,
              optionalText(node, path, "note")));
    }
    return sources;
  }

  /** Whether a dotted key names a value of the file; list items are named by id or form. */
  private static boolean resolves(JsonNode top, String key) {
    JsonNode node = top;
    for (String part : key.split("\\.", -1)) {
      if (part.isEmpty() || node == null) {
        return false;
      }
      if (node.isArray()) {
        JsonNode found = null;
        for (JsonNode item : node) {
          if (part.equals(item.path("id").asText(null))
              || part.equals(item.path("form").asText(null))) {
            found = item;
          }
        }
        node = found;
      } else {
        node = node.get(part);
      }
    }
    return node != null && !node.isNull();
  }

  /**
   * A policy written before the forms were data: every move is a rotation on the conditions the
   * planner used then (equivalent post, or one grade up where {@code planning.promotionAllowed}
   * says so; the remaining-time rule; any other seat).
   */
  private Policy.MoveForms legacyForms(JsonNode top) {
    JsonNode planning = top.get("planning");
    boolean promotion =
        planning != null
            && planning.has("promotionAllowed")
            && bool(planning, "planning", "promotionAllowed");
    return new Policy.MoveForms(
        List.of(
            new Policy.FormRule(
                AssignmentForm.LUAN_CHUYEN,
                true,
                EnumSet.allOf(Policy.Category.class),
                false,
                true,
                false,
                EnumSet.of(Policy.Destination.SAME_UNIT, Policy.Destination.OTHER_UNIT),
                promotion,
                Set.of(),
                Set.of(),
                null)));
  }

  /**
   * The forms of a move, in the order the policy prefers them. Refused: an unknown form, category,
   * destination, level or role; a form given twice; a must-move rule in force that no enabled form
   * can move.
   */
  private Policy.MoveForms forms(
      JsonNode node,
      Policy.Planning planning,
      Set<String> grassroots,
      Map<RuleId, RuleSetting> rules) {
    JsonNode list = list(node, "forms");
    if (list.isEmpty()) {
      throw problem("policy-empty", "policy.error.empty", "forms", "");
    }
    Set<String> knownLevels = new java.util.TreeSet<>(planning.levels());
    knownLevels.addAll(grassroots);
    Set<String> knownRoles = planning.roles();
    List<Policy.FormRule> forms = new ArrayList<>();
    Set<AssignmentForm> seen = EnumSet.noneOf(AssignmentForm.class);
    for (int i = 0; i < list.size(); i++) {
      String path = "forms[" + i + "]";
      JsonNode f = object(list.get(i), path);
      known(
          f,
          path,
          "form",
          "enabled",
          "basis",
          "appliesTo",
          "requirePlanning",
          "requireRemainingTime",
          "requireStanding",
          "destinations",
          "promotion",
          "levels",
          "roles");
      AssignmentForm form = enumValue(f, path, "form", AssignmentForm.class);
      if (form != AssignmentForm.LUAN_CHUYEN
          && form != AssignmentForm.DIEU_DONG
          && form != AssignmentForm.CHUYEN_DOI) {
        throw problem(
            "policy-unknown-value",
            "policy.error.unknownValue",
            path + ".form",
            form.name(),
            List.of("CHUYEN_DOI", "DIEU_DONG", "LUAN_CHUYEN"));
      }
      if (!seen.add(form)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".form", form.name());
      }
      Set<Policy.Category> appliesTo = EnumSet.noneOf(Policy.Category.class);
      List<String> categories = textList(f, path, "appliesTo");
      for (int k = 0; k < categories.size(); k++) {
        String id = categories.get(k);
        appliesTo.add(
            Policy.Category.fromId(id)
                .orElseThrow(
                    () ->
                        problem(
                            "policy-unknown-value",
                            "policy.error.unknownValue",
                            path + ".appliesTo",
                            id,
                            Arrays.stream(Policy.Category.values())
                                .map(Policy.Category::id)
                                .toList())));
      }
      JsonNode destinationList = list(present(f, path, "destinations"), path + ".destinations");
      if (destinationList.isEmpty()) {
        throw problem("policy-empty", "policy.error.empty", path + ".destinations", "");
      }
      Set<Policy.Destination> destinations = EnumSet.noneOf(Policy.Destination.class);
      for (int k = 0; k < destinationList.size(); k++) {
        destinations.add(
            enumOf(
                destinationList.get(k),
                path + ".destinations[" + k + "]",
                Policy.Destination.class));
      }
      Set<String> levels = f.has("levels") ? textSet(f, path, "levels") : Set.of();
      for (String level : levels) {
        if (!knownLevels.contains(level)) {
          throw problem(
              "policy-unknown-level",
              "policy.error.unknownLevel",
              path + ".levels",
              level,
              List.copyOf(knownLevels));
        }
      }
      Set<String> roles = f.has("roles") ? textSet(f, path, "roles") : Set.of();
      for (String role : roles) {
        if (!knownRoles.contains(role)) {
          throw problem(
              "policy-unknown-role",
              "policy.error.unknownRole",
              path + ".roles",
              role,
              List.copyOf(knownRoles));
        }
      }
      forms.add(
          new Policy.FormRule(
              form,
              bool(f, path, "enabled"),
              appliesTo,
              bool(f, path, "requirePlanning"),
              bool(f, path, "requireRemainingTime"),
              bool(f, path, "requireStanding"),
              destinations,
              f.has("promotion") && bool(f, path, "promotion"),
              levels,
              roles,
              optionalText(f, path, "basis")));
    }
    for (RuleId rule : List.of(RuleId.HEAD_TENURE, RuleId.DEPUTY_TENURE)) {
      Policy.Category category = Policy.Category.fromId(rule.id()).orElseThrow();
      if (on(rules, rule)
          && forms.stream().noneMatch(f -> f.enabled() && f.appliesTo().contains(category))) {
        throw problem("policy-no-form", "policy.error.noForm", "forms", rule.id());
      }
    }
    return new Policy.MoveForms(forms);
  }

  private Policy.Planning planning(JsonNode node, List<TargetDefinition> targets) {
    String path = "planning";
    known(
        node,
        path,
        "promotionAllowed",
        "returnBanYears",
        "nonLocalTarget",
        "nonLocalRequired",
        "deputiesTarget",
        "roleGrades",
        "weights");
    String nonLocal = optionalText(node, path, "nonLocalTarget");
    String deputies = optionalText(node, path, "deputiesTarget");
    for (String[] target :
        new String[][] {{"nonLocalTarget", nonLocal}, {"deputiesTarget", deputies}}) {
      if (target[1] != null && targets.stream().noneMatch(t -> t.id().equals(target[1]))) {
        throw problem(
            "policy-unknown-target",
            "policy.error.unknownTarget",
            path + "." + target[0],
            target[1]);
      }
    }
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    JsonNode levels = child(node, path, "roleGrades");
    Iterator<Map.Entry<String, JsonNode>> levelFields = levels.fields();
    while (levelFields.hasNext()) {
      Map.Entry<String, JsonNode> level = levelFields.next();
      String levelPath = path + ".roleGrades." + level.getKey();
      knownCodes(CodeKind.LEVEL, Set.of(level.getKey()), levelPath);
      JsonNode roles = object(level.getValue(), levelPath);
      roles
          .fieldNames()
          .forEachRemaining(
              role -> knownCodes(CodeKind.ROLE, Set.of(role), levelPath + "." + role));
      Map<String, Integer> byRole = new LinkedHashMap<>();
      roles
          .fieldNames()
          .forEachRemaining(role -> byRole.put(role, nonNegative(roles, levelPath, role)));
      grades.put(level.getKey(), byRole);
    }
    Map<String, Integer> weights = new LinkedHashMap<>();
    if (node.has("weights")) {
      JsonNode w = object(node.get("weights"), path + ".weights");
      w.fieldNames().forEachRemaining(k -> weights.put(k, nonNegative(w, path + ".weights", k)));
    }
    return new Policy.Planning(
        nonNegative(node, path, "returnBanYears"),
        nonLocal,
        bool(node, path, "nonLocalRequired"),
        deputies,
        grades,
        weights);
  }

  private SuccessionRules succession(JsonNode node) {
    String path = "succession";
    known(
        node,
        path,
        "minRemainingMonthsAtTermStart",
        "termStartMonth",
        "disciplineFrom",
        "maxPostsPerLevel",
        "maxCadresPerPost",
        "youngAgeYears",
        "youngShareGoal",
        "womenShareGoal",
        "terms",
        "disciplineWaitingMonths");
    int month = integer(node, path, "termStartMonth");
    if (month < 1 || month > 12) {
      throw problem("policy-month", "policy.error.month", path + ".termStartMonth", month);
    }
    List<Term> terms = new ArrayList<>();
    List<String> texts = textList(node, path, "terms");
    for (int i = 0; i < texts.size(); i++) {
      try {
        terms.add(Term.parse(texts.get(i)));
      } catch (IllegalArgumentException e) {
        throw problem("policy-term", "policy.error.term", path + ".terms[" + i + "]", texts.get(i));
      }
    }
    return new SuccessionRules(
        nonNegative(node, path, "minRemainingMonthsAtTermStart"),
        month,
        enumValue(node, path, "disciplineFrom", DisciplineForm.class),
        positive(node, path, "maxPostsPerLevel"),
        node.has("maxCadresPerPost") ? positive(node, path, "maxCadresPerPost") : null,
        positive(node, path, "youngAgeYears"),
        node.has("youngShareGoal") ? number(node, path, "youngShareGoal") : null,
        node.has("womenShareGoal") ? number(node, path, "womenShareGoal") : null,
        terms,
        disciplineWaiting(node, path));
  }

  private Map<DisciplineForm, Integer> disciplineWaiting(JsonNode node, String path) {
    Map<DisciplineForm, Integer> months = new EnumMap<>(DisciplineForm.class);
    if (!node.has("disciplineWaitingMonths")) {
      return months;
    }
    String p = path + ".disciplineWaitingMonths";
    JsonNode map = object(node.get("disciplineWaitingMonths"), p);
    map.fieldNames()
        .forEachRemaining(
            name -> {
              DisciplineForm form =
                  DisciplineForm.fromCode(name)
                      .orElseThrow(
                          () ->
                              problem(
                                  "policy-unknown-value",
                                  "policy.error.unknownValue",
                                  p + "." + name,
                                  name,
                                  Arrays.stream(DisciplineForm.values()).map(Enum::name).toList()));
              months.put(form, positive(map, p, name));
            });
    return months;
  }

  private int positive(JsonNode node, String path, String name) {
    int value = integer(node, path, name);
    if (value < 1) {
      throw problem("policy-positive", "policy.error.positive", path + "." + name, value);
    }
    return value;
  }

  private List<Phase> phases(JsonNode top) {
    List<Phase> phases = new ArrayList<>();
    if (!top.has("phases")) {
      return phases;
    }
    JsonNode list = list(top.get("phases"), "phases");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "phases[" + i + "]";
      JsonNode node = object(list.get(i), path);
      known(node, path, "id", "name", "from", "to");
      String id = text(node, path, "id");
      if (!seen.add(id)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".id", id);
      }
      phases.add(new Phase(id, text(node, path, "name"), range(node, path)));
    }
    return phases;
  }

  private Map<RuleId, RuleSetting> rules(JsonNode top, List<Phase> phases) {
    JsonNode node = child(top, "", "rules");
    Set<String> phaseIds = phases.stream().map(Phase::id).collect(Collectors.toSet());
    Map<RuleId, RuleSetting> rules = new EnumMap<>(RuleId.class);
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = "rules." + field.getKey();
      RuleId rule =
          RuleId.fromPolicyId(field.getKey())
              .orElseThrow(
                  () ->
                      problem(
                          "policy-unknown-rule",
                          "policy.error.unknownRule",
                          path,
                          field.getKey(),
                          Arrays.stream(RuleId.values())
                              .filter(r -> RuleId.fromPolicyId(r.id()).isPresent())
                              .map(RuleId::id)
                              .toList()));
      JsonNode setting = object(field.getValue(), path);
      known(setting, path, "enabled", "phases");
      List<String> limited = setting.has("phases") ? textList(setting, path, "phases") : List.of();
      for (int i = 0; i < limited.size(); i++) {
        if (!phaseIds.contains(limited.get(i))) {
          throw problem(
              "policy-unknown-phase",
              "policy.error.unknownPhase",
              path + ".phases[" + i + "]",
              limited.get(i));
        }
      }
      rules.put(rule, new RuleSetting(bool(setting, path, "enabled"), limited));
    }
    return rules;
  }

  private Thresholds thresholds(JsonNode node, Map<RuleId, RuleSetting> rules) {
    String path = "thresholds";
    known(
        node,
        path,
        "headTenureMonths",
        "deputyTenureMonths",
        "remainingTimeMonths",
        "remainingTimeException",
        "youngAgeYears",
        "maxGapDays",
        "retirementFloorMonths",
        "tenureAcrossMergers");
    Integer head = thresholdFor(node, "headTenureMonths", on(rules, RuleId.HEAD_TENURE));
    Integer deputy = thresholdFor(node, "deputyTenureMonths", on(rules, RuleId.DEPUTY_TENURE));
    boolean remainingOn = on(rules, RuleId.REMAINING_TIME);
    Integer remaining = thresholdFor(node, "remainingTimeMonths", remainingOn);
    Integer young = thresholdFor(node, "youngAgeYears", on(rules, RuleId.YOUNG_GRASSROOTS));
    int gap = nonNegative(node, path, "maxGapDays");
    RemainingTimeException exception = new RemainingTimeException(false, 0, Set.of());
    if (node.has("remainingTimeException") || remainingOn) {
      String p = path + ".remainingTimeException";
      JsonNode e = child(node, path, "remainingTimeException");
      known(e, p, "enabled", "months", "roles");
      boolean enabled = bool(e, p, "enabled");
      if (enabled) {
        exception =
            new RemainingTimeException(true, nonNegative(e, p, "months"), textSet(e, p, "roles"));
        knownCodes(CodeKind.ROLE, exception.roles(), p + ".roles");
      }
    }
    Integer floor =
        node.has("retirementFloorMonths") ? nonNegative(node, path, "retirementFloorMonths") : null;
    boolean acrossMergers =
        node.has("tenureAcrossMergers") && bool(node, path, "tenureAcrossMergers");
    return new Thresholds(head, deputy, remaining, exception, young, gap, floor, acrossMergers);
  }

  private Integer thresholdFor(JsonNode node, String name, boolean required) {
    if (!required && !node.has(name)) {
      return null;
    }
    return nonNegative(node, "thresholds", name);
  }

  private static boolean on(Map<RuleId, RuleSetting> rules, RuleId rule) {
    RuleSetting setting = rules.get(rule);
    return setting != null && setting.enabled();
  }

  private Eligibility eligibility(JsonNode node) {
    String path = "eligibility";
    known(
        node,
        path,
        "requirePlanning",
        "excludeDiscipline",
        "disciplineMinimumForm",
        "excludeFailedAssessment",
        "failedGrade",
        "failedAssessmentYears");
    boolean planning = bool(node, path, "requirePlanning");
    boolean discipline = bool(node, path, "excludeDiscipline");
    DisciplineForm form =
        discipline ? enumValue(node, path, "disciplineMinimumForm", DisciplineForm.class) : null;
    boolean failed = bool(node, path, "excludeFailedAssessment");
    AssessmentGrade grade =
        failed ? enumValue(node, path, "failedGrade", AssessmentGrade.class) : null;
    int years = failed ? nonNegative(node, path, "failedAssessmentYears") : 0;
    return new Eligibility(planning, discipline, form, failed, grade, years);
  }

  private LocalDefinition local(JsonNode node) {
    String path = "local";
    known(node, path, "evidence");
    JsonNode list = list(present(node, path, "evidence"), path + ".evidence");
    Set<LocalEvidence> evidence = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      evidence.add(enumOf(list.get(i), path + ".evidence[" + i + "]", LocalEvidence.class));
    }
    if (evidence.isEmpty()) {
      throw problem("policy-empty", "policy.error.empty", path + ".evidence", "");
    }
    return new LocalDefinition(evidence);
  }

  private RetirementSchedule retirement(JsonNode node) {
    known(node, "retirement", "men", "women");
    return new RetirementSchedule(
        ageSchedule(child(node, "retirement", "men"), "retirement.men"),
        ageSchedule(child(node, "retirement", "women"), "retirement.women"));
  }

  private AgeSchedule ageSchedule(JsonNode node, String path) {
    known(node, path, "baseYear", "baseAgeMonths", "stepMonthsPerYear", "finalAgeMonths");
    int baseYear = nonNegative(node, path, "baseYear");
    int base = nonNegative(node, path, "baseAgeMonths");
    int step = nonNegative(node, path, "stepMonthsPerYear");
    int fin = nonNegative(node, path, "finalAgeMonths");
    if (fin < base || (fin > base && step == 0)) {
      throw problem(
          "policy-age-schedule", "policy.error.ageSchedule", path + ".finalAgeMonths", fin);
    }
    return new AgeSchedule(baseYear, base, step, fin);
  }

  private List<TargetDefinition> targets(JsonNode top) {
    List<TargetDefinition> targets = new ArrayList<>();
    if (!top.has("targets")) {
      return targets;
    }
    JsonNode list = list(top.get("targets"), "targets");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "targets[" + i + "]";
      JsonNode node = object(list.get(i), path);
      known(
          node,
          path,
          "id",
          "name",
          "kind",
          "roles",
          "level",
          "levels",
          "unitType",
          "unitTypes",
          "goal",
          "comparison",
          "deadline",
          "basis",
          "verified");
      String id = text(node, path, "id");
      if (!seen.add(id)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".id", id);
      }
      Set<String> levels = oneOrMany(node, path, "level", "levels");
      knownCodes(CodeKind.LEVEL, levels, path + (node.has("levels") ? ".levels" : ".level"));
      Set<String> unitTypes = oneOrMany(node, path, "unitType", "unitTypes");
      knownCodes(
          CodeKind.UNIT_TYPE,
          unitTypes,
          path + (node.has("unitTypes") ? ".unitTypes" : ".unitType"));
      if (levels.isEmpty() && unitTypes.isEmpty()) {
        throw problem("policy-missing", "policy.error.missing", path + ".level", "");
      }
      Set<String> roles = textSet(node, path, "roles");
      if (roles.isEmpty()) {
        throw problem("policy-empty", "policy.error.empty", path + ".roles", "");
      }
      knownCodes(CodeKind.ROLE, roles, path + ".roles");
      double goal = number(node, path, "goal");
      if (goal < 0) {
        throw problem("policy-negative", "policy.error.negative", path + ".goal", goal);
      }
      targets.add(
          new TargetDefinition(
              id,
              text(node, path, "name"),
              enumValue(node, path, "kind", TargetKind.class),
              roles,
              levels,
              unitTypes,
              goal,
              enumValue(node, path, "comparison", Comparison.class),
              node.has("deadline") ? date(node, path, "deadline") : null,
              optionalText(node, path, "basis"),
              !node.has("verified") || bool(node, path, "verified")));
    }
    return targets;
  }

  private DateRange range(JsonNode node, String path) {
    LocalDate from = date(node, path, "from");
    LocalDate to = node.has("to") && !node.get("to").isNull() ? date(node, path, "to") : null;
    if (to != null && from.isAfter(to)) {
      throw new PolicyException(
          join(path, "from"),
          new Reason(
              "policy-range-order",
              "policy.error.rangeOrder",
              Map.of("field", join(path, "from"), "to", to, "from", from, "source", source)));
    }
    return new DateRange(from, to);
  }

  /** A field written either as one value ({@code level}) or as a list ({@code levels}). */
  private Set<String> oneOrMany(JsonNode node, String path, String one, String many) {
    if (node.has(one) && node.has(many)) {
      throw problem("policy-unknown-field", "policy.error.unknownField", join(path, many), many);
    }
    if (node.has(many)) {
      return textSet(node, path, many);
    }
    return node.has(one) ? Set.of(text(node, path, one)) : Set.of();
  }

  /**
   * Refuses a level, unit type or role key that the standard code lists do not hold, naming the
   * field and the codes it may take.
   */
  private void knownCodes(CodeKind kind, Set<String> codes, String path) {
    Set<String> standard = new java.util.TreeSet<>();
    for (CodeEntry e : StandardCodes.all()) {
      if (e.kind() == kind) {
        standard.add(e.code());
      }
    }
    for (String code : codes) {
      if (!standard.contains(code)) {
        String key =
            switch (kind) {
              case LEVEL -> "policy.error.notStandardLevel";
              case ROLE -> "policy.error.notStandardRole";
              default -> "policy.error.notStandardUnitType";
            };
        throw problem("policy-unknown-code", key, path, code, List.copyOf(standard));
      }
    }
  }

  private void known(JsonNode node, String path, String... names) {
    Set<String> allowed = Set.of(names);
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw problem("policy-unknown-field", "policy.error.unknownField", join(path, name), name);
      }
    }
  }

  private JsonNode child(JsonNode node, String path, String name) {
    return object(present(node, path, name), join(path, name));
  }

  private JsonNode present(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw problem("policy-missing", "policy.error.missing", join(path, name), "");
    }
    return value;
  }

  private JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw wrongType(path, ValueType.OBJECT, node);
    }
    return node;
  }

  private JsonNode list(JsonNode node, String path) {
    if (node == null || !node.isArray()) {
      throw wrongType(path, ValueType.LIST, node);
    }
    return node;
  }

  private String text(JsonNode node, String path, String name) {
    JsonNode value = present(node, path, name);
    if (!value.isTextual()) {
      throw wrongType(join(path, name), ValueType.TEXT, value);
    }
    if (value.asText().isBlank()) {
      throw problem("policy-blank", "policy.error.blank", join(path, name), "");
    }
    return value.asText().strip();
  }

  private String optionalText(JsonNode node, String path, String name) {
    return node.has(name) && !node.get(name).isNull() ? text(node, path, name) : null;
  }

  private int integer(JsonNode node, String path, String name) {
    JsonNode value = present(node, path, name);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw wrongType(join(path, name), ValueType.INTEGER, value);
    }
    return value.intValue();
  }

  private int nonNegative(JsonNode node, String path, String name) {
    int value = integer(node, path, name);
    if (value < 0) {
      throw problem("policy-negative", "policy.error.negative", join(path, name), value);
    }
    return value;
  }

  private double number(JsonNode node, String path, String name) {
    JsonNode value = present(node, path, name);
    if (!value.isNumber()) {
      throw wrongType(join(path, name), ValueType.NUMBER, value);
    }
    return value.doubleValue();
  }

  private boolean bool(JsonNode node, String path, String name) {
    JsonNode value = present(node, path, name);
    if (!value.isBoolean()) {
      throw wrongType(join(path, name), ValueType.BOOLEAN, value);
    }
    return value.booleanValue();
  }

  private LocalDate date(JsonNode node, String path, String name) {
    JsonNode value = present(node, path, name);
    try {
      if (value.isTextual()) {
        return LocalDate.parse(value.asText().strip());
      }
    } catch (DateTimeParseException e) {
      throw wrongType(join(path, name), ValueType.DATE, value);
    }
    throw wrongType(join(path, name), ValueType.DATE, value);
  }

  private List<String> textList(JsonNode node, String path, String name) {
    JsonNode list = list(present(node, path, name), join(path, name));
    List<String> values = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String itemPath = join(path, name) + "[" + i + "]";
      if (!item.isTextual() || item.asText().isBlank()) {
        throw wrongType(itemPath, ValueType.TEXT, item);
      }
      values.add(item.asText().strip());
    }
    return values;
  }

  private Set<String> textSet(JsonNode node, String path, String name) {
    return new LinkedHashSet<>(textList(node, path, name));
  }

  private <E extends Enum<E>> E enumValue(JsonNode node, String path, String name, Class<E> type) {
    return enumOf(present(node, path, name), join(path, name), type);
  }

  private <E extends Enum<E>> E enumOf(JsonNode value, String path, Class<E> type) {
    Map<String, E> byName =
        Arrays.stream(type.getEnumConstants())
            .collect(Collectors.toMap(Enum::name, Function.identity(), (a, b) -> a, HashMap::new));
    Optional<E> found =
        value != null && value.isTextual()
            ? Optional.ofNullable(byName.get(value.asText().strip()))
            : Optional.empty();
    return found.orElseThrow(
        () ->
            problem(
                "policy-unknown-value",
                "policy.error.unknownValue",
                path,
                value == null ? "" : value.asText(),
                byName.keySet().stream().sorted().toList()));
  }

  private PolicyException wrongType(String path, ValueType expected, JsonNode actual) {
    return new PolicyException(
        path,
        new Reason(
            "policy-wrong-type",
            "policy.error.type",
            Map.of(
                "field",
                path,
                "expected",
                expected,
                "value",
                actual == null ? "" : actual.isTextual() ? actual.asText() : actual.toString(),
                "source",
                source)));
  }

  private PolicyException problem(String code, String key, String path, Object value) {
    return new PolicyException(
        path, new Reason(code, key, Map.of("field", path, "value", value, "source", source)));
  }

  private PolicyException problem(
      String code, String key, String path, Object value, List<String> allowed) {
    return new PolicyException(
        path,
        new Reason(
            code,
            key,
            Map.of("field", path, "value", value, "allowed", allowed, "source", source)));
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
