package vn.luanchuyen.security.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.security.AppUser;
import vn.luanchuyen.security.LoginThrottle;
import vn.luanchuyen.security.Role;
import vn.luanchuyen.security.UserAccounts;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.NotFoundException;

/** Administrators list users, create and edit them (roles, unit scope) and reset passwords. */
@Controller
class UserAdminPages {
  private final UserAccounts accounts;
  private final OrganisationChart chart;
  private final LoginThrottle throttle;

  UserAdminPages(UserAccounts accounts, OrganisationChart chart, LoginThrottle throttle) {
    this.accounts = accounts;
    this.chart = chart;
    this.throttle = throttle;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("users", accounts.users());
    return "security/users";
  }

  @GetMapping("/admin/users/new")
  String newUser(Model model) {
    return form(new AppUser("", "", Set.of(), List.of(), true, true, 0), true, model);
  }

  @PostMapping("/admin/users/new")
  String create(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(required = false) List<Role> roles,
      @RequestParam(defaultValue = "") String unitScope,
      @RequestParam(defaultValue = "") String password,
      Model model) {
    AppUser user =
        new AppUser(
            username.strip(), displayName.strip(), roleSet(roles), codes(unitScope), true, true, 0);
    String problem = check(user);
    if (problem == null) {
      try {
        accounts.create(user, password);
        return "redirect:/admin/users?saved=" + user.username();
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    model.addAttribute("problem", problem);
    return form(user, true, model);
  }

  @GetMapping("/admin/users/{username}")
  String edit(@PathVariable String username, Model model) {
    return form(user(username), false, model);
  }

  @PostMapping("/admin/users/{username}")
  String update(
      @PathVariable String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(required = false) List<Role> roles,
      @RequestParam(defaultValue = "") String unitScope,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam long version,
      Model model) {
    AppUser stored = user(username);
    AppUser user =
        new AppUser(
            username,
            displayName.strip(),
            roleSet(roles),
            codes(unitScope),
            stored.mustChangePassword(),
            enabled,
            version);
    String problem = check(user);
    if (problem == null) {
      try {
        accounts.update(user);
        return "redirect:/admin/users?saved=" + username;
      } catch (ConcurrentEditException e) {
        model.addAttribute("conflict", true);
        return form(stored, false, model);
      }
    }
    model.addAttribute("problem", problem);
    return form(user, false, model);
  }

  @PostMapping("/admin/users/{username}/password")
  String resetPassword(
      @PathVariable String username,
      @RequestParam(defaultValue = "") String password,
      Model model) {
    AppUser stored = user(username);
    try {
      accounts.resetPassword(username, password);
      throttle.clear(username);
      return "redirect:/admin/users?reset=" + username;
    } catch (IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
      return form(stored, false, model);
    }
  }

  private AppUser user(String username) {
    return accounts.find(username).orElseThrow(() -> new NotFoundException("user", username));
  }

  private String form(AppUser user, boolean creating, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("creating", creating);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
    return "security/user-form";
  }

  /** A problem with the form, in Vietnamese, or null. */
  private String check(AppUser user) {
    if (user.displayName().isEmpty()) {
      return "Họ tên là bắt buộc.";
    }
    if (user.roles().isEmpty()) {
      return "Cần chọn ít nhất một vai trò.";
    }
    List<String> unknown = user.unitScope().stream().filter(c -> chart.unit(c).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      return "Không có đơn vị mã " + String.join(", ", unknown) + ".";
    }
    return null;
  }

  static Set<Role> roleSet(List<Role> roles) {
    return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  static List<String> codes(String text) {
    return Arrays.stream(text.split("[,\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
