package vn.luanchuyen.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.planning.FormCount;
import vn.luanchuyen.planning.PlanDiff;
import vn.luanchuyen.planning.PlanRefused;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.PlanTables;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.PlannedMove;
import vn.luanchuyen.planning.PlanningRuns;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.planning.UnknownScopeUnits;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.TableWriter;

/**
 * The plan board: ask for a plan, watch its score while it is solved, read the moves and their
 * reasons, lock or forbid moves and solve again, save a version, compare two versions, export.
 */
@Controller
class PlanPages {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PlanningRuns runs;
  private final PlanVersions versions;
  private final ScreeningRuns screening;
  private final OrganisationChart chart;
  private final TableWriter tableWriter;

  private final Policies policies;

  PlanPages(
      PlanningRuns runs,
      PlanVersions versions,
      ScreeningRuns screening,
      OrganisationChart chart,
      TableWriter tableWriter,
      Policies policies) {
    this.policies = policies;
    this.runs = runs;
    this.versions = versions;
    this.screening = screening;
    this.chart = chart;
    this.tableWriter = tableWriter;
  }

  @GetMapping("/plans")
  String index(Model model) {
    model.addAttribute("policies", screening.shippedPolicies());
    // the policy in force is chosen unless the user picks another
    model.addAttribute("currentPolicy", policies.currentId());
    model.addAttribute("policyNames", policyNames(screening));
    model.addAttribute("versions", versions.list());
    model.addAttribute("units", chart.units());
    model.addAttribute("blocks", Block.values());
    return "plans/index";
  }

  @PostMapping("/plans")
  String start(
      @RequestParam String policy,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "") String units,
      @RequestParam(defaultValue = "30") int seconds,
      Model model,
      HttpServletResponse response) {
    if (asOf == null) {
      // no day, or one that is none: the form again, with the layout's message saying why
      return index(model);
    }
    Set<String> scope =
        Arrays.stream(units.split("[,\\s]+")).filter(u -> !u.isBlank()).collect(Collectors.toSet());
    int limit = Math.max(1, Math.min(seconds, 600));
    try {
      String id =
          runs.start(
              policy,
              new PlanRequest(
                  asOf, scope, Duration.ofSeconds(limit), null, List.of(), List.of(), false));
      return "redirect:/plans/run/" + id;
    } catch (UnknownScopeUnits e) {
      // answered on the same page, naming the codes, the other choices kept
      model.addAttribute("unknownScope", String.join(", ", e.codes()));
      model.addAttribute("scope", scope);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return index(model);
    }
  }

  @GetMapping("/plans/run/{id}")
  String run(@PathVariable String id, @RequestParam(required = false) String form, Model model) {
    board(id, form, model);
    return "plans/run";
  }

  /**
   * The board: the solve's progress and, once solved, the plan with its moves counted per form and,
   * with {@code form} (a form's code, e.g. {@code DIEU_DONG}), only the moves of that form.
   */
  @GetMapping("/plans/run/{id}/board")
  String board(@PathVariable String id, @RequestParam(required = false) String form, Model model) {
    RotationPlan plan = runs.plan(id).orElse(null);
    AssignmentForm chosen = chosenForm(form);
    model.addAttribute("id", id);
    model.addAttribute("progress", runs.progress(id));
    model.addAttribute("plan", plan);
    model.addAttribute("form", chosen);
    if (plan != null) {
      model.addAttribute("formCounts", FormCount.of(plan));
      model.addAttribute("shown", chosen == null ? plan.moves() : plan.movesOf(chosen));
    }
    return "plans/run :: board";
  }

  /** The shipped policies' names by id: pages name a plan's policy, never its id. */
  static Map<String, String> policyNames(ScreeningRuns screening) {
    return screening.shippedPolicies().stream().collect(Collectors.toMap(Policy::id, Policy::name));
  }

  /** The form a page is filtered by: a known form's code, else none (every move shown). */
  static AssignmentForm chosenForm(String code) {
    return code == null ? null : AssignmentForm.fromCode(code).orElse(null);
  }

  @PostMapping("/plans/run/{id}/cancel")
  String cancel(@PathVariable String id) {
    runs.cancel(id);
    return "redirect:/plans/run/" + id;
  }

  /**
   * Edits the plan and solves again, keeping every earlier lock and preferring the plan as it was
   * (only what the edit requires changes): {@code lock} keeps the move as it is, {@code unlock}
   * frees it, {@code keep} keeps the cadre in place, {@code assign} sends the cadre to the chosen
   * seat, {@code forbid} bars this seat to the cadre.
   */
  @PostMapping("/plans/run/{id}/resolve")
  String resolve(
      @PathVariable String id,
      @RequestParam String cadre,
      @RequestParam(required = false) String seat,
      @RequestParam String action) {
    PlanRequest before = runs.request(id);
    List<PlanRequest.Lock> locks = new ArrayList<>();
    List<PlanRequest.Forbidden> forbidden = new ArrayList<>(before.forbidden());
    runs.plan(id)
        .ifPresent(
            plan -> {
              for (PlannedMove m : plan.moves()) {
                if (m.locked()) {
                  locks.add(new PlanRequest.Lock(m.cadre(), m.toSeat()));
                }
              }
            });
    locks.removeIf(l -> l.cadre().equals(cadre));
    String chosen = seat == null || seat.isBlank() ? null : seat;
    switch (action) {
      case "lock", "assign" -> locks.add(new PlanRequest.Lock(cadre, chosen));
      case "keep" -> locks.add(new PlanRequest.Lock(cadre, null));
      case "forbid" -> {
        if (chosen != null) {
          forbidden.add(new PlanRequest.Forbidden(cadre, chosen));
        }
      }
      case "unlock" -> forbidden.removeIf(f -> f.cadre().equals(cadre) && f.seat() == null);
      default -> {
        return "redirect:/plans/run/" + id;
      }
    }
    return "redirect:/plans/run/" + runs.resolve(id, locks, forbidden);
  }

  /** The seats a cadre may be sent to by hand: the form each move would take, or what it breaks. */
  @GetMapping("/plans/run/{id}/assign")
  String assign(@PathVariable String id, @RequestParam String cadre, Model model) {
    RotationPlan plan = runs.plan(id).orElseThrow(() -> new NotFoundException("plan", id));
    PlannedMove move =
        plan.moves().stream()
            .filter(m -> m.cadre().equals(cadre))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("cadre", cadre));
    model.addAttribute("id", id);
    model.addAttribute("move", move);
    model.addAttribute("options", runs.options(id, cadre));
    model.addAttribute("gains", move.moves() ? runs.gain(id, cadre) : List.of());
    return "plans/assign";
  }

  @PostMapping("/plans/run/{id}/save")
  String save(@PathVariable String id, @RequestParam String name) {
    RotationPlan plan = runs.plan(id).orElseThrow(() -> PlanRefused.notSolved(id));
    versions.save(name, plan, runs.request(id).forbidden());
    return "redirect:/plans";
  }

  @GetMapping("/plans/run/{id}/export.xlsx")
  ResponseEntity<StreamingResponseBody> export(@PathVariable String id) {
    RotationPlan plan = runs.plan(id).orElseThrow(() -> PlanRefused.notSolved(id));
    String policyName = screening.policy(plan.policy()).name();
    StreamingResponseBody body = out -> tableWriter.write(PlanTables.of(plan, policyName), out);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"phuong-an-luan-chuyen.xlsx\"")
        .contentType(MediaType.parseMediaType(XLSX))
        .body(body);
  }

  /** A plan still being solved cannot be saved or exported: said in the reader's language. */
  @ExceptionHandler(PlanRefused.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String refused(PlanRefused e, Model model, Locale locale) {
    model.addAttribute("status", 400);
    model.addAttribute("problems", List.of(e.wording(locale)));
    return "error";
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("status", 404);
    model.addAttribute("detailKey", "plans.notFound");
    model.addAttribute("detailArg", e.code());
    return "error";
  }

  @GetMapping("/plans/diff")
  String diff(@RequestParam long from, @RequestParam long to, Model model) throws IOException {
    PlanDiff diff = versions.diff(from, to);
    model.addAttribute("diff", diff);
    // names, not codes: each cadre and each seat of the diff as the registry names it
    var snapshot = screening.snapshot();
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (PlanDiff.Change c : diff.changes()) {
      snapshot.cadre(c.cadre()).ifPresent(x -> names.put(c.cadre(), x.fullName()));
      for (String seat : java.util.Arrays.asList(c.fromSeat(), c.before(), c.after())) {
        if (seat != null) {
          snapshot
              .position(seat)
              .ifPresent(
                  p ->
                      names.put(
                          seat,
                          p.name()
                              + snapshot
                                  .unit(p.unitCode())
                                  .map(u -> p.name().contains(u.name()) ? "" : " — " + u.name())
                                  .orElse("")));
        }
      }
    }
    model.addAttribute("names", names);
    return "plans/diff";
  }
}
