package vn.luanchuyen.approval.rest;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.shared.Reason;

/**
 * An action the procedure refuses, from any API (the approval API, a plan's submission, …), as a
 * 422 problem detail with the Vietnamese reason and, when it has them, the reasons' codes ({@code
 * codes}, e.g. {@code cadre.not-in-case}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApprovalProblems {

  @ExceptionHandler(ApprovalRefused.class)
  ProblemDetail refused(ApprovalRefused e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    p.setType(URI.create("urn:luanchuyen:problem:approval-refused"));
    p.setTitle("Quy trình không cho phép");
    if (!e.reasons().isEmpty()) {
      p.setProperty("codes", e.reasons().stream().map(Reason::code).toList());
    }
    return p;
  }
}
