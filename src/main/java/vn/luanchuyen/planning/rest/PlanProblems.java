package vn.luanchuyen.planning.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.luanchuyen.planning.PlanRefused;
import vn.luanchuyen.shared.MessageRenderer;

/**
 * An action a plan's state refuses (e.g. saving a plan still being solved), from any API, as a 400
 * problem detail worded in the reader's language (Vietnamese unless {@code ?lang=en}) with the
 * reason's code ({@code codes}, e.g. {@code run.not-solved}).
 */
@RestControllerAdvice(annotations = RestController.class)
class PlanProblems {

  @ExceptionHandler(PlanRefused.class)
  ProblemDetail refused(PlanRefused e, Locale locale) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.wording(locale));
    p.setType(URI.create("urn:luanchuyen:problem:plan-refused"));
    p.setTitle(MessageRenderer.text("plans.problem.title", locale));
    p.setProperty("codes", List.of(e.code()));
    return p;
  }
}
