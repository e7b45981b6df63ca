package vn.luanchuyen.security;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.LuanChuyenApplication;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.CadreMeetings;
import vn.luanchuyen.approval.Decision;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.demo.DemoDistrict;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.planning.PlanDecisions;

/**
 * The child process of the decision crash test, on an H2 file database: {@code setup} imports a
 * demo district, saves a plan rotating {@value #MOVES} heads among their seats (each takes the next
 * one's seat, so every seat is left and taken in one decision) and carries its case to the deciding
 * step with a confirmed tally; {@code decide} records the approving decision, which applies the
 * plan.
 */
public final class DecisionChild {
  static final int MOVES = 40;
  static final Actor CLERK = new Actor("bantochuc", Set.of("ORGANISATION_BOARD"));
  static final Actor MEMBER = new Actor("thuongvu", Set.of("STANDING_COMMITTEE"));
  static final StepInput FULL = new StepInput("Đồng ý", "Các đơn vị", "Đạt", "Đã gặp", "Đồng ý");

  private DecisionChild() {}

  public static void main(String[] args) {
    String db = args[0];
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LuanChuyenApplication.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(
                "--spring.datasource.url=" + db,
                "--spring.datasource.username=sa",
                "--luanchuyen.demo.load-if-empty=false",
                "--logging.level.root=WARN")) {
      if ("setup".equals(args[1])) {
        setup(context);
      } else {
        decide(context);
      }
    }
    System.out.println("DONE");
    System.exit(0);
  }

  static void setup(ConfigurableApplicationContext context) {
    RegistryImport importer = context.getBean(RegistryImport.class);
    if (!importer.importContent(DemoDistrict.generate(11, 400)).problems().isEmpty()) {
      throw new IllegalStateException("the demo district did not import");
    }
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    LocalDate last =
        jdbc.sql(
                "select max(d) from (select max(start_date) d from cadre_assignment union all"
                    + " select max(end_date) d from cadre_assignment) x")
            .query(LocalDate.class)
            .single();
    LocalDate effective = last.plusMonths(1).withDayOfMonth(1);
    LocalDate dayBefore = effective.minusDays(1);
    // heads holding exactly one seat, each seat held by exactly one of them
    List<String[]> holders =
        jdbc.sql(
                "select a.cadre_code, a.position_code from cadre_assignment a join org_position p"
                    + " on p.code = a.position_code where p.seat_rank = 'TRUONG' and a.start_date"
                    + " <= ? and (a.end_date is null or a.end_date >= ?) and (select count(*) from"
                    + " cadre_assignment b where b.cadre_code = a.cadre_code and (b.end_date is"
                    + " null or b.end_date >= ?)) = 1 and (select count(*) from cadre_assignment c"
                    + " where c.position_code = a.position_code and (c.end_date is null or"
                    + " c.end_date >= ?)) = 1 order by a.cadre_code")
            .params(
                Date.valueOf(dayBefore),
                Date.valueOf(dayBefore),
                Date.valueOf(dayBefore),
                Date.valueOf(dayBefore))
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    if (holders.size() < MOVES) {
      throw new IllegalStateException("only " + holders.size() + " heads to rotate");
    }
    jdbc.sql(
            "insert into planning_plan (plan_name, number_in_name, policy_id, as_of, status,"
                + " hard_penalty, soft_penalty, saved_at, version) values ('Luân chuyển vòng', 1,"
                + " 'hadong-2022', ?, 'DRAFT', 0, 0, ?, 0)")
        .params(Date.valueOf(effective), Timestamp.valueOf(LocalDateTime.of(2022, 7, 1, 9, 0)))
        .update();
    long plan = jdbc.sql("select max(id) from planning_plan").query(Long.class).single();
    for (int i = 0; i < MOVES; i++) {
      String[] from = holders.get(i);
      String[] next = holders.get((i + 1) % MOVES);
      jdbc.sql(
              "insert into planning_move (plan_id, cadre_code, from_seat, to_seat, locked,"
                  + " forbidden) values (?, ?, ?, ?, false, false)")
          .params(plan, from[0], from[1], next[1])
          .update();
    }
    Approvals approvals = context.getBean(Approvals.class);
    ApprovalCase c = context.getBean(PlanDecisions.class).submit(plan, null, CLERK);
    CadreMeetings.meetEveryCadre(approvals, c.id(), CLERK);
    for (String step : List.of("chu-truong", "trao-doi-de-xuat", "tong-hop-tham-dinh")) {
      c = approvals.complete(c.id(), c.version(), step, FULL, CLERK);
    }
    for (int i = 0; i < MOVES; i++) {
      String candidate = holders.get(i)[0];
      approvals.enterTally(c.id(), candidate, 1, new Tally(15, 15, 12, 2, 1, 0), CLERK);
      approvals.enterTally(c.id(), candidate, 1, new Tally(15, 15, 12, 2, 1, 0), MEMBER);
    }
  }

  static void decide(ConfigurableApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    Map<String, Object> open =
        new LinkedHashMap<>(
            jdbc.sql(
                    "select c.id, c.version, p.as_of from approval_case c join planning_plan p on"
                        + " cast(p.id as varchar(100)) = c.subject_id where c.status = 'OPEN'")
                .query()
                .singleRow());
    List<Object> values = new ArrayList<>(open.values());
    LocalDate effective = ((Date) values.get(2)).toLocalDate();
    context
        .getBean(Approvals.class)
        .decide(
            ((Number) values.get(0)).longValue(),
            ((Number) values.get(1)).longValue(),
            "APPROVED",
            StepInput.comment("Ban Thường vụ thông qua"),
            new Decision("99-QĐ/QU", effective.minusDays(5), effective),
            MEMBER);
  }
}
