package vn.luanchuyen.security.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.security.AppUser;
import vn.luanchuyen.security.LoginThrottle;
import vn.luanchuyen.security.Role;
import vn.luanchuyen.security.UserAccounts;
import vn.luanchuyen.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Người dùng", description = "Users, roles and unit scope (administrators only)")
class UserApi {
  private final UserAccounts accounts;
  private final OrganisationChart chart;
  private final LoginThrottle throttle;

  UserApi(UserAccounts accounts, OrganisationChart chart, LoginThrottle throttle) {
    this.accounts = accounts;
    this.chart = chart;
    this.throttle = throttle;
  }

  /** A new user with an initial password, which they must change at first login. */
  record NewUser(
      String username,
      String displayName,
      Set<Role> roles,
      List<String> unitScope,
      String password) {}

  /** A new password set by an administrator. */
  record PasswordReset(String password) {}

  @GetMapping
  List<AppUser> users() {
    return accounts.users();
  }

  @GetMapping("/{username}")
  AppUser user(@PathVariable String username) {
    return accounts.find(username).orElseThrow(() -> new NotFoundException("user", username));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tạo người dùng; người dùng phải đổi mật khẩu ở lần đăng nhập đầu")
  AppUser create(@RequestBody NewUser user) {
    AppUser created =
        new AppUser(
            user.username(),
            required(user.displayName()),
            roles(user.roles()),
            scope(user.unitScope()),
            true,
            true,
            0);
    return accounts.create(created, user.password());
  }

  @PutMapping("/{username}")
  @Operation(
      summary = "Sửa tên, vai trò, phạm vi đơn vị và trạng thái của người dùng",
      description = "Gửi kèm version đã đọc; nếu người khác đã sửa trước, trả về 409.")
  AppUser update(@PathVariable String username, @RequestBody AppUser user) {
    if (!username.equals(user.username())) {
      throw new IllegalArgumentException(
          "tên đăng nhập trong đường dẫn và trong nội dung khác nhau");
    }
    AppUser stored = user(username);
    return accounts.update(
        new AppUser(
            username,
            required(user.displayName()),
            roles(user.roles()),
            scope(user.unitScope()),
            stored.mustChangePassword(),
            user.enabled(),
            user.version()));
  }

  @PostMapping("/{username}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Đặt lại mật khẩu; người dùng phải đổi ở lần đăng nhập sau")
  void resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
    user(username);
    accounts.resetPassword(username, reset.password());
    throttle.clear(username);
  }

  private static String required(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("họ tên là bắt buộc");
    }
    return displayName.strip();
  }

  private static Set<Role> roles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("cần ít nhất một vai trò");
    }
    return roles;
  }

  private List<String> scope(List<String> unitScope) {
    List<String> codes = unitScope == null ? List.of() : unitScope;
    List<String> unknown = codes.stream().filter(c -> chart.unit(c).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("không có đơn vị mã " + String.join(", ", unknown));
    }
    return codes;
  }
}
