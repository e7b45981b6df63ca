package vn.luanchuyen.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.StandardCodes;
import vn.luanchuyen.policy.Policy.DateRange;
import vn.luanchuyen.policy.Policy.Eligibility;
import vn.luanchuyen.policy.Policy.LocalDefinition;
import vn.luanchuyen.policy.Policy.Phase;
import vn.luanchuyen.policy.Policy.RemainingTimeException;
import vn.luanchuyen.policy.Policy.RuleSetting;
import vn.luanchuyen.policy.Policy.TargetDefinition;
import vn.luanchuyen.policy.Policy.Thresholds;
import vn.luanchuyen.policy.PolicyFile.AgeFile;
import vn.luanchuyen.policy.PolicyFile.AgeGatesFile;
import vn.luanchuyen.policy.PolicyFile.FormFile;
import vn.luanchuyen.policy.PolicyFile.GateFile;
import vn.luanchuyen.policy.PolicyFile.PlanningFile;
import vn.luanchuyen.policy.PolicyFile.SourceFile;
import vn.luanchuyen.policy.PolicyFile.SuccessionFile;
import vn.luanchuyen.policy.PolicyFile.TargetFile;
import vn.luanchuyen.policy.PolicyFile.ThresholdsFile;
import vn.luanchuyen.policy.RetirementSchedule.AgeSchedule;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.Term;

/**
 * Binds a policy file with Jackson into {@link PolicyFile} and checks it in one pass into a {@link
 * Policy}. Every refusal is a {@link PolicyException} naming the file, the key as a path ({@code
 * targets[2].goal}) and the reason.
 */
final class PolicyBinding {

  /** The kinds of value a field can need, named in the type error. */
  enum ValueType {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    MONTH,
    LIST,
    OBJECT
  }

  /** Strict YAML: no unknown keys, no quoted numbers or booleans, no numbers as text. */
  static final ObjectMapper YAML = strictMapper();

  private final String source;
  private final JsonNode tree;

  private PolicyBinding(String source, JsonNode tree) {
    this.source = source;
    this.tree = tree;
  }

  private static ObjectMapper strictMapper() {
    YAMLMapper mapper =
        YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /** The policy a parsed YAML tree describes. */
  static Policy bind(JsonNode tree, String source) {
    PolicyBinding binding = new PolicyBinding(source, tree);
    if (tree == null || !tree.isObject()) {
      throw binding.wrongType("", ValueType.OBJECT, tree);
    }
    PolicyFile file;
    try {
      file = YAML.treeToValue(tree, PolicyFile.class);
    } catch (JsonMappingException e) {
      throw binding.refusal(e);
    } catch (JacksonException e) {
      throw PolicyLoader.unreadable(source, e);
    }
    return binding.policy(file);
  }

  private Policy policy(PolicyFile f) {
    String id = text(f.id(), "id");
    String name = text(f.name(), "name");
    int version = need(f.version(), "version");
    if (version < 1) {
      throw problem("policy-version", "policy.error.version", "version", version);
    }
    String family = optionalText(f.family(), "family");
    need(f.effective(), "effective");
    DateRange effective = range(f.effective().from(), f.effective().to(), "effective");
    String procedure = text(f.procedure(), "procedure");
    List<Phase> phases = phases(f.phases());
    Map<RuleId, RuleSetting> rules = rules(need(f.rules(), "rules"), phases);
    Thresholds thresholds = thresholds(need(f.thresholds(), "thresholds"), rules);
    Eligibility eligibility = eligibility(need(f.eligibility(), "eligibility"));
    LocalDefinition local = local(need(f.local(), "local"));
    Set<String> grassroots = textSet(f.grassrootsLevels(), "grassrootsLevels");
    knownCodes(CodeKind.LEVEL, grassroots, "grassrootsLevels");
    RetirementSchedule retirement = retirement(need(f.retirement(), "retirement"));
    List<TargetDefinition> targets = targets(f.targets());
    Policy.Planning planning =
        f.planning() == null ? Policy.Planning.NONE : planning(f.planning(), targets);
    Policy.MoveForms forms =
        f.forms() == null
            ? legacyForms(f.planning())
            : forms(f.forms(), planning, grassroots, rules);
    SuccessionRules succession = f.succession() == null ? null : succession(f.succession());
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
        sources(f.sources()),
        family);
  }

  /**
   * The sources of the policy's values. Each key must name a value present in the file (list items
   * by their {@code id} or {@code form}), so a source cannot outlive the rule it describes.
   */
  private List<Policy.Source> sources(List<SourceFile> list) {
    List<Policy.Source> sources = new ArrayList<>();
    if (list == null) {
      return sources;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "sources[" + i + "]";
      SourceFile s = item(list, i, path);
      String key = text(s.key(), path + ".key");
      if (!seen.add(key)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".key", key);
      }
      if (!resolves(key)) {
        throw problem("policy-source-key", "policy.error.sourceKey", path + ".key", key);
      }
      if (s.from() == null && s.to() != null) {
        throw problem("policy-missing", "policy.error.missing", path + ".from", "");
      }
      DateRange effective = s.from() == null ? null : range(s.from(), s.to(), path);
      sources.add(
          new Policy.Source(
              key,
              text(s.basis(), path + ".basis"),
              need(s.verified(), path + ".verified"),
              effective,
              optionalText(s.note(), path + ".note")));
    }
    return sources;
  }

  /** Whether a dotted key names a value of the file; list items are named by id or form. */
  private boolean resolves(String key) {
    JsonNode node = tree;
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
  private static Policy.MoveForms legacyForms(PlanningFile planning) {
    boolean promotion = planning != null && Boolean.TRUE.equals(planning.promotionAllowed());
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
      List<FormFile> list,
      Policy.Planning planning,
      Set<String> grassroots,
      Map<RuleId, RuleSetting> rules) {
    if (list.isEmpty()) {
      throw problem("policy-empty", "policy.error.empty", "forms", "");
    }
    Set<String> knownLevels = new TreeSet<>(planning.levels());
    knownLevels.addAll(grassroots);
    Set<String> knownRoles = planning.roles();
    List<AssignmentForm> moves =
        List.of(AssignmentForm.CHUYEN_DOI, AssignmentForm.DIEU_DONG, AssignmentForm.LUAN_CHUYEN);
    List<Policy.FormRule> forms = new ArrayList<>();
    Set<AssignmentForm> seen = EnumSet.noneOf(AssignmentForm.class);
    for (int i = 0; i < list.size(); i++) {
      String path = "forms[" + i + "]";
      FormFile f = item(list, i, path);
      AssignmentForm form = need(f.form(), path + ".form");
      if (!moves.contains(form)) {
        throw problem(
            "policy-unknown-value",
            "policy.error.unknownValue",
            path + ".form",
            form.name(),
            moves.stream().map(Enum::name).toList());
      }
      if (!seen.add(form)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".form", form.name());
      }
      Set<Policy.Category> appliesTo = EnumSet.noneOf(Policy.Category.class);
      for (String category : textList(f.appliesTo(), path + ".appliesTo")) {
        appliesTo.add(
            Policy.Category.fromId(category)
                .orElseThrow(
                    () ->
                        problem(
                            "policy-unknown-value",
                            "policy.error.unknownValue",
                            path + ".appliesTo",
                            category,
                            Arrays.stream(Policy.Category.values())
                                .map(Policy.Category::id)
                                .toList())));
      }
      List<Policy.Destination> destinations = need(f.destinations(), path + ".destinations");
      if (destinations.isEmpty()) {
        throw problem("policy-empty", "policy.error.empty", path + ".destinations", "");
      }
      Set<String> levels = f.levels() == null ? Set.of() : textSet(f.levels(), path + ".levels");
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
      Set<String> roles = f.roles() == null ? Set.of() : textSet(f.roles(), path + ".roles");
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
              need(f.enabled(), path + ".enabled"),
              appliesTo,
              need(f.requirePlanning(), path + ".requirePlanning"),
              need(f.requireRemainingTime(), path + ".requireRemainingTime"),
              need(f.requireStanding(), path + ".requireStanding"),
              EnumSet.copyOf(destinations),
              Boolean.TRUE.equals(f.promotion()),
              levels,
              roles,
              optionalText(f.basis(), path + ".basis")));
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

  private Policy.Planning planning(PlanningFile p, List<TargetDefinition> targets) {
    String path = "planning";
    String nonLocal = optionalText(p.nonLocalTarget(), path + ".nonLocalTarget");
    String deputies = optionalText(p.deputiesTarget(), path + ".deputiesTarget");
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
    need(p.roleGrades(), path + ".roleGrades")
        .forEach(
            (level, roles) -> {
              String levelPath = path + ".roleGrades." + level;
              knownCodes(CodeKind.LEVEL, Set.of(level), levelPath);
              need(roles, levelPath);
              Map<String, Integer> byRole = new LinkedHashMap<>();
              roles.forEach(
                  (role, grade) -> {
                    knownCodes(CodeKind.ROLE, Set.of(role), levelPath + "." + role);
                    byRole.put(role, nonNegative(grade, levelPath + "." + role));
                  });
              grades.put(level, byRole);
            });
    Map<String, Integer> weights = new LinkedHashMap<>();
    if (p.weights() != null) {
      p.weights().forEach((k, w) -> weights.put(k, nonNegative(w, path + ".weights." + k)));
    }
    return new Policy.Planning(
        nonNegative(p.returnBanYears(), path + ".returnBanYears"),
        nonLocal,
        need(p.nonLocalRequired(), path + ".nonLocalRequired"),
        deputies,
        grades,
        weights);
  }

  private SuccessionRules succession(SuccessionFile s) {
    String path = "succession";
    int month = need(s.termStartMonth(), path + ".termStartMonth");
    if (month < 1 || month > 12) {
      throw problem("policy-month", "policy.error.month", path + ".termStartMonth", month);
    }
    List<Term> terms = new ArrayList<>();
    List<String> texts = textList(s.terms(), path + ".terms");
    for (int i = 0; i < texts.size(); i++) {
      try {
        terms.add(Term.parse(texts.get(i)));
      } catch (IllegalArgumentException e) {
        throw problem("policy-term", "policy.error.term", path + ".terms[" + i + "]", texts.get(i));
      }
    }
    Map<DisciplineForm, Integer> waiting = new EnumMap<>(DisciplineForm.class);
    if (s.disciplineWaitingMonths() != null) {
      String p = path + ".disciplineWaitingMonths";
      s.disciplineWaitingMonths()
          .forEach(
              (name, months) ->
                  waiting.put(
                      DisciplineForm.fromCode(name)
                          .orElseThrow(
                              () ->
                                  problem(
                                      "policy-unknown-value",
                                      "policy.error.unknownValue",
                                      p + "." + name,
                                      name,
                                      Arrays.stream(DisciplineForm.values())
                                          .map(Enum::name)
                                          .toList())),
                      positive(months, p + "." + name)));
    }
    return new SuccessionRules(
        nonNegative(s.minRemainingMonthsAtTermStart(), path + ".minRemainingMonthsAtTermStart"),
        month,
        need(s.disciplineFrom(), path + ".disciplineFrom"),
        positive(s.maxPostsPerLevel(), path + ".maxPostsPerLevel"),
        s.maxCadresPerPost() == null
            ? null
            : positive(s.maxCadresPerPost(), path + ".maxCadresPerPost"),
        positive(s.youngAgeYears(), path + ".youngAgeYears"),
        s.youngShareGoal(),
        s.womenShareGoal(),
        terms,
        waiting,
        s.ageGates() == null ? AgeGates.NONE : ageGates(s.ageGates()));
  }

  /** Chỉ thị 45-CT/TW's gates: one term for a first entry, fewer months for a re-election. */
  private AgeGates ageGates(AgeGatesFile a) {
    String path = "succession.ageGates";
    int first = positive(a.firstEntryMonths(), path + ".firstEntryMonths");
    int again = positive(a.reElectionMonths(), path + ".reElectionMonths");
    if (again > first) {
      throw problem(
          "policy-re-election-months",
          "policy.error.reElectionMonths",
          path + ".reElectionMonths",
          again);
    }
    List<GateFile> list = need(a.posts(), path + ".posts");
    if (list.isEmpty()) {
      throw problem("policy-empty", "policy.error.empty", path + ".posts", "");
    }
    List<AgeGates.Gate> gates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String p = path + ".posts[" + i + "]";
      GateFile g = item(list, i, p);
      String id = text(g.id(), p + ".id");
      if (!seen.add(id)) {
        throw problem("policy-duplicate", "policy.error.duplicate", p + ".id", id);
      }
      Set<String> roles = textSet(g.roles(), p + ".roles");
      if (roles.isEmpty()) {
        throw problem("policy-empty", "policy.error.empty", p + ".roles", "");
      }
      knownCodes(CodeKind.ROLE, roles, p + ".roles");
      Set<String> levels = g.levels() == null ? Set.of() : textSet(g.levels(), p + ".levels");
      knownCodes(CodeKind.LEVEL, levels, p + ".levels");
      Set<String> types =
          g.unitTypes() == null ? Set.of() : textSet(g.unitTypes(), p + ".unitTypes");
      knownCodes(CodeKind.UNIT_TYPE, types, p + ".unitTypes");
      gates.add(
          new AgeGates.Gate(
              id,
              text(g.name(), p + ".name"),
              roles,
              levels,
              types,
              need(g.referenceMonth(), p + ".referenceMonth")));
    }
    return new AgeGates(first, again, gates);
  }

  private List<Phase> phases(List<PolicyFile.PhaseFile> list) {
    List<Phase> phases = new ArrayList<>();
    if (list == null) {
      return phases;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "phases[" + i + "]";
      PolicyFile.PhaseFile p = item(list, i, path);
      String id = text(p.id(), path + ".id");
      if (!seen.add(id)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".id", id);
      }
      phases.add(new Phase(id, text(p.name(), path + ".name"), range(p.from(), p.to(), path)));
    }
    return phases;
  }

  private Map<RuleId, RuleSetting> rules(
      Map<String, PolicyFile.RuleFile> written, List<Phase> phases) {
    Set<String> phaseIds = phases.stream().map(Phase::id).collect(Collectors.toSet());
    Map<RuleId, RuleSetting> rules = new EnumMap<>(RuleId.class);
    for (Map.Entry<String, PolicyFile.RuleFile> field : written.entrySet()) {
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
      PolicyFile.RuleFile setting = need(field.getValue(), path);
      List<String> limited =
          setting.phases() == null ? List.of() : textList(setting.phases(), path + ".phases");
      for (int i = 0; i < limited.size(); i++) {
        if (!phaseIds.contains(limited.get(i))) {
          throw problem(
              "policy-unknown-phase",
              "policy.error.unknownPhase",
              path + ".phases[" + i + "]",
              limited.get(i));
        }
      }
      rules.put(rule, new RuleSetting(need(setting.enabled(), path + ".enabled"), limited));
    }
    return rules;
  }

  private Thresholds thresholds(ThresholdsFile t, Map<RuleId, RuleSetting> rules) {
    String path = "thresholds";
    Integer head =
        thresholdFor(t.headTenureMonths(), "headTenureMonths", on(rules, RuleId.HEAD_TENURE));
    Integer deputy =
        thresholdFor(t.deputyTenureMonths(), "deputyTenureMonths", on(rules, RuleId.DEPUTY_TENURE));
    boolean remainingOn = on(rules, RuleId.REMAINING_TIME);
    Integer remaining = thresholdFor(t.remainingTimeMonths(), "remainingTimeMonths", remainingOn);
    Integer young =
        thresholdFor(t.youngAgeYears(), "youngAgeYears", on(rules, RuleId.YOUNG_GRASSROOTS));
    int gap = nonNegative(t.maxGapDays(), path + ".maxGapDays");
    RemainingTimeException exception = new RemainingTimeException(false, 0, Set.of());
    if (t.remainingTimeException() != null || remainingOn) {
      String p = path + ".remainingTimeException";
      PolicyFile.ExceptionFile e = need(t.remainingTimeException(), p);
      if (need(e.enabled(), p + ".enabled")) {
        exception =
            new RemainingTimeException(
                true, nonNegative(e.months(), p + ".months"), textSet(e.roles(), p + ".roles"));
        knownCodes(CodeKind.ROLE, exception.roles(), p + ".roles");
      }
    }
    Integer floor =
        t.retirementFloorMonths() == null
            ? null
            : nonNegative(t.retirementFloorMonths(), path + ".retirementFloorMonths");
    return new Thresholds(
        head,
        deputy,
        remaining,
        exception,
        young,
        gap,
        floor,
        Boolean.TRUE.equals(t.tenureAcrossMergers()));
  }

  private Integer thresholdFor(Integer value, String name, boolean required) {
    if (!required && value == null) {
      return null;
    }
    return nonNegative(value, "thresholds." + name);
  }

  private static boolean on(Map<RuleId, RuleSetting> rules, RuleId rule) {
    RuleSetting setting = rules.get(rule);
    return setting != null && setting.enabled();
  }

  private Eligibility eligibility(PolicyFile.EligibilityFile e) {
    String path = "eligibility";
    boolean planning = need(e.requirePlanning(), path + ".requirePlanning");
    boolean discipline = need(e.excludeDiscipline(), path + ".excludeDiscipline");
    boolean failed = need(e.excludeFailedAssessment(), path + ".excludeFailedAssessment");
    return new Eligibility(
        planning,
        discipline,
        discipline ? need(e.disciplineMinimumForm(), path + ".disciplineMinimumForm") : null,
        failed,
        failed ? need(e.failedGrade(), path + ".failedGrade") : null,
        failed ? nonNegative(e.failedAssessmentYears(), path + ".failedAssessmentYears") : 0);
  }

  private LocalDefinition local(PolicyFile.LocalFile l) {
    List<Policy.LocalEvidence> evidence = need(l.evidence(), "local.evidence");
    if (evidence.isEmpty()) {
      throw problem("policy-empty", "policy.error.empty", "local.evidence", "");
    }
    return new LocalDefinition(new LinkedHashSet<>(evidence));
  }

  private RetirementSchedule retirement(PolicyFile.RetirementFile r) {
    return new RetirementSchedule(
        ageSchedule(need(r.men(), "retirement.men"), "retirement.men"),
        ageSchedule(need(r.women(), "retirement.women"), "retirement.women"));
  }

  private AgeSchedule ageSchedule(AgeFile a, String path) {
    int baseYear = nonNegative(a.baseYear(), path + ".baseYear");
    int base = nonNegative(a.baseAgeMonths(), path + ".baseAgeMonths");
    int step = nonNegative(a.stepMonthsPerYear(), path + ".stepMonthsPerYear");
    int fin = nonNegative(a.finalAgeMonths(), path + ".finalAgeMonths");
    if (fin < base || (fin > base && step == 0)) {
      throw problem(
          "policy-age-schedule", "policy.error.ageSchedule", path + ".finalAgeMonths", fin);
    }
    return new AgeSchedule(baseYear, base, step, fin);
  }

  private List<TargetDefinition> targets(List<TargetFile> list) {
    List<TargetDefinition> targets = new ArrayList<>();
    if (list == null) {
      return targets;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "targets[" + i + "]";
      TargetFile t = item(list, i, path);
      String id = text(t.id(), path + ".id");
      if (!seen.add(id)) {
        throw problem("policy-duplicate", "policy.error.duplicate", path + ".id", id);
      }
      Set<String> levels = oneOrMany(t.level(), t.levels(), path, "level", "levels");
      knownCodes(CodeKind.LEVEL, levels, path + (t.levels() != null ? ".levels" : ".level"));
      Set<String> unitTypes = oneOrMany(t.unitType(), t.unitTypes(), path, "unitType", "unitTypes");
      knownCodes(
          CodeKind.UNIT_TYPE,
          unitTypes,
          path + (t.unitTypes() != null ? ".unitTypes" : ".unitType"));
      if (levels.isEmpty() && unitTypes.isEmpty()) {
        throw problem("policy-missing", "policy.error.missing", path + ".level", "");
      }
      Set<String> roles = textSet(t.roles(), path + ".roles");
      if (roles.isEmpty()) {
        throw problem("policy-empty", "policy.error.empty", path + ".roles", "");
      }
      knownCodes(CodeKind.ROLE, roles, path + ".roles");
      double goal = need(t.goal(), path + ".goal");
      if (goal < 0) {
        throw problem("policy-negative", "policy.error.negative", path + ".goal", goal);
      }
      targets.add(
          new TargetDefinition(
              id,
              text(t.name(), path + ".name"),
              need(t.kind(), path + ".kind"),
              roles,
              levels,
              unitTypes,
              goal,
              need(t.comparison(), path + ".comparison"),
              t.deadline(),
              optionalText(t.basis(), path + ".basis"),
              t.verified() == null || t.verified()));
    }
    return targets;
  }

  private DateRange range(LocalDate from, LocalDate to, String path) {
    need(from, join(path, "from"));
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
  private Set<String> oneOrMany(
      String single, List<String> many, String path, String oneName, String manyName) {
    if (single != null && many != null) {
      throw problem(
          "policy-unknown-field", "policy.error.unknownField", join(path, manyName), manyName);
    }
    if (many != null) {
      return textSet(many, join(path, manyName));
    }
    return single == null ? Set.of() : Set.of(text(single, join(path, oneName)));
  }

  /**
   * Refuses a level, unit type or role key that the standard code lists do not hold, naming the
   * field and the codes it may take.
   */
  private void knownCodes(CodeKind kind, Set<String> codes, String path) {
    Set<String> standard = new TreeSet<>();
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

  private <T> T need(T value, String path) {
    if (value == null) {
      throw problem("policy-missing", "policy.error.missing", path, "");
    }
    return value;
  }

  private <T> T item(List<T> list, int index, String path) {
    T value = list.get(index);
    if (value == null) {
      throw wrongType(path, ValueType.OBJECT, null);
    }
    return value;
  }

  private String text(String value, String path) {
    if (need(value, path).isBlank()) {
      throw problem("policy-blank", "policy.error.blank", path, "");
    }
    return value.strip();
  }

  private String optionalText(String value, String path) {
    return value == null ? null : text(value, path);
  }

  private int nonNegative(Integer value, String path) {
    if (need(value, path) < 0) {
      throw problem("policy-negative", "policy.error.negative", path, value);
    }
    return value;
  }

  private int positive(Integer value, String path) {
    if (need(value, path) < 1) {
      throw problem("policy-positive", "policy.error.positive", path, value);
    }
    return value;
  }

  private List<String> textList(List<String> values, String path) {
    need(values, path);
    List<String> texts = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank()) {
        throw wrongType(path + "[" + i + "]", ValueType.TEXT, null);
      }
      texts.add(value.strip());
    }
    return texts;
  }

  private Set<String> textSet(List<String> values, String path) {
    return new LinkedHashSet<>(textList(values, path));
  }

  /** Jackson's refusal as the policy's: the key's path and the reason in the user's words. */
  private PolicyException refusal(JsonMappingException e) {
    String path = path(e.getPath());
    if (e instanceof UnrecognizedPropertyException u) {
      return problem(
          "policy-unknown-field",
          "policy.error.unknownField",
          path,
          String.valueOf(u.getPropertyName()));
    }
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    JsonNode written = at(e.getPath());
    if (target != null && target.isEnum()) {
      Object value =
          e instanceof InvalidFormatException f
              ? f.getValue()
              : written == null ? "" : written.asText();
      return problem(
          "policy-unknown-value",
          "policy.error.unknownValue",
          path,
          String.valueOf(value),
          Arrays.stream(target.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .sorted()
              .toList());
    }
    return wrongType(path, expected(target), written);
  }

  private static ValueType expected(Class<?> target) {
    if (target == null) {
      return ValueType.OBJECT;
    }
    if (target == Integer.class || target == int.class || target == Long.class) {
      return ValueType.INTEGER;
    }
    if (target == Double.class || target == double.class || Number.class.isAssignableFrom(target)) {
      return ValueType.NUMBER;
    }
    if (target == Boolean.class || target == boolean.class) {
      return ValueType.BOOLEAN;
    }
    if (target == String.class) {
      return ValueType.TEXT;
    }
    if (target == YearMonth.class) {
      return ValueType.MONTH;
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return ValueType.DATE;
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return ValueType.LIST;
    }
    return ValueType.OBJECT;
  }

  /** The key's path as the policy's messages write it: {@code targets[2].goal}. */
  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The value written at a path of the file, or null. */
  private JsonNode at(List<JsonMappingException.Reference> references) {
    JsonNode node = tree;
    for (JsonMappingException.Reference r : references) {
      if (node == null) {
        return null;
      }
      node = r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
    }
    return node;
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
