package vn.luanchuyen.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: a browser gets the 404 page in the layout, the API (under {@code
 * /api}) a problem detail. No controller handles such a request, so this advice names none.
 */
@ControllerAdvice
@Order(ErrorAdvice.BEFORE_SPRING_PROBLEM_DETAILS)
class UnknownAddresses {
  private final MessageSource messages;

  UnknownAddresses(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  Object notFound(HttpServletRequest request, Locale locale) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              ApiErrors.problem(
                  HttpStatus.NOT_FOUND,
                  "not-found",
                  messages.getMessage("error.title.404", null, locale),
                  messages.getMessage("error.notFound.address", new Object[] {path}, locale)));
    }
    ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
    page.addObject("status", HttpStatus.NOT_FOUND.value());
    page.addObject("detailKey", "error.notFound.address");
    page.addObject("detailArg", path);
    return page;
  }
}
