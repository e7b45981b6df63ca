package vn.luanchuyen.approval.rest;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.luanchuyen.approval.ApprovalMessages;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.shared.MessageRenderer;
import vn.luanchuyen.shared.Reason;

/**
 * An action the procedure refuses, from any API (the approval API, a plan's submission, …), as a
 * 422 problem detail with the reasons in the reader's language (Vietnamese unless {@code ?lang=en})
 * and their codes ({@code codes}, e.g. {@code cadre.not-in-case}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApprovalProblems {

  @ExceptionHandler(ApprovalRefused.class)
  ProblemDetail refused(ApprovalRefused e, Locale locale) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY, ApprovalMessages.render(e, locale));
    p.setType(URI.create("urn:luanchuyen:problem:approval-refused"));
    p.setTitle(MessageRenderer.text("approval.problem.title", locale));
    p.setProperty("codes", e.reasons().stream().map(Reason::code).toList());
    return p;
  }
}
