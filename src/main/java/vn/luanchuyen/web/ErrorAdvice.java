package vn.luanchuyen.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.luanchuyen.shared.NotFoundException;

/** Pages answer a missing record with a Vietnamese "not found" page, never a stack trace. */
@ControllerAdvice(basePackages = "vn.luanchuyen.web")
class ErrorAdvice {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("status", 404);
    model.addAttribute("detailKey", "error.notFound." + e.kind());
    model.addAttribute("detailArg", e.code());
    return "error";
  }
}
