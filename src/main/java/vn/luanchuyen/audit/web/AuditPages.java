package vn.luanchuyen.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.audit.AuditTrail.Column;
import vn.luanchuyen.shared.DisplayNames;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.PageOf;
import vn.luanchuyen.shared.Plausibility;

/**
 * The auditor's page: every entry, a page at a time, filtered by kind of record (and one record),
 * action, user and period; before and after as readable fields; and the chain check. A period
 * ending before it starts is refused beside its field, and nothing is searched.
 */
@Controller
class AuditPages {
  /** Entries on one page. */
  static final int PAGE_SIZE = 50;

  private final AuditTrail trail;
  private final MessageSource messages;
  private final List<DisplayNames> names;

  AuditPages(AuditTrail trail, MessageSource messages, List<DisplayNames> names) {
    this.trail = trail;
    this.messages = messages;
    this.names = names;
  }

  /** An entry as shown: its before and after as field lines. */
  record Shown(AuditEntry entry, List<AuditValues.Line> before, List<AuditValues.Line> after) {}

  @GetMapping("/audit")
  String page(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String id,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean verify,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Optional<FieldProblem> period = Plausibility.period("to", from, to);
    period.ifPresent(
        p -> {
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          model.addAttribute(
              "toProblem", messages.getMessage(p.messageKey(), p.shownArgs(), locale));
        });
    PageOf<AuditEntry> found =
        period.isPresent()
            ? new PageOf<>(List.of(), 0, PAGE_SIZE, 0)
            : trail.search(
                new AuditTrail.Search(type, id, action, actor, from, to), page, PAGE_SIZE);
    AuditValues values = new AuditValues(messages, names, locale);
    model.addAttribute("found", found);
    model.addAttribute(
        "entries",
        found.items().stream()
            .map(e -> new Shown(e, values.lines(e.before()), values.lines(e.after())))
            .toList());
    model.addAttribute("types", trail.distinct(Column.RECORD_TYPE));
    model.addAttribute("actions", trail.distinct(Column.ACTION));
    model.addAttribute("actors", trail.distinct(Column.ACTOR));
    model.addAttribute("type", type);
    model.addAttribute("id", id);
    model.addAttribute("action", action);
    model.addAttribute("actor", actor);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    if (verify) {
      model.addAttribute("verification", trail.verify());
    }
    return "audit/index";
  }
}
