package vn.luanchuyen.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.luanchuyen.audit.AuditTrailTamperedException;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.InvalidInput;
import vn.luanchuyen.shared.NotFoundException;

/**
 * The API answers errors as RFC 7807 problem details, never with a stack trace: the type names the
 * kind of problem ({@code urn:luanchuyen:problem:bad-request}), the title and detail are worded
 * from the bundles ({@code api.problem.*} in {@code messages*.properties}), in Vietnamese unless
 * the reader asks for English ({@code ?lang=en}, {@code Accept-Language: en}).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {
  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  /** Typed values that cannot be right: 400, each field with its message in the user's language. */
  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalidInput(InvalidInput e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, String>> errors =
        e.problems().stream()
            .map(
                p ->
                    Map.of(
                        "field",
                        p.field(),
                        "message",
                        messages.getMessage(p.messageKey(), p.shownArgs(), locale)))
            .toList();
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid-input",
            messages.getMessage("input.title", null, locale),
            String.join(" ", errors.stream().map(m -> m.get("message")).toList()));
    p.setProperty("errors", errors);
    return p;
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail notStorable(DataIntegrityViolationException e) {
    return worded(HttpStatus.UNPROCESSABLE_ENTITY, "not-storable", "notStorable", "detail");
  }

  @ExceptionHandler(AuditTrailTamperedException.class)
  ProblemDetail auditTrailTampered(AuditTrailTamperedException e) {
    return worded(
        HttpStatus.SERVICE_UNAVAILABLE, "audit-trail-tampered", "auditTampered", "detail");
  }

  /** A missing record, named by its kind and code, in the reader's language. */
  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    Locale locale = LocaleContextHolder.getLocale();
    return problem(
        HttpStatus.NOT_FOUND,
        "not-found",
        messages.getMessage("error.title.404", null, locale),
        e.wording(locale));
  }

  @ExceptionHandler(ConcurrentEditException.class)
  ProblemDetail conflict(ConcurrentEditException e) {
    return worded(HttpStatus.CONFLICT, "concurrent-edit", "concurrentEdit", "detail", e.record());
  }

  /** A required parameter left out, named. */
  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return worded(
        HttpStatus.BAD_REQUEST, "bad-request", "badRequest", "missing", e.getParameterName());
  }

  /** A parameter that is not of its kind (a day that is no day), named with the value given. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatchedParameter(MethodArgumentTypeMismatchException e) {
    return worded(
        HttpStatus.BAD_REQUEST,
        "bad-request",
        "badRequest",
        "mismatch",
        e.getName(),
        String.valueOf(e.getValue()));
  }

  /** A value the application refused; the refusal's own words follow the title. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return worded(HttpStatus.BAD_REQUEST, "bad-request", "badRequest", "detail", e.getMessage());
  }

  /**
   * A problem worded from the bundles in the reader's language: title {@code
   * api.problem.<key>.title}, detail {@code api.problem.<key>.<detail>} with the arguments.
   */
  private ProblemDetail worded(
      HttpStatus status, String type, String key, String detail, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return problem(
        status,
        type,
        messages.getMessage("api.problem." + key + ".title", null, locale),
        messages.getMessage(
            "api.problem." + key + "." + detail, args.length == 0 ? null : args, locale));
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:luanchuyen:problem:" + type));
    p.setTitle(title);
    return p;
  }
}
