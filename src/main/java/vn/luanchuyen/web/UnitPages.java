package vn.luanchuyen.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.cadre.CadreListItem;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.security.UnitScope;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.SearchText;
import vn.luanchuyen.shared.VietnameseOrder;

/**
 * The unit tree as of a day (or the units a search finds, with the units above them), and one unit
 * with its seats and their holders.
 */
@Controller
class UnitPages {
  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final UnitScope scope;
  private final Clock clock;

  UnitPages(OrganisationChart chart, CadreRegistry cadres, UnitScope scope, Clock clock) {
    this.chart = chart;
    this.cadres = cadres;
    this.scope = scope;
    this.clock = clock;
  }

  /** A unit in the tree, with how many units sit directly below it (loaded when opened). */
  record Node(Unit unit, String levelName, String typeName, int childCount) {}

  /** A seat, the name of its role, and whoever holds it on the page's day. */
  record Seat(Position position, String roleName, List<CadreListItem> holders) {}

  /**
   * A unit found by the search, with the units found below it; {@code match} tells a unit that
   * matches from one shown only because a match sits below it.
   */
  record Found(Node node, boolean match, List<Found> children) {}

  @GetMapping("/units")
  String tree(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      @RequestParam(required = false) String q,
      Model model) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    String words = q == null ? "" : q.strip();
    model.addAttribute("asOf", day);
    model.addAttribute("unitCount", chart.unitCount());
    model.addAttribute("q", words);
    if (words.isEmpty()) {
      model.addAttribute("roots", nodes(null, day));
      return "units/tree";
    }
    List<Unit> existing = chart.units().stream().filter(u -> u.existsOn(day)).toList();
    Map<String, Unit> byCode = new HashMap<>();
    existing.forEach(u -> byCode.put(u.code(), u));
    Set<String> matches = new HashSet<>();
    Set<String> shown = new HashSet<>();
    for (Unit u : existing) {
      if (SearchText.matches(words, u.name() + " " + u.code())) {
        matches.add(u.code());
        // the units above a match are shown too, so it is found where it sits in the tree
        for (Unit at = u; at != null && shown.add(at.code()); ) {
          at = at.parentCode() == null ? null : byCode.get(at.parentCode());
        }
      }
    }
    List<CodeEntry> codes = chart.codes();
    Map<String, Integer> counts = chart.childCounts();
    model.addAttribute("matchCount", matches.size());
    model.addAttribute(
        "found",
        found(
            existing.stream()
                .filter(u -> shown.contains(u.code()))
                .filter(u -> u.parentCode() == null || !shown.contains(u.parentCode()))
                .toList(),
            existing.stream().filter(u -> shown.contains(u.code())).toList(),
            matches,
            codes,
            counts));
    return "units/tree";
  }

  /** The found units below each of {@code level}, as a tree in Vietnamese order. */
  private List<Found> found(
      List<Unit> level,
      List<Unit> shown,
      Set<String> matches,
      List<CodeEntry> codes,
      Map<String, Integer> counts) {
    return level.stream()
        .sorted(VietnameseOrder.by(Unit::name))
        .map(
            u ->
                new Found(
                    node(u, codes, counts),
                    matches.contains(u.code()),
                    found(
                        shown.stream().filter(c -> u.code().equals(c.parentCode())).toList(),
                        shown,
                        matches,
                        codes,
                        counts)))
        .toList();
  }

  private Node node(Unit u, List<CodeEntry> codes, Map<String, Integer> counts) {
    return new Node(
        u,
        chart.codeName(codes, CodeKind.LEVEL, u.levelCode()),
        chart.codeName(codes, CodeKind.UNIT_TYPE, u.typeCode()),
        counts.getOrDefault(u.code(), 0));
  }

  /** The units below one unit, as a fragment the tree loads when a branch is opened. */
  @GetMapping("/units/{code}/children")
  String children(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      Model model) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    model.addAttribute("nodes", nodes(code, day));
    model.addAttribute("asOf", day);
    return "units/branch :: branch";
  }

  private List<Node> nodes(String parent, LocalDate day) {
    List<CodeEntry> codes = chart.codes();
    Map<String, Integer> counts = chart.childCounts();
    return chart.children(parent).stream()
        .filter(u -> u.existsOn(day))
        .map(u -> node(u, codes, counts))
        .toList();
  }

  @GetMapping("/units/{code}")
  String unit(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      Model model) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    Unit unit = chart.unit(code).orElseThrow(() -> new NotFoundException("unit", code));
    List<CodeEntry> codes = chart.codes();
    List<CadreListItem> holders = cadres.holdersIn(code, day);
    List<Seat> seats =
        chart.positionsOf(code).stream()
            .map(
                p ->
                    new Seat(
                        p,
                        chart.codeName(codes, CodeKind.ROLE, p.roleKey()),
                        holders.stream()
                            .filter(
                                h ->
                                    h.seats().stream()
                                        .anyMatch(s -> s.positionCode().equals(p.code())))
                            .toList()))
            .toList();
    model.addAttribute("unit", unit);
    model.addAttribute(
        "parent", unit.parentCode() == null ? null : chart.unit(unit.parentCode()).orElse(null));
    model.addAttribute("levelName", chart.codeName(codes, CodeKind.LEVEL, unit.levelCode()));
    model.addAttribute("typeName", chart.codeName(codes, CodeKind.UNIT_TYPE, unit.typeCode()));
    model.addAttribute("seats", seats);
    // the holders of another unit's seats are hidden from a scoped user: an empty list there does
    // not mean the seat is vacant
    model.addAttribute(
        "holdersShown", scope.visibleUnits().map(units -> units.contains(code)).orElse(true));
    model.addAttribute("asOf", day);
    return "units/detail";
  }
}
