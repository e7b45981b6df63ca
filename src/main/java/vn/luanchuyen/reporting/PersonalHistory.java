package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.importexport.WordTemplate;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.shared.NotFoundException;

/**
 * A cadre's personal history (Sơ yếu lý lịch, Mẫu 2C-BNV/2008; the Party's 2C/TCTW-98 has the same
 * sections) as Word and as PDF, filled from the registry into the shipped templates {@code
 * documents/so-yeu-ly-lich.docx} and {@code .html}: the header with the governing body and the
 * unit, the photo box, the numbered personal fields, the training, the work history from the
 * assignment history, the family, the annual assessments and the signature block. What the registry
 * does not hold (training, family, recruitment, salary, health...) prints as a dotted blank, never
 * invented. Dates print as dd/MM/yyyy, the work history as MM/yyyy. Each print is logged as a read
 * of the cadre's personal data.
 */
@Service
public class PersonalHistory {

  /** The template's name, also the start of the printed file's name. */
  public static final String TEMPLATE = "so-yeu-ly-lich";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The family rows of the form, printed with blank names for the Board to complete. */
  private static final List<String> RELATIONS =
      List.of("father", "mother", "spouse", "children", "siblings");

  private final CadreRegistry registry;
  private final OrganisationChart chart;
  private final ReportDocuments pdf;
  private final String governingBody;
  private final String place;

  PersonalHistory(
      CadreRegistry registry,
      OrganisationChart chart,
      ReportDocuments pdf,
      @Value("${luanchuyen.documents.issuer-name:Quận ủy Hà Đông}") String governingBody,
      @Value("${luanchuyen.documents.place:Hà Đông}") String place) {
    this.registry = registry;
    this.chart = chart;
    this.pdf = pdf;
    this.governingBody = governingBody;
    this.place = place;
  }

  /** The personal history as Word, as the registry holds it on {@code asOf}. */
  @Transactional
  public byte[] docx(String cadreCode, LocalDate asOf) {
    return WordTemplate.of(shipped(".docx")).fill(values(cadreCode, asOf));
  }

  /** The personal history as PDF, with its fonts embedded. */
  @Transactional
  public byte[] pdf(String cadreCode, LocalDate asOf) {
    Map<String, Object> values = new LinkedHashMap<>();
    values(cadreCode, asOf)
        .forEach((k, v) -> values.put(k, v instanceof List<?> ? v : blankIfNull(v)));
    String xhtml = DocumentTemplates.utf8(shipped(".html"));
    return pdf.pdf(XhtmlTemplate.render(xhtml, values));
  }

  /**
   * The value of every field of the form for the cadre (null where the registry holds nothing).
   *
   * @throws NotFoundException for a cadre that does not exist or that the user may not see
   */
  @Transactional
  public Map<String, Object> values(String cadreCode, LocalDate asOf) {
    Cadre c =
        registry.cadre(cadreCode).orElseThrow(() -> new NotFoundException("cadre", cadreCode));
    List<Assignment> history = registry.assignmentsOf(cadreCode);
    Map<String, Position> seats =
        chart.positionsByCode(history.stream().map(Assignment::positionCode).distinct().toList());
    Map<String, Unit> units =
        chart.unitsByCode(seats.values().stream().map(Position::unitCode).distinct().toList());
    List<Assignment> current = history.stream().filter(a -> a.heldOn(asOf)).toList();

    Map<String, Object> v = new LinkedHashMap<>();
    v.put("governingBody", governingBody);
    v.put(
        "unit",
        joinedOrNull(
            current.stream()
                .map(a -> seats.get(a.positionCode()))
                .filter(p -> p != null && units.containsKey(p.unitCode()))
                .map(p -> units.get(p.unitCode()).name())
                .distinct()
                .toList()));
    v.put("cadreCode", c.code());
    v.put("fullName", c.fullName().toUpperCase(VIETNAMESE));
    v.put("signName", c.fullName());
    v.put("otherNames", c.otherNames());
    v.put("birthDate", c.birthDate() == null ? null : c.birthDate().format());
    v.put("sex", DocumentMessages.render("enum.Sex." + c.sex().name()));
    v.put("birthplace", chart.placeName(c.birthplace()));
    v.put("hometown", chart.placeName(c.hometown()));
    v.put("residence", chart.placeName(c.permanentResidence()));
    v.put("ethnicity", c.ethnicity());
    v.put("religion", c.religion());
    v.put(
        "currentPosition",
        joinedOrNull(current.stream().map(a -> seatText(a, seats, units)).toList()));
    v.put(
        "currentPositionSince",
        current.stream()
            .map(Assignment::startDate)
            .min(LocalDate::compareTo)
            .map(DAY::format)
            .orElse(null));
    v.put("generalEducation", c.generalEducation());
    v.put("education", c.education());
    v.put("politicalTheory", c.politicalTheory());
    v.put("stateManagement", c.stateManagement());
    v.put("foreignLanguage", c.foreignLanguage());
    v.put("itLevel", c.itLevel());
    v.put("partyJoinDate", c.partyJoinDate() == null ? null : DAY.format(c.partyJoinDate()));
    v.put(
        "partyOfficialDate",
        c.partyOfficialDate() == null ? null : DAY.format(c.partyOfficialDate()));
    v.put("awards", c.awards());
    v.put("personalIdNumber", c.personalIdNumber());
    v.put("discipline", discipline(registry.disciplinesOf(cadreCode)));
    v.put("history", stays(history, seats, units));
    v.put("training", List.of(blankRow("school", "major", "period", "mode", "degree")));
    v.put("family", family());
    v.put("assessments", assessments(registry.assessmentsOf(cadreCode)));
    v.put("place", place);
    v.put("dateDay", String.format("%02d", asOf.getDayOfMonth()));
    v.put("dateMonth", String.format("%02d", asOf.getMonthValue()));
    v.put("dateYear", String.valueOf(asOf.getYear()));
    registry.recordRead(cadreCode, DocumentMessages.render("documents.personalHistory.read"));
    return v;
  }

  private static List<Map<String, String>> stays(
      List<Assignment> history, Map<String, Position> seats, Map<String, Unit> units) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Assignment a : history) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put(
          "period",
          MONTH.format(a.startDate())
              + " – "
              + (a.endDate() == null
                  ? DocumentMessages.render("documents.personalHistory.now")
                  : MONTH.format(a.endDate())));
      row.put("seat", seatText(a, seats, units));
      out.add(row);
    }
    return out;
  }

  /** The seat's name and its unit's, as the work history writes them. */
  private static String seatText(
      Assignment a, Map<String, Position> seats, Map<String, Unit> units) {
    Position p = seats.get(a.positionCode());
    if (p == null) {
      return a.positionCode();
    }
    Unit u = units.get(p.unitCode());
    return u == null || p.name().contains(u.name()) ? p.name() : p.name() + ", " + u.name();
  }

  private static String discipline(List<Discipline> disciplines) {
    if (disciplines.isEmpty()) {
      return DocumentMessages.render("documents.personalHistory.noDiscipline");
    }
    return disciplines.stream()
        .map(
            d ->
                DocumentMessages.render(
                    d.reason() == null || d.reason().isBlank()
                        ? "documents.personalHistory.discipline"
                        : "documents.personalHistory.disciplineReason",
                    DocumentMessages.render("enum.DisciplineForm." + d.form().name()),
                    DAY.format(d.decidedOn()),
                    d.reason()))
        .collect(Collectors.joining("; "));
  }

  private static List<Map<String, String>> assessments(List<Assessment> assessments) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Assessment a : assessments) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("year", String.valueOf(a.year()));
      row.put("grade", DocumentMessages.render("enum.AssessmentGrade." + a.grade().name()));
      out.add(row);
    }
    return out.isEmpty() ? List.of(blankRow("year", "grade")) : out;
  }

  private static List<Map<String, String>> family() {
    List<Map<String, String>> out = new ArrayList<>();
    for (String relation : RELATIONS) {
      Map<String, String> row = blankRow("name", "birthYear", "details");
      row.put(
          "relation", DocumentMessages.render("documents.personalHistory.relation." + relation));
      out.add(row);
    }
    return out;
  }

  /** A table row the registry has nothing for: every field a dotted blank. */
  private static Map<String, String> blankRow(String... fields) {
    Map<String, String> row = new LinkedHashMap<>();
    for (String f : fields) {
      row.put(f, WordTemplate.BLANK);
    }
    return row;
  }

  private static String joinedOrNull(List<String> parts) {
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static Object blankIfNull(Object value) {
    return value == null ? WordTemplate.BLANK : value;
  }

  private static byte[] shipped(String extension) {
    try {
      return DocumentTemplates.shipped(TEMPLATE + extension);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
