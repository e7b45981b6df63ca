package vn.luanchuyen.security;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the demo database, one for each role. They are created only together with the demo
 * data, never in a production database.
 */
@Component
public class DemoUsers {

  /** The password every demo user shares; the README lists it. */
  public static final String PASSWORD = "demo";

  private final UserAccounts accounts;

  DemoUsers(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Transactional
  public void create() {
    save("admin", "Quản trị hệ thống", Role.ADMIN, Role.ORGANISATION_BOARD);
    save("bantochuc", "Chuyên viên Ban Tổ chức", Role.ORGANISATION_BOARD);
    save("thuongvu", "Ủy viên Ban Thường vụ", Role.STANDING_COMMITTEE);
    save("kiemtra", "Cán bộ Ủy ban Kiểm tra", Role.AUDITOR);
    save("xem", "Người xem (toàn quận)", Role.UNIT_VIEWER);
  }

  private void save(String username, String name, Role... roles) {
    accounts.save(new AppUser(username, name, Set.of(roles), List.of(), false, true, 0), PASSWORD);
  }
}
