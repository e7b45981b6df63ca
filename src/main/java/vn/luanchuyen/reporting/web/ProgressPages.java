package vn.luanchuyen.reporting.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.reporting.PlanProgress;
import vn.luanchuyen.reporting.PlanProgress.Progress;
import vn.luanchuyen.reporting.PlanProgress.TargetPath;
import vn.luanchuyen.reporting.PlanProgress.YearMoves;
import vn.luanchuyen.reporting.PlanProgress.YearPoint;

/** The founding plan's progress: a line chart per target and the moves per year. */
@Controller
class ProgressPages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanProgress progress;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final Clock clock;

  ProgressPages(PlanProgress progress, MessageSource messages, ObjectMapper json, Clock clock) {
    this.progress = progress;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  /** A target with its chart's series as JSON for reporting.js. */
  record TargetView(TargetPath path, String seriesJson) {
    /** A value of the path as the chart draws it (percent for a share), for the table. */
    public double shown(double value) {
      return ProgressPages.shown(value, path.percent());
    }
  }

  @GetMapping("/reports/progress")
  String page(
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      Model model) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    Locale locale = LocaleContextHolder.getLocale();
    Progress found = progress.progress(day);
    List<TargetView> targets = new ArrayList<>();
    for (TargetPath t : found.targets()) {
      targets.add(new TargetView(t, write(series(t, locale))));
    }
    model.addAttribute("asOfText", day.format(DAY));
    model.addAttribute("progress", found);
    model.addAttribute("targets", targets);
    model.addAttribute("forms", PlanProgress.MOVES);
    model.addAttribute("movesJson", write(moves(found.moves(), locale)));
    return "reports/progress";
  }

  private Map<String, Object> series(TargetPath t, Locale locale) {
    List<Integer> years = t.points().stream().map(YearPoint::year).toList();
    List<Double> recorded = new ArrayList<>();
    List<Double> projected = new ArrayList<>();
    List<Double> goal = new ArrayList<>();
    for (YearPoint p : t.points()) {
      recorded.add(p.recorded() == null ? null : shown(p.recorded(), t.percent()));
      projected.add(p.projected() == null ? null : shown(p.projected(), t.percent()));
      goal.add(shown(t.goal(), t.percent()));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", years);
    data.put(
        "series",
        List.of(
            series(text("reporting.progress.recorded", locale), recorded),
            series(text("reporting.progress.projected", locale), projected),
            series(text("reporting.progress.goal", locale), goal)));
    return data;
  }

  private Map<String, Object> moves(List<YearMoves> moves, Locale locale) {
    List<Integer> mustMove = new ArrayList<>();
    List<Integer> decided = new ArrayList<>();
    for (YearMoves m : moves) {
      mustMove.add(m.mustMove());
      decided.add(m.decidedTotal());
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", moves.stream().map(YearMoves::year).toList());
    data.put(
        "series",
        List.of(
            series(text("reporting.progress.mustMove", locale), mustMove),
            series(text("reporting.progress.decided", locale), decided)));
    return data;
  }

  private static Map<String, Object> series(String name, List<?> values) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("values", values);
    return s;
  }

  /**
   * A target's value as the page's table prints it, so the chart draws the same number: a share in
   * percent with one decimal (38.2), any other value with two (1.58).
   */
  static double shown(double value, boolean percent) {
    return percent
        ? BigDecimal.valueOf(value * 100).setScale(1, RoundingMode.HALF_UP).doubleValue()
        : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
