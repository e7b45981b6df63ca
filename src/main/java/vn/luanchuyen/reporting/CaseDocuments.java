package vn.luanchuyen.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.CadreMeeting;
import vn.luanchuyen.approval.Meeting;
import vn.luanchuyen.approval.Procedure;
import vn.luanchuyen.approval.StepEntry;
import vn.luanchuyen.approval.TallyResult;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.SeatChange;
import vn.luanchuyen.importexport.WordTemplate;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Position;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.planning.PlanDecisions;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.SavedPlan;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.screening.ScreeningRuns;

/**
 * The documents of an approval case — the proposal, the decision, the vote minutes — filled from
 * the case, its plan's moves and the registry into the templates of {@link DocumentTemplates}, as
 * Word and as PDF. Dates print as dd/MM/yyyy; a field with nothing to say prints as a dotted blank.
 *
 * <p>Each paper is dated the day of the act it records, as the clerks entered it: the proposal the
 * day the step before the deciding one was completed (the Board's submission), the minutes the day
 * of the meeting that voted, the decision the day it was signed; never the day it is printed. A
 * plan is named by the official title the Board gave its version, or until then by a neutral title
 * from the policy's plan and the move date, never by its working name. The proposal holds only the
 * steps completed before the deciding one, and each cadre's grounds and the reason for the form as
 * the saved version kept them. The minutes hold the confirmed counts only: the system never knows
 * who voted how. Each document printed is logged as a read of the named cadres' personal data.
 */
@Service
public class CaseDocuments {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The issuing body and signers, from {@code luanchuyen.documents.*}. */
  record Issuer(
      String parent,
      String name,
      String inText,
      String board,
      String place,
      String signerTitle,
      String signerName,
      String boardSignerTitle,
      String boardSignerName) {}

  private final Approvals approvals;
  private final PlanDecisions decisions;
  private final PlanVersions versions;
  private final ScreeningRuns screening;
  private final CadreRegistry registry;
  private final OrganisationChart chart;
  private final DocumentTemplates templates;
  private final ReportDocuments pdf;
  private final Issuer issuer;

  CaseDocuments(
      Approvals approvals,
      PlanDecisions decisions,
      PlanVersions versions,
      ScreeningRuns screening,
      CadreRegistry registry,
      OrganisationChart chart,
      DocumentTemplates templates,
      ReportDocuments pdf,
      @Value("${luanchuyen.documents.issuer-parent:ĐẢNG BỘ THÀNH PHỐ HÀ NỘI}") String parent,
      @Value("${luanchuyen.documents.issuer:QUẬN ỦY HÀ ĐÔNG}") String name,
      @Value("${luanchuyen.documents.issuer-name:Quận ủy Hà Đông}") String inText,
      @Value("${luanchuyen.documents.board:BAN TỔ CHỨC}") String board,
      @Value("${luanchuyen.documents.place:Hà Đông}") String place,
      @Value("${luanchuyen.documents.signer-title:BÍ THƯ}") String signerTitle,
      @Value("${luanchuyen.documents.signer-name:}") String signerName,
      @Value("${luanchuyen.documents.board-signer-title:TRƯỞNG BAN}") String boardSignerTitle,
      @Value("${luanchuyen.documents.board-signer-name:}") String boardSignerName) {
    this.approvals = approvals;
    this.decisions = decisions;
    this.versions = versions;
    this.screening = screening;
    this.registry = registry;
    this.chart = chart;
    this.templates = templates;
    this.pdf = pdf;
    this.issuer =
        new Issuer(
            parent,
            name,
            inText,
            board,
            place,
            signerTitle,
            signerName,
            boardSignerTitle,
            boardSignerName);
  }

  /** The document as Word. */
  @Transactional
  public byte[] docx(long caseId, DocumentKind kind) {
    Map<String, Object> values = values(caseId, kind);
    return WordTemplate.of(templates.current(kind.slug() + ".docx")).fill(values);
  }

  /** The document as PDF, with its fonts embedded. */
  @Transactional
  public byte[] pdf(long caseId, DocumentKind kind) {
    Map<String, Object> values = blanksFilled(values(caseId, kind));
    String xhtml = DocumentTemplates.utf8(templates.current(kind.slug() + ".html"));
    return pdf.pdf(XhtmlTemplate.render(xhtml, values));
  }

  /**
   * The value of every field for the case's document (null where there is nothing to say).
   *
   * @throws DocumentRefused for a decision on a case not approved
   */
  @Transactional
  public Map<String, Object> values(long caseId, DocumentKind kind) {
    ApprovalCase c = approvals.get(caseId);
    if (kind.needsDecision() && c.decision() == null) {
      throw new DocumentRefused(
          DocumentMessages.render("documents.refused.notDecided", String.valueOf(caseId)));
    }
    Procedure p = approvals.procedure(c.procedureId());
    List<StepEntry> done = stepsDone(p, approvals.timeline(caseId));
    List<StepEntry> beforeVote =
        done.stream().filter(e -> p.indexOf(e.stepId()) < p.decidingIndex()).toList();
    Optional<StepEntry> submission =
        beforeVote.stream().filter(e -> p.indexOf(e.stepId()) == p.decidingIndex() - 1).findFirst();
    Optional<StepEntry> conclusion =
        done.stream().filter(e -> p.indexOf(e.stepId()) == p.decidingIndex()).findFirst();

    Map<String, Object> v = new LinkedHashMap<>();
    v.put("issuerParent", issuer.parent());
    v.put("issuer", issuer.name());
    v.put("issuerName", issuer.inText());
    v.put("board", issuer.board());
    v.put("place", issuer.place());
    v.put("signerTitle", issuer.signerTitle());
    v.put("signerName", issuer.signerName());
    v.put("boardSignerTitle", issuer.boardSignerTitle());
    v.put("boardSignerName", issuer.boardSignerName());
    v.put("caseNumber", String.valueOf(c.id()));
    Optional<SavedPlan> version = decisions.versionOf(c);
    Optional<Policy> policy = version.flatMap(x -> policy(x.policy()));
    String planTitle = version.map(x -> planTitle(x, policy)).orElse(c.title());
    v.put("planTitle", planTitle);
    v.put("caseTitle", planTitle);
    v.put("policyName", policy.map(Policy::name).orElse(null));
    v.put("procedureName", p.name());
    v.put("decisionNumber", c.decision() == null ? null : c.decision().number());
    v.put("signedOn", c.decision() == null ? null : day(c.decision().signedOn()));
    v.put("effectiveOn", c.decision() == null ? null : day(c.decision().effectiveOn()));

    LocalDate proposalDay = submission.map(StepEntry::doneOn).orElse(null);
    LocalDate meetingDay = conclusion.map(StepEntry::doneOn).orElse(null);
    LocalDate date =
        switch (kind) {
          case PROPOSAL -> proposalDay;
          case DECISION -> c.decision().signedOn();
          case VOTE_MINUTES -> meetingDay;
        };
    v.put("date", day(date));
    v.put("dateDay", date == null ? null : twoDigits(date.getDayOfMonth()));
    // as the Party's layout writes dates: a leading zero for days 1–9 and for January and February
    v.put(
        "dateMonth",
        date == null ? null : (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue());
    v.put("dateYear", date == null ? null : String.valueOf(date.getYear()));
    v.put("proposalDate", day(proposalDay));
    v.put("meetingDay", day(meetingDay));
    Meeting meeting = conclusion.map(StepEntry::meeting).orElse(null);
    v.put("meetingTime", meeting == null ? null : time(meeting.startsAt()));
    v.put("meetingPlace", meeting == null ? null : meeting.place());
    v.put("membersPresent", meeting == null ? null : meeting.present());
    v.put("membersAbsent", meeting == null ? null : meeting.absent());
    v.put("countingCommittee", meeting == null ? null : meeting.countingCommittee());

    v.put("unitsConsulted", joined(beforeVote, StepEntry::unitsConsulted));
    v.put("appraisal", joined(beforeVote, StepEntry::appraisal));
    List<Map<String, String>> meetings = cadreMeetings(caseId);
    v.put("cadreMeetings", meetings);
    v.put("cadreMeetingCount", meetings.isEmpty() ? null : String.valueOf(meetings.size()));
    v.put(
        "cadreMeeting",
        meetings.isEmpty()
            ? joined(beforeVote, StepEntry::cadreMeeting)
            : lines(meetings, "documents.value.cadreMeetingLine", "metOn", "content"));
    v.put(
        "cadreWishes",
        meetings.isEmpty()
            ? joined(beforeVote, StepEntry::cadreWishes)
            : lines(meetings, "documents.value.cadreWishesLine", "wishes"));
    v.put("steps", steps(p, beforeVote));

    Map<String, Cadre> cadres = new LinkedHashMap<>();
    Map<String, SavedPlan.Move> saved = new LinkedHashMap<>();
    version.ifPresent(
        x ->
            versions.moves(x.id()).stream()
                .filter(m -> !m.forbidden() && m.toSeat() != null)
                .forEach(m -> saved.put(m.cadre(), m)));
    // the moves still in the case: those taken out of it (e.g. after a failed ballot) are not
    // papered
    Set<String> withdrawn = approvals.withdrawnCandidates(c.id());
    List<SeatChange> changes =
        byForm(
            decisions.changesOf(c).stream().filter(x -> !withdrawn.contains(x.cadre())).toList());
    List<Map<String, String>> moves = moves(changes, cadres, saved);
    v.put("moves", moves);
    v.put("movesByForm", movesByForm(changes, moves));
    v.put("moveCount", String.valueOf(moves.size()));
    String forms = forms(changes);
    v.put("forms", forms);
    v.put(
        "formsCapitalised",
        forms == null ? null : forms.substring(0, 1).toUpperCase(VIETNAMESE) + forms.substring(1));
    v.put("quorum", p.quorum().toString());
    v.put("threshold", p.passAbove().toString());
    v.put("tallies", tallies(caseId, cadres));
    for (String code : cadres.keySet()) {
      registry.recordRead(
          code, DocumentMessages.render("documents.read", kind.slug(), String.valueOf(caseId)));
    }
    return v;
  }

  /**
   * The version's official title; until the Board sets one, a neutral title from the policy's plan
   * and the planned move date, never the working name.
   */
  private static String planTitle(SavedPlan version, Optional<Policy> policy) {
    if (version.officialTitle() != null && !version.officialTitle().isBlank()) {
      return version.officialTitle();
    }
    String moveDate = day(version.asOf());
    return policy
        .map(x -> DocumentMessages.render("documents.value.neutralTitle", x.name(), moveDate))
        .orElseGet(() -> DocumentMessages.render("documents.value.neutralTitleNoPolicy", moveDate));
  }

  private Optional<Policy> policy(String id) {
    try {
      return Optional.of(screening.policy(id));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The last completion of each step still standing: a send-back undoes the completions of the step
   * it goes back to and of those after it. The conclusion at the deciding step counts too.
   */
  static List<StepEntry> stepsDone(Procedure p, List<StepEntry> timeline) {
    Map<Integer, StepEntry> byStep = new TreeMap<>();
    for (StepEntry e : timeline) {
      switch (e.action()) {
        case "COMPLETE", "APPROVED", "REJECTED" -> byStep.put(p.indexOf(e.stepId()), e);
        case "SEND_BACK" -> byStep.keySet().removeIf(i -> i >= p.indexOf(e.toStep()));
        default -> {}
      }
    }
    return new ArrayList<>(byStep.values());
  }

  /** The steps done, each with the day entered for it (never when it was recorded). */
  private static List<Map<String, String>> steps(Procedure p, List<StepEntry> done) {
    List<Map<String, String>> out = new ArrayList<>();
    for (StepEntry e : done) {
      int index = p.indexOf(e.stepId());
      Map<String, String> m = new LinkedHashMap<>();
      m.put("index", String.valueOf(out.size() + 1));
      m.put("name", index >= 0 ? p.step(index).name() : e.stepId());
      m.put("doneOn", day(e.doneOn()));
      m.put("actor", e.actor());
      m.put("details", details(e));
      out.add(m);
    }
    return out;
  }

  private static String details(StepEntry e) {
    List<String> lines = new ArrayList<>();
    add(lines, null, e.comment());
    add(lines, "documents.value.unitsConsulted", e.unitsConsulted());
    add(lines, "documents.value.appraisal", e.appraisal());
    add(lines, "documents.value.cadreMeeting", e.cadreMeeting());
    add(lines, "documents.value.cadreWishes", e.cadreWishes());
    return String.join("\n", lines);
  }

  private static void add(List<String> lines, String labelKey, String text) {
    if (text != null && !text.isBlank()) {
      lines.add(labelKey == null ? text : DocumentMessages.render(labelKey, text));
    }
  }

  private static String joined(List<StepEntry> done, Function<StepEntry, String> field) {
    List<String> parts =
        done.stream().map(field).filter(s -> s != null && !s.isBlank()).distinct().toList();
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  /**
   * The moves the case is about (those its decision carried out once approved, else its plan
   * version's, or its one, moves not yet decided), grouped by form: rotations, transfers, position
   * changes, each group in cadre order.
   */
  private static List<SeatChange> byForm(List<SeatChange> changes) {
    return changes.stream()
        .sorted(
            Comparator.comparing(
                    (SeatChange m) -> m.form() == null ? Integer.MAX_VALUE : m.form().ordinal())
                .thenComparing(SeatChange::cadre))
        .toList();
  }

  /**
   * One row per move, numbered in order; each names its form, and gives the grounds from screening
   * and the reason for the form as the saved version kept them.
   */
  private List<Map<String, String>> moves(
      List<SeatChange> changes, Map<String, Cadre> cadres, Map<String, SavedPlan.Move> saved) {
    List<Map<String, String>> out = new ArrayList<>();
    for (SeatChange m : changes) {
      Cadre cadre = cadre(m.cadre(), cadres);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("index", String.valueOf(out.size() + 1));
      row.put("cadreCode", m.cadre());
      row.put("cadreName", cadre == null ? m.cadre() : cadre.fullName());
      row.put(
          "birthDate",
          cadre == null || cadre.birthDate() == null ? null : cadre.birthDate().format());
      seat(row, "from", m.fromSeat());
      seat(row, "to", m.toSeat());
      row.put("form", formName(m.form()));
      SavedPlan.Move kept = saved.get(m.cadre());
      row.put(
          "grounds",
          kept == null || kept.grounds().isEmpty() ? null : String.join("\n", kept.grounds()));
      row.put("formReason", kept == null ? null : kept.formReason());
      out.add(row);
    }
    return out;
  }

  private static String formName(AssignmentForm form) {
    return form == null ? null : DocumentMessages.render("enum.AssignmentForm." + form.name());
  }

  /**
   * The moves under a heading per form ("I. Luân chuyển (2 đồng chí)"): a heading item holds only
   * {@code heading}, a move's item every field of a move but {@code heading}.
   */
  private static List<Map<String, String>> movesByForm(
      List<SeatChange> changes, List<Map<String, String>> moves) {
    List<Map<String, String>> out = new ArrayList<>();
    AssignmentForm group = null;
    int groups = 0;
    for (int i = 0; i < changes.size(); i++) {
      AssignmentForm form = changes.get(i).form();
      if (i == 0 || form != group) {
        group = form;
        AssignmentForm counted = form;
        long count = changes.stream().filter(m -> m.form() == counted).count();
        groups++;
        out.add(
            Map.of(
                "heading",
                DocumentMessages.render(
                    "documents.value.formHeading",
                    ROMAN[Math.min(groups, ROMAN.length) - 1],
                    form == null
                        ? DocumentMessages.render("documents.value.anyForm")
                        : formName(form),
                    String.valueOf(count))));
      }
      out.add(moves.get(i));
    }
    return out;
  }

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

  /**
   * The forms of the moves as a title names them, e.g. "luân chuyển, điều động"; null without
   * moves.
   */
  private static String forms(List<SeatChange> changes) {
    List<String> names =
        changes.stream()
            .map(SeatChange::form)
            .filter(Objects::nonNull)
            .distinct()
            .map(f -> formName(f).toLowerCase(VIETNAMESE))
            .toList();
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private Cadre cadre(String code, Map<String, Cadre> cadres) {
    if (!cadres.containsKey(code)) {
      cadres.put(code, registry.cadre(code).orElse(null));
    }
    return cadres.get(code);
  }

  private void seat(Map<String, String> row, String prefix, String code) {
    Optional<Position> position = code == null ? Optional.empty() : chart.position(code);
    row.put(prefix + "Seat", position.map(Position::name).orElse(code));
    row.put(
        prefix + "Unit",
        position.flatMap(x -> chart.unit(x.unitCode())).map(Unit::name).orElse(null));
  }

  /**
   * The Board's meeting with each cadre still in the case, in the case's order: the day, what was
   * said and the cadre's wishes.
   */
  private List<Map<String, String>> cadreMeetings(long caseId) {
    Set<String> withdrawn = approvals.withdrawnCandidates(caseId);
    List<Map<String, String>> out = new ArrayList<>();
    for (CadreMeeting m : approvals.cadreMeetings(caseId)) {
      if (withdrawn.contains(m.candidate())) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      row.put("index", String.valueOf(out.size() + 1));
      row.put("cadreCode", m.candidate());
      row.put("cadreName", m.candidateName());
      row.put("metOn", day(m.metOn()));
      row.put("content", m.content());
      row.put("wishes", m.wishes());
      out.add(row);
    }
    return out;
  }

  /** One line a cadre: the cadre's name, then the named fields, through the message given. */
  private static String lines(List<Map<String, String>> rows, String key, String... fields) {
    return rows.stream()
        .map(
            row -> {
              List<String> args = new ArrayList<>(List.of(row.get("cadreName")));
              for (String f : fields) {
                args.add(row.get(f));
              }
              return DocumentMessages.render(key, args.toArray(String[]::new));
            })
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** The confirmed tallies, by candidate and round: the counts only. */
  private List<Map<String, String>> tallies(long caseId, Map<String, Cadre> cadres) {
    List<Map<String, String>> out = new ArrayList<>();
    List<TallyResult> confirmed =
        approvals.tallies(caseId).stream()
            .filter(t -> t.status() == TallyResult.Status.CONFIRMED)
            .sorted(
                Comparator.comparing(TallyResult::candidate).thenComparingInt(TallyResult::round))
            .toList();
    for (TallyResult t : confirmed) {
      Cadre cadre = cadre(t.candidate(), cadres);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("index", String.valueOf(out.size() + 1));
      row.put("cadreCode", t.candidate());
      row.put("cadreName", cadre == null ? t.candidate() : cadre.fullName());
      row.put("round", String.valueOf(t.round()));
      row.put("members", String.valueOf(t.tally().members()));
      row.put("present", String.valueOf(t.tally().present()));
      row.put("agree", String.valueOf(t.tally().agree()));
      row.put("disagree", String.valueOf(t.tally().disagree()));
      row.put("abstain", String.valueOf(t.tally().abstain()));
      row.put("invalid", String.valueOf(t.tally().invalid()));
      row.put(
          "agreeShare",
          String.format(Locale.ROOT, "%.1f%%", 100.0 * t.tally().agree() / t.tally().members())
              .replace('.', ','));
      row.put(
          "result",
          DocumentMessages.render(
              t.passed()
                  ? "documents.value.passed"
                  : t.quorumMet() ? "documents.value.failed" : "documents.value.noQuorum"));
      out.add(row);
    }
    return out;
  }

  private static String day(LocalDate d) {
    return d == null ? null : d.format(DAY);
  }

  private static String twoDigits(int n) {
    return (n < 10 ? "0" : "") + n;
  }

  private static String time(LocalTime t) {
    return t == null
        ? null
        : DocumentMessages.render(
            "documents.value.time", String.valueOf(t.getHour()), twoDigits(t.getMinute()));
  }

  /**
   * The values with every missing one printed as the dotted blank, as in the Word documents. A list
   * item's field without a value is blank too; a field the item does not have at all (a heading
   * item's cadre, a move's heading) is null, so that {@code th:if} tells the items apart.
   */
  private static Map<String, Object> blanksFilled(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach(
        (k, x) -> {
          if (x instanceof List<?> list) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Object item : list) {
              Map<String, String> row = new LinkedHashMap<>();
              DocumentFields.LISTS.getOrDefault(k, List.of()).forEach(f -> row.put(f, null));
              ((Map<?, ?>) item)
                  .forEach(
                      (f, y) ->
                          row.put(
                              String.valueOf(f), y == null ? WordTemplate.BLANK : y.toString()));
              rows.add(row);
            }
            out.put(k, rows);
          } else {
            out.put(k, x == null ? WordTemplate.BLANK : x);
          }
        });
    return out;
  }
}
