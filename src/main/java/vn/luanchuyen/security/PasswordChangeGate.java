package vn.luanchuyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who must change their password (an initial administrator, or after a reset) reaches only
 * the password page until they have: pages redirect there, the API answers 403.
 */
class PasswordChangeGate extends OncePerRequestFilter {
  static final String CHANGE_PAGE = "/account/password";
  private static final List<String> OPEN =
      List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/");

  private final UserAccounts accounts;

  PasswordChangeGate(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean open =
        OPEN.stream().anyMatch(p -> path.equals(p) || p.endsWith("/") && path.startsWith(p));
    if (auth == null
        || auth instanceof AnonymousAuthenticationToken
        || open
        || !accounts.find(auth.getName()).map(AppUser::mustChangePassword).orElse(false)) {
      chain.doFilter(request, response);
      return;
    }
    if (path.startsWith("/api/")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
    }
  }
}
