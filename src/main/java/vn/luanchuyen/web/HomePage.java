package vn.luanchuyen.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.luanchuyen.cadre.CadreQuery;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.security.UnitScope;

/**
 * The overview: how many units and cadres the user may see (a unit-scoped user sees the totals of
 * their own units, not the registry's).
 */
@Controller
class HomePage {
  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final UnitScope scope;
  private final Clock clock;

  HomePage(OrganisationChart chart, CadreRegistry cadres, UnitScope scope, Clock clock) {
    this.chart = chart;
    this.cadres = cadres;
    this.scope = scope;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute(
        "unitCount",
        scope.visibleUnits().map(units -> (long) units.size()).orElse(chart.unitCount()));
    model.addAttribute("cadreCount", cadres.search(CadreQuery.all(today), 0, 1).total());
    model.addAttribute("today", today);
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
