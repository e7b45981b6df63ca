package vn.luanchuyen.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.cadre.AgeBand;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreOrder;
import vn.luanchuyen.cadre.CadreQuery;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.CodeEntry;
import vn.luanchuyen.organisation.CodeKind;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.succession.SuccessionEntry;
import vn.luanchuyen.succession.SuccessionPools;

/** The cadre list with search, filters and paging, and a cadre's profile. */
@Controller
class CadrePages {
  static final int PAGE_SIZE = 25;
  static final int MAX_UNITS_IN_LIST = 300;

  private final CadreRegistry cadres;
  private final OrganisationChart chart;
  private final SuccessionPools pools;
  private final ScreeningRuns screening;
  private final Clock clock;

  private final Policies policies;

  CadrePages(
      CadreRegistry cadres,
      OrganisationChart chart,
      SuccessionPools pools,
      ScreeningRuns screening,
      Clock clock,
      Policies policies) {
    this.policies = policies;
    this.cadres = cadres;
    this.chart = chart;
    this.pools = pools;
    this.screening = screening;
    this.clock = clock;
  }

  @GetMapping("/cadres")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String age,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    CadreQuery query =
        new CadreQuery(
            blankToNull(q),
            blankToNull(unit),
            Block.fromCode(block).map(Block::name).orElse(null),
            blankToNull(level),
            sex == null || sex.isBlank() ? null : Sex.valueOf(sex),
            AgeBand.fromName(age).orElse(null),
            today);
    CadreOrder order = CadreOrder.fromParameter(sort).orElse(CadreOrder.CODE);
    boolean descending = "desc".equals(dir);
    model.addAttribute(
        "result", cadres.search(query, order, descending, Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("sort", order.parameter());
    model.addAttribute("dir", descending ? "desc" : "asc");
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute("block", block);
    model.addAttribute("level", level);
    model.addAttribute("sex", sex);
    model.addAttribute("age", age);
    model.addAttribute("today", today);
    model.addAttribute("blocks", Block.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute(
        "levels", chart.codes().stream().filter(c -> c.kind() == CodeKind.LEVEL).toList());
    // a drop-down of every unit only while it stays short; a large registry gets a code field
    model.addAttribute("units", chart.unitCount() <= MAX_UNITS_IN_LIST ? chart.units() : null);
    return htmx != null ? "cadres/list :: results" : "cadres/list";
  }

  /** An assignment with the names of its seat and unit, and its place on the timeline. */
  record Stay(
      Assignment assignment,
      Position position,
      Unit unit,
      double startPercent,
      double widthPercent) {}

  /** A year on the timeline's date axis: 1 January of {@code year}, at {@code percent} of it. */
  record Tick(int year, double percent) {}

  /** At most this many years are labelled on the axis; longer careers label every few years. */
  static final int MAX_TICKS = 12;

  /** The 1 Januaries between the two days, thinned to at most {@link #MAX_TICKS}. */
  static List<Tick> ticks(LocalDate first, LocalDate last, double span) {
    int years = last.getYear() - first.getYear();
    int step = Math.max(1, (int) Math.ceil(years / (double) MAX_TICKS));
    List<Tick> ticks = new ArrayList<>();
    for (int y = first.getYear() + 1; y <= last.getYear(); y += step) {
      ticks.add(new Tick(y, 100.0 * ChronoUnit.DAYS.between(first, LocalDate.of(y, 1, 1)) / span));
    }
    return ticks;
  }

  @GetMapping("/cadres/{code}")
  String profile(
      @PathVariable String code,
      @RequestParam(required = false) String policy,
      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
      Model model) {
    policy = policies.orCurrent(policy);
    LocalDate today = LocalDate.now(clock);
    Cadre cadre = cadres.cadre(code).orElseThrow(() -> new NotFoundException("cadre", code));
    cadres.recordRead(code, "hồ sơ (trang web)");
    // each record read once: the page shows them and screens the cadre on them
    List<Assignment> history = cadres.assignmentsOf(code);
    Map<String, Position> seats =
        chart.positionsByCode(history.stream().map(Assignment::positionCode).distinct().toList());
    Map<String, Unit> units =
        chart.unitsByCode(seats.values().stream().map(Position::unitCode).distinct().toList());
    List<SuccessionEntry> planning = pools.entriesOf(code);
    List<Assessment> assessments = cadres.assessmentsOf(code);
    List<Discipline> disciplines = cadres.disciplinesOf(code);
    LocalDate first =
        history.stream().map(Assignment::startDate).min(LocalDate::compareTo).orElse(today);
    double span = Math.max(1, ChronoUnit.DAYS.between(first, today));
    List<Stay> stays = new ArrayList<>();
    for (Assignment a : history) {
      Position p = seats.get(a.positionCode());
      LocalDate end = a.endDate() == null || a.endDate().isAfter(today) ? today : a.endDate();
      double start = 100.0 * ChronoUnit.DAYS.between(first, a.startDate()) / span;
      double width = Math.max(0.5, 100.0 * ChronoUnit.DAYS.between(a.startDate(), end) / span);
      stays.add(new Stay(a, p, p == null ? null : units.get(p.unitCode()), start, width));
    }
    Policy chosen = screening.policy(policy);
    LocalDate screenedOn = asOf == null ? ScreeningRuns.defaultAsOf(chosen, today) : asOf;
    model.addAttribute(
        "screening",
        screening
            .screenCadre(
                policy,
                screenedOn,
                RegistryContent.of(
                    List.copyOf(units.values()),
                    List.copyOf(seats.values()),
                    List.of(cadre),
                    history,
                    planning,
                    assessments,
                    disciplines))
            .orElse(null));
    model.addAttribute("screeningPolicy", chosen);
    model.addAttribute("screenedOn", screenedOn);
    model.addAttribute("cadre", cadre);
    model.addAttribute("residence", chart.placeName(cadre.permanentResidence()));
    model.addAttribute("birthplace", chart.placeName(cadre.birthplace()));
    model.addAttribute("hometown", chart.placeName(cadre.hometown()));
    model.addAttribute("stays", stays);
    model.addAttribute("timelineFrom", first);
    model.addAttribute("ticks", ticks(first, today, span));
    model.addAttribute("today", today);
    model.addAttribute("planning", planning);
    List<CodeEntry> codes = chart.codes();
    model.addAttribute(
        "roleNames",
        planning.stream()
            .map(SuccessionEntry::roleKey)
            .distinct()
            .collect(
                Collectors.toMap(
                    role -> role, role -> chart.codeName(codes, CodeKind.ROLE, role))));
    model.addAttribute(
        "plannedUnits",
        chart.unitsByCode(
            planning.stream()
                .map(SuccessionEntry::unitCode)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList()));
    model.addAttribute("assessments", assessments);
    model.addAttribute("disciplines", disciplines);
    model.addAttribute(
        "age",
        cadre.birthDate() == null
            ? null
            : java.time.Period.between(cadre.birthDate().date(), today).getYears());
    return "cadres/profile";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
