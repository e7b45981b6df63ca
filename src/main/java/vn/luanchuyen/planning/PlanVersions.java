package vn.luanchuyen.planning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.InvalidInput;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.RecordChanged;

/**
 * Saved versions of rotation plans (drafts): each save of a plan under a name is its next version,
 * with its moves, locks and forbidden moves; two versions can be compared. Plain JDBC on the {@code
 * planning_} tables.
 */
@Service
public class PlanVersions {

  /** The kind of record a saved version is in the audit trail. */
  static final String RECORD = "plan-version";

  /** The longest official title a version may have. */
  public static final int TITLE_MAX = 500;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PlanVersions(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** Saves a plan as the next version under its name, with the user's forbidden moves. */
  @Transactional
  public SavedPlan save(String name, RotationPlan plan, List<PlanRequest.Forbidden> forbidden) {
    List<SavedPlan.Move> moves = new ArrayList<>();
    for (PlannedMove m : plan.movesOnly()) {
      moves.add(
          new SavedPlan.Move(
              m.cadre(),
              m.fromSeat(),
              m.toSeat(),
              m.form(),
              m.locked(),
              false,
              m.grounds().stream().map(Explanation::text).toList(),
              m.formReason() == null ? null : m.formReason().text()));
    }
    for (PlanRequest.Forbidden f : forbidden) {
      moves.add(new SavedPlan.Move(f.cadre(), null, f.seat(), null, false, true));
    }
    SavedPlan saved =
        saveVersion(
            name,
            plan.policy(),
            plan.asOf(),
            plan.hardPenalty(),
            plan.mediumPenalty(),
            plan.softPenalty(),
            moves);
    try {
      jdbc.sql("update planning_plan set targets = ?, unplaced = ?, broken = ? where id = ?")
          .params(
              JSON.writeValueAsString(plan.targets()),
              lines(plan.unplaced()),
              lines(plan.broken()),
              saved.id())
          .update();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the plan's targets", e);
    }
    return saved;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static String lines(List<BrokenRule> rules) {
    return rules.isEmpty()
        ? null
        : String.join("\n", rules.stream().map(r -> r.text().replace('\n', ' ')).toList());
  }

  /**
   * What the run showed beside the version's moves when it was saved: the targets before and after,
   * the cadres who must move without a seat, the mandatory rules broken.
   */
  public SavedOutcome outcome(long id) {
    get(id);
    return jdbc.sql("select targets, unplaced, broken from planning_plan where id = ?")
        .param(id)
        .query(
            (rs, n) -> {
              List<TargetChange> targets = List.of();
              String json = rs.getString(1);
              if (json != null) {
                try {
                  targets = List.of(JSON.readValue(json, TargetChange[].class));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                  throw new IllegalStateException("unreadable targets of version " + id, e);
                }
              }
              return new SavedOutcome(targets, split(rs.getString(2)), split(rs.getString(3)));
            })
        .optional()
        .orElse(SavedOutcome.NONE);
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  /** Saves moves as the next draft version under a name (at most 200 characters kept). */
  @Transactional
  SavedPlan saveVersion(
      String name,
      String policy,
      LocalDate asOf,
      long hard,
      long medium,
      long soft,
      List<SavedPlan.Move> moves) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput(List.of(new FieldProblem("name", "plans.input.name.required")));
    }
    String kept = name.length() > 200 ? name.substring(0, 200) : name;
    int number =
        jdbc.sql("select coalesce(max(number_in_name), 0) from planning_plan where plan_name = ?")
                .param(kept)
                .query(Integer.class)
                .single()
            + 1;
    jdbc.sql(
            "insert into planning_plan (plan_name, number_in_name, policy_id, as_of, status,"
                + " hard_penalty, medium_penalty, soft_penalty, saved_at, version) values (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, 0)")
        .params(
            kept,
            number,
            policy,
            Date.valueOf(asOf),
            SavedPlan.Status.DRAFT.name(),
            hard,
            medium,
            soft,
            Timestamp.valueOf(LocalDateTime.now(clock)))
        .update();
    long id =
        jdbc.sql("select id from planning_plan where plan_name = ? and number_in_name = ?")
            .params(kept, number)
            .query(Long.class)
            .single();
    for (SavedPlan.Move m : moves) {
      insertMove(id, m);
    }
    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("name", kept);
    saved.put("number", number);
    saved.put("policy", policy);
    saved.put("asOf", asOf.toString());
    saved.put("moves", moves.stream().filter(m -> !m.forbidden()).count());
    saved.put("forbidden", moves.stream().filter(SavedPlan.Move::forbidden).count());
    try {
      events.publishEvent(
          new RecordChanged(
              RECORD, String.valueOf(id), "CREATE", null, JSON.writeValueAsString(saved)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot describe the saved version", e);
    }
    return get(id);
  }

  /**
   * Saves a move with its reasons as the plan gave them (the grounds one a line, the reason for its
   * form), so the documents of a case cite them as the Board saw them.
   */
  private void insertMove(long plan, SavedPlan.Move m) {
    jdbc.sql(
            "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, form, locked,"
                + " forbidden, grounds, form_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            plan,
            m.cadre(),
            m.fromSeat(),
            m.toSeat(),
            m.form() == null ? null : m.form().name(),
            m.locked(),
            m.forbidden(),
            m.grounds().isEmpty() ? null : clip(String.join("\n", m.grounds())),
            m.formReason() == null ? null : clip(m.formReason()))
        .update();
  }

  private static String clip(String text) {
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }

  public SavedPlan get(long id) {
    return jdbc.sql(SELECT + " where id = ?")
        .param(id)
        .query(PlanVersions::plan)
        .optional()
        .orElseThrow(() -> new NotFoundException("plan-version", String.valueOf(id)));
  }

  /** Every saved version, newest first. */
  public List<SavedPlan> list() {
    return jdbc.sql(SELECT + " order by saved_at desc, id desc").query(PlanVersions::plan).list();
  }

  public List<SavedPlan.Move> moves(long id) {
    get(id);
    return jdbc.sql(
            "select cadre_code, from_seat, to_seat, form, locked, forbidden, grounds, form_reason"
                + " from planning_move where plan_id = ? order by cadre_code, id")
        .param(id)
        .query(
            (rs, n) ->
                new SavedPlan.Move(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    form(rs.getString(4)),
                    rs.getBoolean(5),
                    rs.getBoolean(6),
                    rs.getString(7) == null ? List.of() : List.of(rs.getString(7).split("\n")),
                    rs.getString(8)))
        .list();
  }

  /** The form stored with a move: its code, or null (a forbidden move). */
  static AssignmentForm form(String code) {
    return code == null ? null : AssignmentForm.fromCode(code).orElse(null);
  }

  /** Renames a saved version, if nobody changed it since {@code version} was read. */
  @Transactional
  public SavedPlan rename(long id, String name, long version) {
    int changed =
        jdbc.sql(
                "update planning_plan set plan_name = ?, version = version + 1 where id = ? and version = ?")
            .params(name, id, version)
            .update();
    if (changed == 0) {
      get(id);
      throw new ConcurrentEditException("plan-version " + id);
    }
    return get(id);
  }

  /**
   * Renames a version and sets its official title in one change, each only when given (not null),
   * if nobody changed the version since {@code version} was read.
   */
  @Transactional
  public SavedPlan edit(long id, String name, String officialTitle, long version) {
    if (name == null && officialTitle == null) {
      throw new InvalidInput(
          List.of(new FieldProblem("name", "plans.input.name-or-title.required")));
    }
    SavedPlan out = officialTitle == null ? null : setOfficialTitle(id, officialTitle, version);
    return name == null ? out : rename(id, name, out == null ? version : out.version());
  }

  /**
   * Sets the official title the Board gives a version for its documents (blank clears it), if
   * nobody changed the version since {@code version} was read.
   *
   * @throws InvalidInput for a title over {@value #TITLE_MAX} characters
   */
  @Transactional
  public SavedPlan setOfficialTitle(long id, String title, long version) {
    String kept = title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " ");
    if (kept != null && kept.length() > TITLE_MAX) {
      throw new InvalidInput(
          List.of(
              new FieldProblem(
                  "officialTitle",
                  "plans.input.official-title.too-long",
                  kept.length(),
                  TITLE_MAX)));
    }
    int changed =
        jdbc.sql(
                "update planning_plan set official_title = ?, version = version + 1 where id = ?"
                    + " and version = ?")
            .params(kept, id, version)
            .update();
    if (changed == 0) {
      get(id);
      throw new ConcurrentEditException("plan-version " + id);
    }
    return get(id);
  }

  /**
   * The moves that differ between two versions, cadre by cadre: a cadre who moves in one version
   * only, moves to another seat, or to the same seat in another form.
   */
  public PlanDiff diff(long from, long to) {
    Map<String, SavedPlan.Move> before = byCadre(moves(from));
    Map<String, SavedPlan.Move> after = byCadre(moves(to));
    TreeMap<String, Boolean> cadres = new TreeMap<>();
    before.keySet().forEach(c -> cadres.put(c, true));
    after.keySet().forEach(c -> cadres.put(c, true));
    List<PlanDiff.Change> changes = new ArrayList<>();
    int same = 0;
    for (String cadre : cadres.keySet()) {
      SavedPlan.Move b = before.get(cadre);
      SavedPlan.Move a = after.get(cadre);
      boolean sameSeat = b != null && a != null && Objects.equals(b.toSeat(), a.toSeat());
      if (sameSeat && b.form() == a.form()) {
        same++;
        continue;
      }
      PlanDiff.Kind kind =
          b == null
              ? PlanDiff.Kind.ADDED
              : a == null
                  ? PlanDiff.Kind.REMOVED
                  : sameSeat ? PlanDiff.Kind.FORM_CHANGED : PlanDiff.Kind.CHANGED;
      changes.add(
          new PlanDiff.Change(
              cadre,
              kind,
              (a != null ? a : b).fromSeat(),
              b == null ? null : b.toSeat(),
              a == null ? null : a.toSeat(),
              b == null ? null : b.form(),
              a == null ? null : a.form()));
    }
    return new PlanDiff(get(from), get(to), changes, same);
  }

  private static Map<String, SavedPlan.Move> byCadre(List<SavedPlan.Move> moves) {
    Map<String, SavedPlan.Move> map = new TreeMap<>();
    moves.stream().filter(m -> !m.forbidden()).forEach(m -> map.put(m.cadre(), m));
    return map;
  }

  private static final String SELECT =
      "select id, plan_name, number_in_name, policy_id, as_of, status, hard_penalty,"
          + " medium_penalty, soft_penalty, saved_at, version, official_title from planning_plan";

  private static SavedPlan plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new SavedPlan(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(12),
        rs.getString(4),
        rs.getDate(5).toLocalDate(),
        SavedPlan.Status.valueOf(rs.getString(6)),
        rs.getLong(7),
        rs.getLong(8),
        rs.getLong(9),
        rs.getTimestamp(10).toLocalDateTime(),
        rs.getLong(11));
  }
}
