package vn.luanchuyen.approval;

import static vn.luanchuyen.approval.ApprovalMessages.reason;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.PlainText;
import vn.luanchuyen.shared.RecordChanged;

/**
 * Approval cases on the {@code approval_} tables: opening, completing steps in order, sending back,
 * tallies entered twice, the decision. The rules of each transition are the case's own ({@link
 * ApprovalCase}); this service reads and stores cases, and records every change as a step entry and
 * an audit event. The case row is guarded by optimistic locking.
 */
@Service
public class Approvals {

  static final String RECORD = "approval-case";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<SubjectDescription> descriptions;

  /**
   * The descriptions of subjects are looked up when used: their owners (planning) depend on this
   * service to submit.
   */
  Approvals(
      JdbcClient jdbc,
      Clock clock,
      ApplicationEventPublisher events,
      ObjectProvider<SubjectDescription> descriptions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
    this.descriptions = descriptions;
  }

  public Procedure procedure(String id) {
    return ProcedureLoader.shipped(id);
  }

  @Transactional
  public ApprovalCase open(
      String procedureId, String subjectType, String subjectId, String title, Actor actor) {
    Procedure p = procedure(procedureId);
    ApprovalCase.checkOpening(p, subjectType, subjectId, title, actor);
    LocalDateTime now = LocalDateTime.now(clock);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into approval_case (procedure_id, subject_type, subject_id, title,"
                + " current_step, status, opened_by, opened_at, version) values (?, ?, ?, ?, 0,"
                + " ?, ?, ?, 0)")
        .params(
            p.id(),
            subjectType.trim(),
            subjectId.trim(),
            title.trim(),
            ApprovalCase.Status.OPEN.name(),
            actor.username(),
            Timestamp.valueOf(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    record(id, p.step(0).id(), "OPEN", actor, StepInput.comment(null), null);
    ApprovalCase c = get(id);
    events.publishEvent(new RecordChanged(RECORD, String.valueOf(id), "CREATE", null, summary(c)));
    return c;
  }

  /** Completes the case's current (non-deciding) step; the case moves to the next one. */
  @Transactional
  public ApprovalCase complete(
      long caseId, long version, String stepId, StepInput input, Actor actor) {
    ApprovalCase c = current(caseId, version);
    Procedure p = procedure(c.procedureId());
    Set<String> met = new TreeSet<>();
    cadreMeetings(caseId).forEach(m -> met.add(m.candidate()));
    ApprovalCase next = c.complete(p, stepId, actor, input, cadres(c), met);
    ApprovalCase after = move(c, version, next);
    record(caseId, stepId, "COMPLETE", actor, input, p.step(after.currentStep()).id());
    return after;
  }

  /** Sends the case back to an earlier step, with the reason. */
  @Transactional
  public ApprovalCase sendBack(
      long caseId, long version, String toStepId, String reason, Actor actor) {
    ApprovalCase c = current(caseId, version);
    Procedure p = procedure(c.procedureId());
    ApprovalCase after = move(c, version, c.sendBack(p, toStepId, actor, reason));
    record(
        caseId,
        p.step(c.currentStep()).id(),
        "SEND_BACK",
        actor,
        StepInput.comment(reason),
        toStepId);
    return after;
  }

  /**
   * Closes the case at its deciding step as {@code APPROVED} or {@code REJECTED}. An approval needs
   * the decision that carries it out; the module owning the subject applies it in this same
   * transaction (it listens for {@link ApprovalCompleted}) and may refuse it, and then nothing of
   * the decision is kept.
   */
  @Transactional
  public ApprovalCase decide(
      long caseId, long version, String outcome, StepInput input, Decision decision, Actor actor) {
    ApprovalCase c = current(caseId, version);
    Procedure p = procedure(c.procedureId());
    ApprovalCase decided = c.decide(p, outcome, actor, input, decision, tallies(caseId), cadres(c));
    Decision kept = decided.decision();
    if (kept != null) {
      jdbc.sql(
              "update approval_case set decision_number = ?, decision_signed_on = ?,"
                  + " decision_effective_on = ? where id = ? and version = ?")
          .params(kept.number().trim(), kept.signedOn(), kept.effectiveOn(), caseId, version)
          .update();
    }
    ApprovalCase after = move(c, version, decided);
    record(caseId, p.step(c.currentStep()).id(), after.status().name(), actor, input, null);
    events.publishEvent(
        new ApprovalCompleted(
            caseId, c.subjectType(), c.subjectId(), after.status(), after.decision()));
    return after;
  }

  /** The cases opened for a subject, newest first. */
  public List<ApprovalCase> casesFor(String subjectType, String subjectId) {
    return jdbc.sql(SELECT + " where subject_type = ? and subject_id = ? order by id desc")
        .params(subjectType, subjectId)
        .query(Approvals::row)
        .list();
  }

  /**
   * Enters one clerk's tally of a candidate's ballot in a round. The candidate must be a cadre the
   * case is about and still in it; the same clerk may enter again only to correct a mismatch; a
   * later round follows an entered round that did not pass and is kept beside it.
   */
  @Transactional
  public TallyResult enterTally(
      long caseId, String candidate, int round, Tally tally, Actor clerk) {
    ApprovalCase c = get(caseId);
    Procedure p = procedure(c.procedureId());
    List<TallyResult> entered = tallies(caseId);
    String code =
        c.enterTally(
            p,
            cadres(c),
            candidate,
            round,
            tally,
            clerk,
            cadre -> entered.stream().filter(t -> t.candidate().equals(cadre)).toList());
    jdbc.sql(
            "insert into approval_tally_entry (case_id, candidate_code, round_no, clerk, members,"
                + " present, agree, disagree, abstain, invalid_votes, entered_at) values (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            code,
            round,
            clerk.username(),
            tally.members(),
            tally.present(),
            tally.agree(),
            tally.disagree(),
            tally.abstain(),
            tally.invalid(),
            Timestamp.valueOf(LocalDateTime.now(clock)))
        .update();
    events.publishEvent(
        new RecordChanged(
            "approval-tally",
            caseId + "/" + code + "/" + round,
            "CREATE",
            null,
            clerk.username() + ": " + tally));
    return TallyResult.of(code, round, entries(caseId, code, round), p);
  }

  /**
   * Takes one cadre's move out of the case, with the reason (e.g. after a failed ballot): the rest
   * of the case goes on and its decision does not apply this move. Recorded on the case, which
   * changes version, and in the audit trail.
   */
  @Transactional
  public Withdrawal withdraw(
      long caseId, long version, String candidate, String reason, Actor actor) {
    ApprovalCase c = current(caseId, version);
    Procedure p = procedure(c.procedureId());
    CaseCadres cadres = cadres(c);
    String code = c.withdraw(p, actor, cadres, candidate, reason);
    String name = cadres.names().getOrDefault(code, code);
    String step = p.step(c.currentStep()).id();
    LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into approval_withdrawal (case_id, candidate_code, candidate_name, reason,"
                + " step_id, withdrawn_by, withdrawn_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(caseId, code, name, reason.trim(), step, actor.username(), Timestamp.valueOf(at))
        .update(key, "id");
    move(c, version, c);
    Withdrawal w =
        new Withdrawal(
            key.getKey().longValue(),
            caseId,
            code,
            name,
            reason.trim(),
            step,
            actor.username(),
            at);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("candidate", code);
    after.put("name", name);
    after.put("reason", w.reason());
    after.put("step", step);
    created("approval-withdrawal", caseId + "/" + code, after);
    return w;
  }

  /**
   * Records the Board's meeting with one cadre of the case: the day, what was said and the cadre's
   * wishes. Recording again replaces what counts and keeps the earlier record; the audit trail
   * keeps each.
   */
  @Transactional
  public CadreMeeting recordCadreMeeting(
      long caseId, String candidate, LocalDate metOn, String content, String wishes, Actor actor) {
    ApprovalCase c = get(caseId);
    Procedure p = procedure(c.procedureId());
    CaseCadres cadres = cadres(c);
    LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    String code =
        c.meetCadre(p, actor, cadres, candidate, metOn, content, wishes, at.toLocalDate());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into approval_cadre_meeting (case_id, candidate_code, met_on, content, wishes,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            code,
            metOn,
            content.trim(),
            wishes.trim(),
            actor.username(),
            Timestamp.valueOf(at))
        .update(key, "id");
    CadreMeeting m =
        new CadreMeeting(
            key.getKey().longValue(),
            caseId,
            code,
            cadres.names().getOrDefault(code, code),
            metOn,
            content.trim(),
            wishes.trim(),
            actor.username(),
            at);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("candidate", code);
    after.put("metOn", metOn.toString());
    after.put("content", m.content());
    after.put("wishes", m.wishes());
    created("approval-cadre-meeting", caseId + "/" + code, after);
    return m;
  }

  /** Tells the audit trail a record was created, with its fields as JSON. */
  private void created(String record, String id, Map<String, Object> fields) {
    try {
      events.publishEvent(
          new RecordChanged(record, id, "CREATE", null, JSON.writeValueAsString(fields)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The meeting with each cadre of a case, the latest recorded for each, in the order the case's
   * subject lists its cadres (cadres it does not list last).
   */
  public List<CadreMeeting> cadreMeetings(long caseId) {
    CaseCadres cadres = cadres(caseId);
    Map<String, CadreMeeting> latest = new LinkedHashMap<>();
    jdbc.sql(
            "select id, case_id, candidate_code, met_on, content, wishes, recorded_by,"
                + " recorded_at from approval_cadre_meeting where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) ->
                new CadreMeeting(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    cadres.names().getOrDefault(rs.getString(3), rs.getString(3)),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toLocalDateTime()))
        .list()
        .forEach(m -> latest.put(m.candidate(), m));
    List<String> order = new ArrayList<>(cadres.names().keySet());
    return latest.values().stream()
        .sorted(
            java.util.Comparator.comparingInt(
                m -> order.contains(m.candidate()) ? order.indexOf(m.candidate()) : order.size()))
        .toList();
  }

  /** The moves taken out of a case, oldest first. */
  public List<Withdrawal> withdrawals(long caseId) {
    return jdbc.sql(
            "select id, case_id, candidate_code, candidate_name, reason, step_id, withdrawn_by,"
                + " withdrawn_at from approval_withdrawal where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) ->
                new Withdrawal(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toLocalDateTime()))
        .list();
  }

  /** The codes of the cadres whose moves were taken out of a case. */
  public Set<String> withdrawnCandidates(long caseId) {
    Set<String> out = new TreeSet<>();
    withdrawals(caseId).forEach(w -> out.add(w.candidate()));
    return out;
  }

  /**
   * The cadres the case is about, as the module owning its subject names them, and those taken out
   * of it.
   */
  public CaseCadres cadres(long caseId) {
    return cadres(get(caseId));
  }

  private CaseCadres cadres(ApprovalCase c) {
    List<SubjectDescription> owners =
        descriptions
            .orderedStream()
            .filter(d -> d.describe(c.subjectType(), c.subjectId()).isPresent())
            .toList();
    Map<String, String> names = new LinkedHashMap<>();
    owners.forEach(d -> d.candidates(c).forEach(x -> names.putIfAbsent(x.href(), x.label())));
    Map<String, Withdrawal> withdrawn = new LinkedHashMap<>();
    withdrawals(c.id()).forEach(w -> withdrawn.put(w.candidate(), w));
    return new CaseCadres(!owners.isEmpty(), names, withdrawn);
  }

  /** The largest file a case accepts. */
  public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

  /**
   * Attaches a file to the case at its current step. Files are kept as they came and never changed
   * or removed; the audit trail records each with its SHA-256.
   */
  @Transactional
  public Attachment attach(
      long caseId, String fileName, String contentType, byte[] content, Actor actor) {
    ApprovalCase c = get(caseId);
    Procedure p = procedure(c.procedureId());
    Procedure.Step step = c.attachAt(p, actor);
    String raw = fileName == null ? "" : fileName;
    String name =
        raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
            .replaceAll("\\p{Cntrl}", "")
            .strip();
    if (name.isEmpty() || content == null || content.length == 0) {
      throw new ApprovalRefused(reason("attach.empty"));
    }
    if (PlainText.hasHiddenControls(name)) {
      throw new ApprovalRefused(reason("attach.hidden-controls"));
    }
    if (name.length() > 255) {
      throw new ApprovalRefused(reason("attach.name-too-long", "max", 255));
    }
    if (content.length > MAX_ATTACHMENT_BYTES) {
      throw new ApprovalRefused(
          reason("attach.too-large", "file", name, "mb", MAX_ATTACHMENT_BYTES / (1024 * 1024)));
    }
    String type =
        contentType == null || contentType.isBlank() || contentType.length() > 200
            ? "application/octet-stream"
            : contentType;
    String sha = sha256(content);
    LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into approval_attachment (case_id, step_id, file_name, content_type,"
                + " size_bytes, sha256, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)")
        .params(
            caseId,
            step.id(),
            name,
            type,
            (long) content.length,
            sha,
            content,
            actor.username(),
            Timestamp.valueOf(at))
        .update(key, "id");
    Attachment a =
        new Attachment(
            key.getKey().longValue(),
            caseId,
            step.id(),
            name,
            type,
            content.length,
            sha,
            actor.username(),
            at);
    events.publishEvent(
        new RecordChanged(
            "approval-attachment",
            caseId + "/" + a.id(),
            "CREATE",
            null,
            name + " (" + content.length + " byte, SHA-256 " + sha + ", bước " + step.id() + ")"));
    return a;
  }

  /** The files attached to a case, oldest first. */
  public List<Attachment> attachments(long caseId) {
    return jdbc.sql(
            "select id, case_id, step_id, file_name, content_type, size_bytes, sha256,"
                + " uploaded_by, uploaded_at from approval_attachment where case_id = ? order by"
                + " id")
        .param(caseId)
        .query(
            (rs, n) ->
                new Attachment(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getTimestamp(9).toLocalDateTime()))
        .list();
  }

  /** An attached file's content. */
  public byte[] attachmentContent(long caseId, long attachmentId) {
    return jdbc.sql("select content from approval_attachment where case_id = ? and id = ?")
        .params(caseId, attachmentId)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .orElseThrow(() -> new NotFoundException("attachment", caseId + "/" + attachmentId));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The candidates whose latest round's tally is confirmed by two clerks and passed. */
  public Set<String> passedCandidates(long caseId) {
    Set<String> passed = new TreeSet<>();
    for (TallyResult t : ApprovalCase.latestPerCandidate(tallies(caseId))) {
      if (t.status() == TallyResult.Status.CONFIRMED && t.passed()) {
        passed.add(t.candidate());
      }
    }
    return passed;
  }

  /** The double-entry state of every candidate and round entered on the case. */
  public List<TallyResult> tallies(long caseId) {
    ApprovalCase c = get(caseId);
    Procedure p = procedure(c.procedureId());
    Map<String, List<TallyEntry>> byKey = new LinkedHashMap<>();
    for (TallyEntry e : allEntries(caseId)) {
      byKey.computeIfAbsent(e.candidate() + "\u0000" + e.round(), k -> new ArrayList<>()).add(e);
    }
    List<TallyResult> out = new ArrayList<>();
    byKey
        .values()
        .forEach(
            list -> out.add(TallyResult.of(list.get(0).candidate(), list.get(0).round(), list, p)));
    return out;
  }

  private List<TallyEntry> entries(long caseId, String candidate, int round) {
    return allEntries(caseId).stream()
        .filter(e -> e.candidate().equals(candidate) && e.round() == round)
        .toList();
  }

  private List<TallyEntry> allEntries(long caseId) {
    return jdbc.sql(
            "select id, candidate_code, round_no, clerk, members, present, agree, disagree,"
                + " abstain, invalid_votes, entered_at from approval_tally_entry where case_id = ?"
                + " order by candidate_code, round_no, id")
        .param(caseId)
        .query(
            (rs, n) ->
                new TallyEntry(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    new Tally(
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10)),
                    rs.getTimestamp(11).toLocalDateTime()))
        .list();
  }

  public ApprovalCase get(long id) {
    return jdbc.sql(SELECT + " where id = ?")
        .param(id)
        .query(Approvals::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("approval-case", String.valueOf(id)));
  }

  /** Every case, newest first. */
  public List<ApprovalCase> list() {
    return jdbc.sql(SELECT + " order by opened_at desc, id desc").query(Approvals::row).list();
  }

  /** The recorded actions on a case, oldest first. */
  public List<StepEntry> timeline(long caseId) {
    get(caseId);
    return jdbc.sql(
            "select id, step_id, action, actor, acted_at, step_comment, units_consulted,"
                + " appraisal, cadre_meeting, cadre_wishes, to_step, done_on, meeting_starts_at,"
                + " meeting_place, members_present, members_absent, counting_committee from"
                + " approval_step_entry where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) ->
                new StepEntry(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toLocalDateTime(),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getObject(12, LocalDate.class),
                    meeting(rs)))
        .list();
  }

  private static Meeting meeting(ResultSet rs) throws SQLException {
    Meeting m =
        new Meeting(
            rs.getObject(13, LocalTime.class),
            rs.getString(14),
            rs.getString(15),
            rs.getString(16),
            rs.getString(17));
    return m.recorded() ? m : null;
  }

  /** The case, if the caller acts on the version it read; else someone else acted first. */
  private ApprovalCase current(long caseId, long version) {
    ApprovalCase c = get(caseId);
    if (c.version() != version) {
      throw new ConcurrentEditException("approval-case " + caseId);
    }
    return c;
  }

  /** Stores the step and status a transition of the case led to; the case changes version. */
  private ApprovalCase move(ApprovalCase c, long version, ApprovalCase to) {
    int changed =
        jdbc.sql(
                "update approval_case set current_step = ?, status = ?, version = version + 1"
                    + " where id = ? and version = ?")
            .params(to.currentStep(), to.status().name(), c.id(), version)
            .update();
    if (changed == 0) {
      throw new ConcurrentEditException("approval-case " + c.id());
    }
    ApprovalCase after = get(c.id());
    events.publishEvent(
        new RecordChanged(RECORD, String.valueOf(c.id()), "UPDATE", summary(c), summary(after)));
    return after;
  }

  /**
   * Records an action with what the clerk entered: the day the step was done as entered (never
   * after today) and, with a conclusion, the meeting that voted.
   */
  private void record(
      long caseId, String stepId, String action, Actor actor, StepInput in, String toStep) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (in.doneOn() != null && in.doneOn().isAfter(now.toLocalDate())) {
      throw new ApprovalRefused(reason("step.done-on-future"));
    }
    Meeting m = in.meeting() == null ? new Meeting(null, null, null, null, null) : in.meeting();
    jdbc.sql(
            "insert into approval_step_entry (case_id, step_id, action, actor, acted_at,"
                + " step_comment, units_consulted, appraisal, cadre_meeting, cadre_wishes, to_step,"
                + " done_on, meeting_starts_at, meeting_place, members_present, members_absent,"
                + " counting_committee) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            stepId,
            action,
            actor.username(),
            Timestamp.valueOf(now),
            blankToNull(in.comment()),
            blankToNull(in.unitsConsulted()),
            blankToNull(in.appraisal()),
            blankToNull(in.cadreMeeting()),
            blankToNull(in.cadreWishes()),
            toStep,
            in.doneOn(),
            m.startsAt(),
            blankToNull(m.place()),
            blankToNull(m.present()),
            blankToNull(m.absent()),
            blankToNull(m.countingCommittee()))
        .update();
  }

  private static String blankToNull(String s) {
    return StepInput.filled(s) ? s.trim() : null;
  }

  private static String summary(ApprovalCase c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("procedure", c.procedureId());
    m.put("subjectType", c.subjectType());
    m.put("subjectId", c.subjectId());
    m.put("title", c.title());
    m.put("step", c.currentStep());
    m.put("status", c.status());
    if (c.decision() != null) {
      m.put("decisionNumber", c.decision().number());
      m.put("decisionSignedOn", String.valueOf(c.decision().signedOn()));
      m.put("decisionEffectiveOn", String.valueOf(c.decision().effectiveOn()));
    }
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SELECT =
      "select id, procedure_id, subject_type, subject_id, title, current_step, status, opened_by,"
          + " opened_at, version, decision_number, decision_signed_on, decision_effective_on"
          + " from approval_case";

  private static ApprovalCase row(ResultSet rs, int n) throws SQLException {
    return new ApprovalCase(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        ApprovalCase.Status.valueOf(rs.getString(7)),
        rs.getString(8),
        rs.getTimestamp(9).toLocalDateTime(),
        rs.getString(11) == null
            ? null
            : new Decision(
                rs.getString(11),
                rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class)),
        rs.getLong(10));
  }
}
