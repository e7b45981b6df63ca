package vn.luanchuyen.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.luanchuyen.organisation.OrganisationChart;
import vn.luanchuyen.organisation.Unit;

/**
 * The units the current user may see: for a user with a unit scope, the scoped units and every unit
 * below them in the tree; for anyone else, every unit. The cadre registry asks it on every query
 * that returns personal data; the web security rules refuse scoped users every endpoint that does
 * not go through those queries.
 *
 * <p>Code outside a request (the command line, the demo loader) has no user and is not limited.
 */
@Service
public class UnitScope {

  private final UserAccounts accounts;
  private final OrganisationChart chart;

  UnitScope(UserAccounts accounts, OrganisationChart chart) {
    this.accounts = accounts;
    this.chart = chart;
  }

  /**
   * The codes of the units the current user may see, or empty when the user is not limited to
   * units. A present but empty set means the user may see no cadre at all.
   */
  public Optional<Set<String>> visibleUnits() {
    Optional<String> username = currentUsername();
    if (username.isEmpty()) {
      return Optional.empty();
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return visibleUnitsOf(username.get());
    }
    // one look-up per request, however many registry queries the request makes
    String key = UnitScope.class.getName() + "." + username.get();
    @SuppressWarnings("unchecked")
    Optional<Set<String>> known =
        (Optional<Set<String>>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (known == null) {
      known = visibleUnitsOf(username.get());
      request.setAttribute(key, known, RequestAttributes.SCOPE_REQUEST);
    }
    return known;
  }

  /** Whether the current user is limited to some units. */
  public boolean limited() {
    return currentUsername().map(this::limited).orElse(false);
  }

  /** Whether the named user is limited to some units. */
  public boolean limited(String username) {
    return accounts.find(username).map(u -> !u.unitScope().isEmpty()).orElse(false);
  }

  /** The units the named user may see, or empty when the user is not limited. */
  public Optional<Set<String>> visibleUnitsOf(String username) {
    Optional<AppUser> user = accounts.find(username);
    if (user.isEmpty() || user.get().unitScope().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(withDescendants(user.get().unitScope()));
  }

  private Set<String> withDescendants(List<String> roots) {
    Map<String, List<String>> children = new HashMap<>();
    Set<String> known = new LinkedHashSet<>();
    for (Unit u : chart.units()) {
      known.add(u.code());
      if (u.parentCode() != null) {
        children.computeIfAbsent(u.parentCode(), k -> new java.util.ArrayList<>()).add(u.code());
      }
    }
    Set<String> visible = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    roots.stream().filter(known::contains).forEach(todo::add);
    while (!todo.isEmpty()) {
      String code = todo.pop();
      if (visible.add(code)) {
        todo.addAll(children.getOrDefault(code, List.of()));
      }
    }
    return visible;
  }

  private static Optional<String> currentUsername() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(auth.getName());
  }
}
