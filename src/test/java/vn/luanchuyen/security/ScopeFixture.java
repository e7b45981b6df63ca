package vn.luanchuyen.security;

import static vn.luanchuyen.testing.RegistryBuilder.aRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.organisation.PositionRank;
import vn.luanchuyen.organisation.Unit;
import vn.luanchuyen.registry.RegistryContent;
import vn.luanchuyen.testing.DatabaseCleaner;

/**
 * Two wards: Vạn Phúc (VP) with a department below it (VP-VH) and Yết Kiêu (YK). A viewer and an
 * Organisation Board officer are scoped to Vạn Phúc; other users see everything.
 */
final class ScopeFixture {
  static final String OWN = "CB1";
  static final String OWN_NAME = "Nguyễn Văn Đức";
  static final String BELOW = "CB3";
  static final String BELOW_NAME = "Lê Thị Hạnh";
  static final String OTHER = "CB2";
  static final String OTHER_NAME = "Trần Quốc Khánh";
  static final String FORMER = "CB4";
  static final String FORMER_NAME = "Phạm Minh Tuấn";
  static final String OTHER_UNIT = "YK";

  static final String SCOPED_VIEWER = "xemvp";
  static final String SCOPED_BOARD = "btcvp";
  static final String VIEWER = "xem";
  static final String BOARD = "bantochuc";
  static final String ADMIN = "admin";
  static final String PASSWORD = "mat-khau-dai-1";

  private ScopeFixture() {}

  static void load(JdbcClient jdbc, RegistryStore store, UserAccounts accounts) {
    DatabaseCleaner.clean(jdbc);
    RegistryContent base =
        aRegistry()
            .ward("VP", "Vạn Phúc")
            .ward(OTHER_UNIT, "Yết Kiêu")
            .seat("VP-VH-TP", "VP-VH", "Trưởng phòng Văn hóa Vạn Phúc", PositionRank.HEAD, "TP")
            .cadre(OWN, OWN_NAME)
            .holding("VP-CT")
            .since(LocalDate.of(2013, 3, 1))
            .and()
            .cadre(OTHER, OTHER_NAME)
            .holding("YK-CT")
            .since(LocalDate.of(2015, 1, 1))
            .and()
            .cadre(BELOW, BELOW_NAME)
            .woman()
            .holding("VP-VH-TP")
            .since(LocalDate.of(2018, 1, 1))
            .and()
            .cadre(FORMER, FORMER_NAME)
            .holding("VP-VH-TP")
            .during(LocalDate.of(2005, 1, 1), LocalDate.of(2010, 12, 31))
            .and()
            .build();
    List<Unit> units = new ArrayList<>(base.units());
    units.add(
        new Unit(
            "VP-VH",
            "Phòng Văn hóa phường Vạn Phúc",
            "PHUONG",
            "PHONG_CHUYEN_MON",
            Block.CHINH_QUYEN,
            "VP",
            null,
            null,
            null,
            List.of(),
            0));
    store.store(
        new RegistryContent(
            base.codes(),
            units,
            base.positions(),
            base.cadres(),
            base.assignments(),
            base.planning(),
            base.assessments(),
            base.disciplines()));
    save(accounts, SCOPED_VIEWER, List.of("VP"), Role.UNIT_VIEWER);
    save(accounts, SCOPED_BOARD, List.of("VP"), Role.ORGANISATION_BOARD);
    save(accounts, VIEWER, List.of(), Role.UNIT_VIEWER);
    save(accounts, BOARD, List.of(), Role.ORGANISATION_BOARD);
    save(accounts, ADMIN, List.of(), Role.ADMIN);
  }

  private static void save(UserAccounts accounts, String name, List<String> scope, Role role) {
    accounts.save(new AppUser(name, name, Set.of(role), scope, false, true, 0), PASSWORD);
  }
}
