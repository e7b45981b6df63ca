package vn.luanchuyen.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A user as loaded for a login, with the session epoch they logged in under: a session whose epoch
 * is older than the user's ends ({@link SessionGate}).
 */
final class SignedInUser extends User {
  private static final long serialVersionUID = 1L;

  private final long sessionEpoch;

  SignedInUser(
      String username,
      String passwordHash,
      boolean enabled,
      Collection<? extends GrantedAuthority> authorities,
      long sessionEpoch) {
    super(username, passwordHash, enabled, true, true, true, authorities);
    this.sessionEpoch = sessionEpoch;
  }

  long sessionEpoch() {
    return sessionEpoch;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
