package vn.luanchuyen.security;

import java.util.Optional;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user name and password against the stored bcrypt hash, but only after {@link
 * LoginThrottle} has counted the attempt: a locked user name, address or pair is refused before any
 * check. Serves the login form and HTTP Basic alike.
 */
class ThrottledAuthentication extends DaoAuthenticationProvider {
  private final LoginThrottle throttle;

  ThrottledAuthentication(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
    super(accounts);
    setPasswordEncoder(encoder);
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails d
            ? d.getRemoteAddress()
            : null;
    Optional<LoginThrottle.Attempt> attempt = throttle.begin(authentication.getName(), address);
    if (attempt.isEmpty()) {
      throw new LockedException("too many failed logins");
    }
    Authentication result = super.authenticate(authentication);
    attempt.get().succeeded();
    return result;
  }
}
