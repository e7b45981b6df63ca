package vn.luanchuyen.approval;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who acts: the user name and roles (without the {@code ROLE_} prefix). */
public record Actor(String username, Set<String> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  /** The logged-in user, with the roles Spring Security granted. */
  public static Actor of(Authentication auth) {
    return new Actor(
        auth.getName(),
        auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring("ROLE_".length()))
            .collect(Collectors.toSet()));
  }
}
