package vn.luanchuyen.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.organisation.OrganisationChart;

@Controller
class HomePage {
  private final OrganisationChart chart;
  private final CadreRegistry cadres;
  private final Clock clock;

  HomePage(OrganisationChart chart, CadreRegistry cadres, Clock clock) {
    this.chart = chart;
    this.cadres = cadres;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("unitCount", chart.unitCount());
    model.addAttribute("cadreCount", cadres.count());
    model.addAttribute("today", LocalDate.now(clock));
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
