package vn.luanchuyen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which session epoch a session began under. A login records the user's epoch in the principal
 * ({@link SignedInUser}); a user who changed their own password keeps the session they did it in
 * ({@link #renew}), while their other sessions end.
 */
@Component
public class SignedInSessions {
  private static final String EPOCH = SignedInSessions.class.getName() + ".epoch";

  private final UserAccounts accounts;

  SignedInSessions(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /**
   * Keeps this session going, under a new id, after its user changed their own password; every
   * other session of theirs ends at its next request.
   */
  public void renew(HttpServletRequest request, String username) {
    accounts
        .standing(username)
        .ifPresent(
            standing -> {
              request.changeSessionId();
              request.getSession().setAttribute(EPOCH, standing.sessionEpoch());
            });
  }

  /** The epoch the session began under, or empty for an authentication that carries none. */
  OptionalLong epochOf(HttpServletRequest request, Authentication auth) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(EPOCH) instanceof Long renewed) {
      return OptionalLong.of(renewed);
    }
    if (auth.getPrincipal() instanceof SignedInUser user) {
      return OptionalLong.of(user.sessionEpoch());
    }
    return OptionalLong.empty();
  }
}
