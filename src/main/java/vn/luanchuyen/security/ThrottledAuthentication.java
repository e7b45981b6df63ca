package vn.luanchuyen.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user name and password against the stored bcrypt hash, refusing, before any check, a user
 * name or client address that {@link LoginThrottle} has locked. Serves the login form and HTTP
 * Basic alike.
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
    String username = authentication.getName();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails d
            ? d.getRemoteAddress()
            : null;
    if (throttle.locked(username, address)) {
      throw new LockedException("too many failed logins");
    }
    try {
      Authentication result = super.authenticate(authentication);
      throttle.succeeded(username);
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(username, address);
      throw e;
    }
  }
}
