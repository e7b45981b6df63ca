package vn.luanchuyen.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code luanchuyen.admin.initial-password} or, if that is not set, a random one written to a file
 * only the service account may read ({@code luanchuyen.admin.initial-password-file}, 0600), whose
 * path is logged; never the password itself. Either way the administrator must change it at first
 * login.
 */
@Component
@Profile("production")
class InitialAdministrator implements ApplicationRunner {
  static final String USERNAME = "admin";
  private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

  private final UserAccounts accounts;
  private final String configuredPassword;
  private final Path passwordFile;

  InitialAdministrator(
      UserAccounts accounts,
      @Value("${luanchuyen.admin.initial-password:}") String configuredPassword,
      @Value("${luanchuyen.admin.initial-password-file:./data/admin-initial-password.txt}")
          Path passwordFile) {
    this.accounts = accounts;
    this.configuredPassword = configuredPassword;
    this.passwordFile = passwordFile;
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
      write(password);
      LOG.warn(
          "Đã tạo quản trị viên đầu tiên '{}'; mật khẩu tạm ở tệp {} (chỉ tài khoản dịch vụ đọc"
              + " được; phải đổi ở lần đăng nhập đầu, rồi xóa tệp).",
          USERNAME,
          passwordFile.toAbsolutePath());
    } else {
      LOG.warn(
          "Đã tạo quản trị viên đầu tiên '{}' với mật khẩu đã cấu hình (phải đổi ở lần đăng nhập"
              + " đầu).",
          USERNAME);
    }
  }

  private void write(String password) {
    try {
      Path dir = passwordFile.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      try (OutputStream out = OwnerOnlyFiles.create(passwordFile)) {
        out.write((password + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
