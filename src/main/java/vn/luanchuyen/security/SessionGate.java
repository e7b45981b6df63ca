package vn.luanchuyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, on every request of a logged-in user, that their account still stands as it did when the
 * session began.
 *
 * <ul>
 *   <li>A session ends at once when its user was removed or disabled, or their roles, unit scope or
 *       password changed since it began (the user's session epoch moved on): pages send the browser
 *       to the login page, the API answers 401.
 *   <li>A user who must change their password (an initial administrator, or after a reset) reaches
 *       only the password page until they have: pages redirect there, the API answers 403.
 * </ul>
 */
class SessionGate extends OncePerRequestFilter {
  static final String CHANGE_PAGE = "/account/password";
  static final String ENDED_PAGE = "/login?ended";
  private static final List<String> OPEN =
      List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/");

  private final UserAccounts accounts;
  private final SignedInSessions sessions;

  SessionGate(UserAccounts accounts, SignedInSessions sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    Optional<UserAccounts.Standing> standing = accounts.standing(auth.getName());
    OptionalLong began = sessions.epochOf(request, auth);
    if (began.isPresent()
        && standing.filter(s -> s.enabled() && s.sessionEpoch() == began.getAsLong()).isEmpty()) {
      end(request);
      if (api) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect(request.getContextPath() + ENDED_PAGE);
      }
      return;
    }
    boolean open =
        OPEN.stream().anyMatch(p -> path.equals(p) || p.endsWith("/") && path.startsWith(p));
    if (open || !standing.map(UserAccounts.Standing::mustChangePassword).orElse(false)) {
      chain.doFilter(request, response);
      return;
    }
    if (api) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
    }
  }

  private static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
  }
}
