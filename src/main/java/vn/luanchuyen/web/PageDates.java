package vn.luanchuyen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A day typed on a page, in one place for every page's form: {@code dd/MM/yyyy} (or the ISO form a
 * browser's date picker sends). A day that is no day (31/02/2022, "abc") does not end the request:
 * the page answers as if no day had been given, with its form, a 400, and the layout's message
 * "Ngày không hợp lệ, nhập theo dạng dd/MM/yyyy" naming what was typed. The API (any handler that
 * writes its body itself) and downloads keep their strict parsing: a 400, never a file for another
 * day.
 */
@ControllerAdvice(basePackages = "vn.luanchuyen")
class PageDates {
  /** The request attribute the layout reads: the text that was not a day. */
  static final String INVALID = "invalidDate";

  private static final List<DateTimeFormatter> ACCEPTED =
      List.of(
          DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  @InitBinder
  void typedDays(WebDataBinder binder, HttpServletRequest request, HttpServletResponse response) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && answersWithAPage(handler)) {
      binder.registerCustomEditor(LocalDate.class, new TypedDay(request, response));
    }
  }

  /**
   * Whether the handler answers with a page: not the API (a body written by the handler) and not a
   * download (a file made for the day asked, which a day that is no day must not change).
   */
  private static boolean answersWithAPage(HandlerMethod handler) {
    return !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
        && !handler.hasMethodAnnotation(ResponseBody.class)
        && !HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType());
  }

  /** The day parsed; null for a text that is no day in either accepted form. */
  static LocalDate parse(String text) {
    String typed = text.strip();
    for (DateTimeFormatter format : ACCEPTED) {
      try {
        return LocalDate.parse(typed, format);
      } catch (DateTimeParseException tryNext) {
        // the next accepted form
      }
    }
    return null;
  }

  private static final class TypedDay extends PropertyEditorSupport {
    private final HttpServletRequest request;
    private final HttpServletResponse response;

    TypedDay(HttpServletRequest request, HttpServletResponse response) {
      this.request = request;
      this.response = response;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      LocalDate day = parse(text);
      if (day == null) {
        request.setAttribute(INVALID, text.strip());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
      setValue(day);
    }

    @Override
    public String getAsText() {
      return getValue() instanceof LocalDate day
          ? day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
          : "";
    }
  }
}
