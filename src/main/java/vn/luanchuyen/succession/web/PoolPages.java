package vn.luanchuyen.succession.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.shared.VietnameseOrder;
import vn.luanchuyen.succession.SuccessionEntry;
import vn.luanchuyen.succession.SuccessionMessages;
import vn.luanchuyen.succession.SuccessionRefused;
import vn.luanchuyen.succession.TermPools;

/**
 * A term's planning pool: the entries with each cadre's standing, adding and removing with the
 * gates explained, the structure targets, bench strength and the annual review.
 */
@Controller
class PoolPages {

  private final TermPools pools;
  private final OrganisationChart chart;
  private final MessageSource messages;
  private final Clock clock;

  PoolPages(TermPools pools, OrganisationChart chart, MessageSource messages, Clock clock) {
    this.pools = pools;
    this.chart = chart;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/succession")
  String pool(@RequestParam(required = false) String term, Model model) {
    Term chosen = term == null || term.isBlank() ? defaultTerm() : Term.parse(term);
    LocalDate day = LocalDate.now(clock);
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> roles = new LinkedHashMap<>();
    pools.roles().entrySet().stream()
        .sorted(Map.Entry.comparingByValue(VietnameseOrder.names()))
        .forEach(r -> roles.put(r.getKey(), r.getValue()));
    // by post, then unit, then cadre, each name in Vietnamese order
    List<TermPools.Row> rows =
        pools.pool(chosen, day).stream()
            .sorted(
                VietnameseOrder.<TermPools.Row>by(
                        r ->
                            roles.getOrDefault(
                                r.entry().entry().roleKey(), r.entry().entry().roleKey()))
                    .thenComparing(
                        VietnameseOrder.by(r -> r.unitName() == null ? "" : r.unitName()))
                    .thenComparing(VietnameseOrder.by(TermPools.Row::cadreName)))
            .toList();
    model.addAttribute("term", chosen);
    model.addAttribute("terms", pools.terms());
    model.addAttribute("rows", rows);
    model.addAttribute(
        "failing",
        rows.stream()
            .map(
                r ->
                    r.failing().stream()
                        .map(reason -> SuccessionMessages.render(messages, reason, locale))
                        .toList())
            .toList());
    model.addAttribute("review", rows.stream().filter(r -> !r.failing().isEmpty()).toList());
    model.addAttribute("structure", pools.structure(chosen, day));
    model.addAttribute("bench", pools.benchStrength(chosen, day));
    model.addAttribute("roles", roles);
    model.addAttribute("units", chart.units().size() <= 500 ? chart.units() : List.of());
    model.addAttribute("rules", pools.rules());
    return "succession/pool";
  }

  @PostMapping("/succession/{term}/entries")
  String add(
      @PathVariable String term,
      @RequestParam String cadre,
      @RequestParam String role,
      @RequestParam(required = false) String unit,
      RedirectAttributes redirect) {
    Term chosen = Term.parse(term);
    SuccessionEntry wanted =
        new SuccessionEntry(
            cadre.strip(),
            role.strip(),
            unit == null || unit.isBlank() ? null : unit.strip(),
            chosen);
    Locale locale = LocaleContextHolder.getLocale();
    try {
      pools.add(wanted, LocalDate.now(clock));
      redirect.addFlashAttribute(
          "added",
          messages.getMessage("succession.added", new Object[] {wanted.cadreCode()}, locale));
    } catch (SuccessionRefused refused) {
      redirect.addFlashAttribute("refusedCadre", wanted.cadreCode());
      redirect.addFlashAttribute(
          "refused",
          refused.reasons().stream()
              .map(r -> SuccessionMessages.render(messages, r, locale))
              .toList());
    } catch (NotFoundException unknown) {
      redirect.addFlashAttribute("refusedCadre", wanted.cadreCode());
      redirect.addFlashAttribute("refused", List.of(unknown(unknown, wanted, locale)));
    }
    return "redirect:/succession?term=" + chosen.code();
  }

  @PostMapping("/succession/{term}/entries/{id}/remove")
  String remove(
      @PathVariable String term,
      @PathVariable long id,
      @RequestParam long version,
      RedirectAttributes redirect) {
    Locale locale = LocaleContextHolder.getLocale();
    try {
      pools.remove(id, version);
      redirect.addFlashAttribute(
          "removed", messages.getMessage("succession.removed", null, locale));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute(
          "conflict", messages.getMessage("succession.conflict", null, locale));
    }
    return "redirect:/succession?term=" + Term.parse(term).code();
  }

  /** What the form named that the registry does not have, in the Board's words. */
  private String unknown(NotFoundException e, SuccessionEntry wanted, Locale locale) {
    if (!"role".equals(e.kind())) {
      return messages.getMessage("error.notFound." + e.kind(), new Object[] {e.code()}, locale);
    }
    String role = pools.roles().getOrDefault(wanted.roleKey(), wanted.roleKey());
    return wanted.unitCode() == null
        ? messages.getMessage("succession.roleNowhere", new Object[] {role}, locale)
        : messages.getMessage(
            "succession.roleNotInUnit",
            new Object[] {
              role, chart.unit(wanted.unitCode()).map(Unit::name).orElse(wanted.unitCode())
            },
            locale);
  }

  /** The first term not yet ended, or the last one. */
  private Term defaultTerm() {
    int year = LocalDate.now(clock).getYear();
    List<Term> terms = pools.terms();
    return terms.stream()
        .filter(t -> t.endYear() >= year)
        .findFirst()
        .orElse(terms.get(terms.size() - 1));
  }
}
