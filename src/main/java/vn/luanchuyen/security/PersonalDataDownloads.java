package vn.luanchuyen.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.luanchuyen.shared.RecordChanged;

/**
 * Audits every read of personal data in bulk that is served (Decree 13/2023): screening lists and
 * exports, the quality report's cadre lists, plan exports and case documents. The entry names who
 * (the logged-in user), when, and the request with its query, from which the records it returned
 * can be listed again. The full registry export is audited where it is written, with its counts.
 */
class PersonalDataDownloads extends OncePerRequestFilter {
  /** What kind of bulk read each path is. */
  private record Kind(String pattern, String recordType) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("/screening", "screening"),
          new Kind("/screening/export.xlsx", "screening"),
          new Kind("/api/v1/screening", "screening"),
          new Kind("/api/v1/screening/export", "screening"),
          new Kind("/reports/quality.xlsx", "report"),
          new Kind("/reports/quality.pdf", "report"),
          new Kind("/reports/quality/cadres", "report"),
          new Kind("/reports/quality/cadres.xlsx", "report"),
          new Kind("/api/v1/reports/quality/cadres", "report"),
          new Kind("/plans/run/*/export.xlsx", "plan"),
          new Kind("/approval/*/documents/*", "document"),
          new Kind("/api/v1/approval/cases/*/documents/*", "document"));

  private final AntPathMatcher paths = new AntPathMatcher();
  private final ApplicationEventPublisher events;

  PersonalDataDownloads(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (!"GET".equals(request.getMethod()) || response.getStatus() >= 300) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (Kind kind : KINDS) {
      if (paths.match(kind.pattern(), path)) {
        String query = request.getQueryString();
        events.publishEvent(
            new RecordChanged(
                kind.recordType(),
                path.length() > 200 ? path.substring(0, 200) : path,
                "READ",
                null,
                "GET " + path + (query == null ? "" : "?" + query)));
        return;
      }
    }
  }
}
