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

/** The API answers errors as RFC 7807 problem details, in Vietnamese, never with a stack trace. */
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
    return problem(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "not-storable",
        "Dữ liệu không lưu được",
        "Có giá trị quá dài hoặc không hợp lệ; không có gì được ghi.");
  }

  @ExceptionHandler(AuditTrailTamperedException.class)
  ProblemDetail auditTrailTampered(AuditTrailTamperedException e) {
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "audit-trail-tampered",
        "Nhật ký bị can thiệp",
        "Nhật ký thay đổi không còn khớp chữ ký của hệ thống; mọi thay đổi tạm dừng. Hãy báo quản"
            + " trị viên chạy lệnh audit verify.");
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
    return problem(
        HttpStatus.CONFLICT,
        "concurrent-edit",
        "Xung đột chỉnh sửa",
        "Bản ghi "
            + e.record()
            + " đã được người khác thay đổi sau khi bạn mở nó. Hãy tải lại và sửa lại.");
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  ProblemDetail badRequest(Exception e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "bad-request",
        "Yêu cầu không hợp lệ",
        "Tham số không hợp lệ: " + e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:luanchuyen:problem:" + type));
    p.setTitle(title);
    return p;
  }
}
