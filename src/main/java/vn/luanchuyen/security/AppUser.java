package vn.luanchuyen.security;

import java.util.List;
import java.util.Set;

/**
 * A user of the application.
 *
 * @param unitScope the units the user is limited to; empty for every unit
 */
public record AppUser(
    String username,
    String displayName,
    Set<Role> roles,
    List<String> unitScope,
    boolean mustChangePassword,
    boolean enabled,
    long version) {

  public AppUser {
    roles = Set.copyOf(roles);
    unitScope = List.copyOf(unitScope);
  }
}
