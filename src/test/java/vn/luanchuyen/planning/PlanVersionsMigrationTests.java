package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.testing.SavedPlans;

/**
 * A plan saved before moves had a form (schema V12) still reads after V13: each of its moves was
 * decided as a rotation, and a forbidden move has no form.
 */
class PlanVersionsMigrationTests {

  @Test
  void aPlanSavedBeforeFormsReadsEachMoveAsARotation() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    db.setUser("sa");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target("12")
        .load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(db);
    long plan =
        SavedPlans.aDraft(jdbc, "Đợt cũ", "hadong-2022", LocalDate.of(2022, 6, 30))
            .withoutForms()
            .move("C1", "P1-TP", "W1-CT", null)
            .save();
    jdbc.sql(
            "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, locked,"
                + " forbidden) values (?, 'C2', null, 'W1-PCT', false, true)")
        .param(plan)
        .update();

    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    assertThat(new PlanVersions(jdbc, Clock.systemUTC(), event -> {}).moves(plan))
        .extracting(m -> m.cadre() + " " + m.toSeat() + " " + m.form() + " " + m.forbidden())
        .containsExactly("C1 W1-CT LUAN_CHUYEN false", "C2 W1-PCT null true");
  }
}
