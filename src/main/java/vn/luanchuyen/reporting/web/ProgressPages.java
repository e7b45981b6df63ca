package vn.luanchuyen.reporting.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  record TargetView(TargetPath path, String seriesJson) {}

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
    double scale = t.percent() ? 100 : 1;
    List<Integer> years = t.points().stream().map(YearPoint::year).toList();
    List<Double> recorded = new ArrayList<>();
    List<Double> projected = new ArrayList<>();
    List<Double> goal = new ArrayList<>();
    for (YearPoint p : t.points()) {
      recorded.add(p.recorded() == null ? null : round(p.recorded() * scale));
      projected.add(p.projected() == null ? null : round(p.projected() * scale));
      goal.add(round(t.goal() * scale));
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

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
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
