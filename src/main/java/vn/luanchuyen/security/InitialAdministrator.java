package vn.luanchuyen.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production, a database without users gets one administrator, {@code admin}, whose password is
 * {@code luanchuyen.admin.initial-password} or, if that is not set, a random one written once to
 * the log. Either way the administrator must change it at first login.
 */
@Component
@Profile("production")
class InitialAdministrator implements ApplicationRunner {
  static final String USERNAME = "admin";
  private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

  private final UserAccounts accounts;
  private final String configuredPassword;

  InitialAdministrator(
      UserAccounts accounts,
      @Value("${luanchuyen.admin.initial-password:}") String configuredPassword) {
    this.accounts = accounts;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.count() > 0) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    accounts.checkPassword(USERNAME, password);
    accounts.save(
        new AppUser(USERNAME, "Quản trị hệ thống", Set.of(Role.ADMIN), List.of(), true, true, 0),
        password);
    if (generated) {
      LOG.warn(
          "Đã tạo quản trị viên đầu tiên '{}' với mật khẩu tạm: {} (phải đổi ở lần đăng nhập đầu).",
          USERNAME,
          password);
    } else {
      LOG.warn(
          "Đã tạo quản trị viên đầu tiên '{}' với mật khẩu đã cấu hình (phải đổi ở lần đăng nhập"
              + " đầu).",
          USERNAME);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
