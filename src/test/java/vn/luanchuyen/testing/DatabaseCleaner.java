package vn.luanchuyen.testing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the registry tables between tests that share one Spring context. */
public final class DatabaseCleaner {
  private static final List<String> TABLES_CHILDREN_FIRST =
      List.of(
          "approval_cadre_meeting",
          "approval_attachment",
          "approval_withdrawal",
          "approval_tally_entry",
          "approval_step_entry",
          "approval_case",
          "planning_move",
          "planning_plan",
          "succession_entry",
          "cadre_discipline",
          "cadre_assessment",
          "cadre_assignment",
          "cadre",
          "org_position",
          "org_unit_predecessor",
          "org_unit",
          "org_code",
          "security_user");

  private DatabaseCleaner() {}

  public static void clean(JdbcClient jdbc) {
    for (String table : TABLES_CHILDREN_FIRST) {
      jdbc.sql("delete from " + table).update();
    }
    jdbc.sql("delete from audit_entry").update();
    jdbc.sql("delete from audit_checkpoint").update();
    jdbc.sql("delete from audit_seal").update();
    // a new, empty trail: the next entry starts it under a new id, signed and anchored afresh
    jdbc.sql(
            "update audit_head set seq = 0, entry_hash = ?, trail_id = null, key_id = null,"
                + " signature = null where id = 1")
        .param("0".repeat(64))
        .update();
  }
}
