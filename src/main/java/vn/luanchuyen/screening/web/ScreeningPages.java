package vn.luanchuyen.screening.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyException;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningExport;
import vn.luanchuyen.screening.ScreeningLists;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.PageOf;
import vn.luanchuyen.shared.TableWriter;

/** The screening page: a policy and a date, the lists as tabs with reasons, the target cards. */
@Controller
class ScreeningPages {
  private final ScreeningRuns runs;
  private final Clock clock;

  /** Entries of a list shown on one page. */
  static final int PAGE_SIZE = 50;

  private final TableWriter tableWriter;

  private final Policies policies;

  ScreeningPages(ScreeningRuns runs, Clock clock, TableWriter tableWriter, Policies policies) {
    this.policies = policies;
    this.runs = runs;
    this.clock = clock;
    this.tableWriter = tableWriter;
  }

  @GetMapping("/screening")
  String page(
      @RequestParam(required = false) String policy,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(defaultValue = "HEADS_MUST_MOVE") String tab,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Locale locale,
      Model model) {
    policy = policies.orCurrent(policy);
    String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
    Block inBlock = Block.fromCode(block).orElse(null);
    model.addAttribute("unit", unitCode);
    model.addAttribute("block", inBlock == null ? null : inBlock.name());
    model.addAttribute("blocks", Block.values());
    // the list's order, kept in every link of the page (tabs, pages, headers)
    ScreeningOrder order = ScreeningOrder.fromParameter(sort).orElse(null);
    boolean descending = order != null && "desc".equals(dir);
    model.addAttribute("sort", order == null ? null : order.parameter());
    model.addAttribute("dir", order == null ? null : descending ? "desc" : "asc");
    model.addAttribute("policies", runs.shippedPolicies());
    model.addAttribute("policyId", policy);
    Policy chosen;
    try {
      chosen = runs.policy(policy);
    } catch (PolicyException e) {
      model.addAttribute("policyError", e.getMessage(locale));
      return "screening/index";
    }
    LocalDate day = asOf == null ? ScreeningRuns.defaultAsOf(chosen, LocalDate.now(clock)) : asOf;
    RegistrySnapshot snapshot = runs.snapshot();
    ScreeningReport report = runs.screen(snapshot, chosen, day);
    ScreeningLists lists = runs.lists(report, snapshot);
    String active =
        "DATA".equals(tab)
            ? "DATA"
            : Arrays.stream(ScreeningLists.Kind.values())
                .map(Enum::name)
                .filter(tab::equals)
                .findFirst()
                .orElse(ScreeningLists.Kind.HEADS_MUST_MOVE.name());
    model.addAttribute("policy", chosen);
    model.addAttribute("asOf", day);
    model.addAttribute("report", report);
    model.addAttribute("lists", lists);
    model.addAttribute("kinds", ScreeningLists.Kind.values());
    model.addAttribute("tab", active);
    // the picker offers the units that exist on the day screened (not those merged away before it)
    model.addAttribute("units", snapshot.units().stream().filter(u -> u.existsOn(day)).toList());
    List<ScreeningLists.Entry> all =
        "DATA".equals(active)
            ? List.of()
            : lists.list(ScreeningLists.Kind.valueOf(active)).stream()
                .filter(e -> holdsASeatIn(snapshot, e.code(), day, unitCode, inBlock))
                .sorted(order == null ? (a, b) -> 0 : order.comparator(descending))
                .toList();
    // a list can hold most of the registry: show it a page at a time (the export has it whole)
    int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(page, 0), pages - 1);
    model.addAttribute(
        "entries",
        new PageOf<>(
            all.subList(shown * PAGE_SIZE, Math.min(all.size(), (shown + 1) * PAGE_SIZE)),
            shown,
            PAGE_SIZE,
            all.size()));
    model.addAttribute(
        "warnings",
        report.warnings().stream().map(w -> ScreeningMessages.render(w, locale)).toList());
    model.addAttribute(
        "problems",
        lists.dataProblems().stream()
            .map(
                f ->
                    new Problem(
                        f.cadreCode(), f.subject(), ScreeningMessages.render(f.reason(), locale)))
            .toList());
    return "screening/index";
  }

  /**
   * Whether the cadre holds, on the day, a seat in the unit and in a unit of the block asked (each
   * null for any): the filters of the screening lists, as the cadre list reads them.
   */
  static boolean holdsASeatIn(
      RegistrySnapshot snapshot, String cadreCode, LocalDate day, String unitCode, Block block) {
    if (unitCode == null && block == null) {
      return true;
    }
    return snapshot.usableStaysOf(cadreCode).stream()
        .filter(a -> a.heldOn(day))
        .flatMap(a -> snapshot.position(a.positionCode()).stream())
        .flatMap(p -> snapshot.unit(p.unitCode()).stream())
        .anyMatch(
            u ->
                (unitCode == null || u.code().equals(unitCode))
                    && (block == null || u.block() == block));
  }

  /** A data problem as shown. */
  record Problem(String cadreCode, String subject, String message) {}

  @GetMapping("/screening/export.xlsx")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false) String policy,
      @RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf) {
    policy = policies.orCurrent(policy);
    RegistrySnapshot snapshot = runs.snapshot();
    Policy chosen = runs.policy(policy);
    ScreeningReport report = runs.screen(snapshot, chosen, asOf);
    ScreeningLists lists = runs.lists(report, snapshot);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"sang-loc-" + policy + "-" + asOf + ".xlsx\"")
        .header(
            HttpHeaders.CONTENT_TYPE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(out -> tableWriter.write(ScreeningExport.tables(chosen, report, lists), out));
  }
}
