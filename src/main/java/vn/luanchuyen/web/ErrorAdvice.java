package vn.luanchuyen.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.luanchuyen.audit.AuditTrailTamperedException;
import vn.luanchuyen.shared.InvalidInput;
import vn.luanchuyen.shared.NotFoundException;

/**
 * Every page (of any module) answers a client's mistake with a Vietnamese page and a 4xx, never a
 * stack trace, neither to the browser nor in the log: a missing record 404, a malformed parameter
 * 400, a value the database cannot hold 422. The API's answers are {@link ApiErrors}, which comes
 * first for REST controllers; this comes before Spring Boot's problem details, meant for the API.
 */
@ControllerAdvice(basePackages = "vn.luanchuyen")
@Order(ErrorAdvice.BEFORE_SPRING_PROBLEM_DETAILS)
class ErrorAdvice {
  /** Spring Boot's problem-detail handler, order 0, would answer a page with JSON in English. */
  static final int BEFORE_SPRING_PROBLEM_DETAILS = -1;

  private final MessageSource messages;

  ErrorAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model, Locale locale) {
    model.addAttribute("status", 404);
    String key = "error.notFound." + e.kind();
    if (messages.getMessage(key, null, null, locale) != null) {
      model.addAttribute("detailKey", key);
      model.addAttribute("detailArg", e.code());
    }
    return "error";
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest(Exception e, Model model) {
    model.addAttribute("status", 400);
    model.addAttribute("detailKey", "error.badRequest");
    return "error";
  }

  /** Typed values that cannot be right, when a page did not show them beside their fields. */
  @ExceptionHandler(InvalidInput.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalidInput(InvalidInput e, Model model, Locale locale) {
    model.addAttribute("status", 400);
    model.addAttribute("detailKey", "input.detail");
    model.addAttribute(
        "problems",
        e.problems().stream()
            .map(p -> messages.getMessage(p.messageKey(), p.shownArgs(), locale))
            .toList());
    return "error";
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  String notStorable(DataIntegrityViolationException e, Model model) {
    model.addAttribute("status", 422);
    model.addAttribute("detailKey", "error.notStorable");
    return "error";
  }

  @ExceptionHandler(AuditTrailTamperedException.class)
  @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
  String auditTrailTampered(AuditTrailTamperedException e, Model model) {
    model.addAttribute("status", 503);
    model.addAttribute("detailKey", "error.auditTampered");
    return "error";
  }
}
