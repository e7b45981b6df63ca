package vn.luanchuyen.testing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saves a draft plan version with the moves a test names, as the plan board would. */
public final class SavedPlans {
  private SavedPlans() {}

  /**
   * Saves version 1 of a plan named {@code name} and returns its id.
   *
   * @param moves triples: cadre code, seat left, seat taken
   */
  public static long draft(
      JdbcClient jdbc, String name, String policy, LocalDate asOf, String... moves) {
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
    for (int i = 0; i + 2 < moves.length; i += 3) {
      jdbc.sql(
              "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, locked,"
                  + " forbidden) values (?, ?, ?, ?, false, false)")
          .params(id, moves[i], moves[i + 1], moves[i + 2])
          .update();
    }
    return id;
  }
}
