package vn.luanchuyen.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalMessages;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.planning.FormCount;
import vn.luanchuyen.planning.PlanDecisions;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.SavedPlan;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.InvalidInput;

/**
 * A saved plan version: its moves with names, the approval cases opened for it or for one of its
 * moves, what changed in the registry since it was saved, its official title (set here), and the
 * submission to the procedure.
 */
@Controller
class PlanVersionPages {

  private final PlanVersions versions;
  private final PlanDecisions decisions;
  private final Approvals approvals;
  private final CadreRegistry registry;
  private final OrganisationChart chart;
  private final Clock clock;
  private final MessageSource messages;
  private final ScreeningRuns screening;

  PlanVersionPages(
      PlanVersions versions,
      PlanDecisions decisions,
      Approvals approvals,
      CadreRegistry registry,
      OrganisationChart chart,
      Clock clock,
      MessageSource messages,
      ScreeningRuns screening) {
    this.versions = versions;
    this.decisions = decisions;
    this.approvals = approvals;
    this.registry = registry;
    this.chart = chart;
    this.clock = clock;
    this.messages = messages;
    this.screening = screening;
  }

  /** A saved move as shown: names beside codes, and the case that decided it, if any. */
  record MoveRow(
      String cadre,
      String cadreName,
      String fromSeat,
      String fromName,
      String toSeat,
      String toName,
      AssignmentForm form,
      List<String> grounds,
      String formReason,
      ApprovalCase openCase) {}

  /**
   * The version's moves, counted per form and, with {@code form} (a form's code), only those of
   * that form; what changed in the registry since, as of {@code effectiveOn}.
   */
  @GetMapping("/plans/versions/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn,
      @RequestParam(required = false) String form,
      Model model) {
    SavedPlan plan = versions.get(id);
    LocalDate day = effectiveOn == null ? plan.asOf() : effectiveOn;
    List<SavedPlan.Move> every =
        versions.moves(id).stream().filter(m -> !m.forbidden() && m.toSeat() != null).toList();
    AssignmentForm chosen = PlanPages.chosenForm(form);
    List<SavedPlan.Move> moves =
        every.stream().filter(m -> chosen == null || m.form() == chosen).toList();
    List<String> seats = new ArrayList<>();
    moves.forEach(
        m -> {
          if (m.fromSeat() != null) {
            seats.add(m.fromSeat());
          }
          seats.add(m.toSeat());
        });
    Map<String, Position> positions = chart.positionsByCode(seats);
    List<MoveRow> rows = new ArrayList<>();
    for (SavedPlan.Move m : moves) {
      rows.add(
          new MoveRow(
              m.cadre(),
              registry.cadre(m.cadre()).map(Cadre::fullName).orElse(m.cadre()),
              m.fromSeat(),
              seatName(positions, m.fromSeat()),
              m.toSeat(),
              seatName(positions, m.toSeat()),
              m.form(),
              m.grounds(),
              m.formReason(),
              latest(approvals.casesFor(PlanDecisions.MOVE, id + "/" + m.cadre())).orElse(null)));
    }
    model.addAttribute("plan", plan);
    model.addAttribute(
        "policyName", PlanPages.policyNames(screening).getOrDefault(plan.policy(), plan.policy()));
    model.addAttribute("outcome", versions.outcome(id));
    model.addAttribute("moves", rows);
    model.addAttribute("moveCount", every.size());
    model.addAttribute("form", chosen);
    model.addAttribute(
        "formCounts", FormCount.of(every.stream().map(SavedPlan.Move::form).toList()));
    model.addAttribute("cases", approvals.casesFor(PlanDecisions.PLAN, String.valueOf(id)));
    model.addAttribute("effectiveOn", day);
    model.addAttribute("stale", decisions.staleness(id, null, day));
    return "plans/version";
  }

  @PostMapping("/plans/versions/{id}/submit")
  String submit(
      @PathVariable long id,
      @RequestParam(required = false) String cadre,
      Authentication auth,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      ApprovalCase c =
          decisions.submit(id, cadre == null || cadre.isBlank() ? null : cadre, Actor.of(auth));
      return "redirect:/approval/" + c.id();
    } catch (ApprovalRefused e) {
      redirect.addFlashAttribute("refused", ApprovalMessages.render(e, locale));
      return "redirect:/plans/versions/" + id;
    }
  }

  /** Sets the official title the documents print (blank clears it), on the version read. */
  @PostMapping("/plans/versions/{id}/title")
  String officialTitle(
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam(required = false) String officialTitle,
      RedirectAttributes redirect,
      Locale locale) {
    try {
      versions.setOfficialTitle(id, officialTitle, version);
      redirect.addFlashAttribute(
          "done", messages.getMessage("plans.version.officialTitle.saved", null, locale));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute(
          "refused", messages.getMessage("plans.version.officialTitle.conflict", null, locale));
    } catch (InvalidInput e) {
      redirect.addFlashAttribute(
          "refused",
          String.join(
              " ",
              e.problems().stream()
                  .map(p -> messages.getMessage(p.messageKey(), p.shownArgs(), locale))
                  .toList()));
    }
    return "redirect:/plans/versions/" + id;
  }

  @PostMapping("/plans/versions/{id}/reversal")
  String reversal(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
    try {
      SavedPlan reversal = decisions.draftReversal(id, LocalDate.now(clock));
      return "redirect:/plans/versions/" + reversal.id();
    } catch (ApprovalRefused e) {
      redirect.addFlashAttribute("refused", ApprovalMessages.render(e, locale));
      return "redirect:/plans/versions/" + id;
    }
  }

  private static Optional<ApprovalCase> latest(List<ApprovalCase> cases) {
    return cases.stream().findFirst();
  }

  private String seatName(Map<String, Position> positions, String code) {
    if (code == null) {
      return "";
    }
    Position p = positions.get(code);
    if (p == null) {
      return code;
    }
    String unit = chart.unit(p.unitCode()).map(Unit::name).orElse(p.unitCode());
    return p.name().contains(unit) ? p.name() : p.name() + " – " + unit;
  }
}
