package vn.luanchuyen.approval;

import java.util.Set;

/** Who acts: the user name and roles (without the {@code ROLE_} prefix). */
public record Actor(String username, Set<String> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }
}
