package vn.luanchuyen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.luanchuyen.importexport.ImportReport;
import vn.luanchuyen.importexport.RegistryImport;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.security.DemoUsers;
import vn.luanchuyen.security.UserAccounts;

/**
 * On the first start with an empty database, loads the demo district (seed 2022) through the same
 * checks as a workbook import, and the demo users. Off unless {@code luanchuyen.demo.load-if-empty}
 * is true, as it is for {@code serve} on a fresh embedded database; never in the production
 * profile.
 */
@Component
@Profile("!production")
@ConditionalOnProperty(name = "luanchuyen.demo.load-if-empty", havingValue = "true")
class DemoLoader implements ApplicationRunner {
  static final long SEED = 2022;
  private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

  private final RegistryStore store;
  private final RegistryImport importer;
  private final DemoUsers demoUsers;
  private final UserAccounts accounts;

  DemoLoader(
      RegistryStore store, RegistryImport importer, DemoUsers demoUsers, UserAccounts accounts) {
    this.store = store;
    this.importer = importer;
    this.demoUsers = demoUsers;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!store.isEmpty() || accounts.count() > 0) {
      return;
    }
    ImportReport report = importer.importContent(DemoDistrict.generate(SEED));
    if (!report.imported()) {
      throw new IllegalStateException(
          "the demo district does not pass the import checks: " + report.problems());
    }
    demoUsers.create();
    LOG.info(
        "Đã nạp dữ liệu mẫu quận Hà Đông: {} đơn vị, {} cán bộ. Người dùng mẫu: admin, bantochuc,"
            + " thuongvu, kiemtra, xem (mật khẩu: {}).",
        report.counts().units(),
        report.counts().cadres(),
        DemoUsers.PASSWORD);
  }
}
