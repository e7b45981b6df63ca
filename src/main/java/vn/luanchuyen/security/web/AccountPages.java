package vn.luanchuyen.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.security.PasswordRules;
import vn.luanchuyen.security.SignedInSessions;
import vn.luanchuyen.security.UserAccounts;
import vn.luanchuyen.security.WeakPasswordException;

/** A user changes their own password (and must, at first login in production). */
@Controller
class AccountPages {
  private final UserAccounts accounts;
  private final SignedInSessions sessions;
  private final MessageSource messages;

  AccountPages(UserAccounts accounts, SignedInSessions sessions, MessageSource messages) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.messages = messages;
  }

  @GetMapping("/account/password")
  String form(Principal principal, Model model) {
    model.addAttribute(
        "mustChange",
        accounts.find(principal.getName()).map(u -> u.mustChangePassword()).orElse(false));
    model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
    return "security/password";
  }

  @PostMapping("/account/password")
  String change(
      Principal principal,
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirm,
      HttpServletRequest request,
      Locale locale,
      Model model) {
    model.addAttribute("minLength", UserAccounts.MIN_PASSWORD_LENGTH);
    if (!password.equals(confirm)) {
      model.addAttribute("errorKey", "security.password.mismatch");
      return "security/password";
    }
    try {
      if (!accounts.changePassword(principal.getName(), current, password)) {
        model.addAttribute("errorKey", "security.password.wrongCurrent");
        return "security/password";
      }
    } catch (WeakPasswordException e) {
      model.addAttribute(
          "problems",
          e.reasons().stream()
              .map(
                  r ->
                      messages.getMessage(
                          r.messageKey(), PasswordRules.arguments(r), r.messageKey(), locale))
              .toList());
      return "security/password";
    }
    sessions.renew(request, principal.getName());
    model.addAttribute("changed", true);
    return "security/password";
  }
}
