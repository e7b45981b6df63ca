package vn.luanchuyen.testing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.cadre.AssignmentForm;

/** Saves a draft plan version with the moves a test names, as the plan board would. */
public final class SavedPlans {

  private final JdbcClient jdbc;
  private final String name;
  private final String policy;
  private final LocalDate asOf;
  private final List<Object[]> moves = new ArrayList<>();
  private boolean withForms = true;

  private SavedPlans(JdbcClient jdbc, String name, String policy, LocalDate asOf) {
    this.jdbc = jdbc;
    this.name = name;
    this.policy = policy;
    this.asOf = asOf;
  }

  /**
   * Saves version 1 of a plan named {@code name} and returns its id; every move a rotation.
   *
   * @param moves triples: cadre code, seat left, seat taken
   */
  public static long draft(
      JdbcClient jdbc, String name, String policy, LocalDate asOf, String... moves) {
    SavedPlans plan = aDraft(jdbc, name, policy, asOf);
    for (int i = 0; i + 2 < moves.length; i += 3) {
      plan.move(moves[i], moves[i + 1], moves[i + 2], AssignmentForm.LUAN_CHUYEN);
    }
    return plan.save();
  }

  /** Version 1 of a plan named {@code name}, to which moves are added, then saved. */
  public static SavedPlans aDraft(JdbcClient jdbc, String name, String policy, LocalDate asOf) {
    return new SavedPlans(jdbc, name, policy, asOf);
  }

  /** A cadre's move from one seat to another, in a form. */
  public SavedPlans move(String cadre, String from, String to, AssignmentForm form) {
    moves.add(new Object[] {cadre, from, to, form == null ? null : form.name(), null, null, false});
    return this;
  }

  /**
   * The reasons of the move named last, as the plan gave them: the grounds from screening (one a
   * line) and why it takes its form.
   */
  public SavedPlans because(String grounds, String formReason) {
    Object[] last = moves.get(moves.size() - 1);
    last[4] = grounds;
    last[5] = formReason;
    return this;
  }

  /** A move the user forbade: the cadre may not take the seat. */
  public SavedPlans forbidding(String cadre, String from, String seat) {
    moves.add(new Object[] {cadre, from, seat, null, null, null, true});
    return this;
  }

  /** Saves the moves as a schema before V13 did, without their forms. */
  public SavedPlans withoutForms() {
    withForms = false;
    return this;
  }

  /** Saves the version with its moves and returns its id. */
  public long save() {
    jdbc.sql(
            "insert into planning_plan (plan_name, number_in_name, policy_id, as_of, status,"
                + " hard_penalty, soft_penalty, saved_at, version) values (?, 1, ?, ?, 'DRAFT', 0,"
                + " 0, ?, 0)")
        .params(
            name, policy, Date.valueOf(asOf), Timestamp.valueOf(LocalDateTime.of(2022, 7, 1, 9, 0)))
        .update();
    long id =
        jdbc.sql("select id from planning_plan where plan_name = ? and number_in_name = 1")
            .param(name)
            .query(Long.class)
            .single();
    for (Object[] m : moves) {
      if (m[4] != null || m[5] != null) {
        jdbc.sql(
                "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, form, locked,"
                    + " forbidden, grounds, form_reason) values (?, ?, ?, ?, ?, false, false, ?, ?)")
            .params(id, m[0], m[1], m[2], m[3], m[4], m[5])
            .update();
      } else if (withForms) {
        jdbc.sql(
                "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, form, locked,"
                    + " forbidden) values (?, ?, ?, ?, ?, false, ?)")
            .params(id, m[0], m[1], m[2], m[3], m[6])
            .update();
      } else {
        jdbc.sql(
                "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, locked,"
                    + " forbidden) values (?, ?, ?, ?, false, false)")
            .params(id, m[0], m[1], m[2])
            .update();
      }
    }
    return id;
  }
}
