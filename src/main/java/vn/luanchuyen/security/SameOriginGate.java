package vn.luanchuyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a request that would change something when the browser says it was sent from
 * another site: its {@code Origin}, or lacking one its {@code Referer}, names another host than the
 * one the request was sent to. Browsers send {@code Origin} on every cross-site POST, PUT and
 * DELETE; scripts send neither header and pass.
 */
final class SameOriginGate extends OncePerRequestFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE.contains(request.getMethod()) || sameOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  /** Whether the request names no other site than the host it was sent to. */
  static boolean sameOrigin(HttpServletRequest request) {
    String claimed = request.getHeader("Origin");
    if (claimed == null) {
      claimed = request.getHeader("Referer");
    }
    if (claimed == null) {
      return true;
    }
    String host = request.getHeader("Host");
    try {
      String authority = URI.create(claimed.strip()).getRawAuthority();
      return authority != null && host != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
