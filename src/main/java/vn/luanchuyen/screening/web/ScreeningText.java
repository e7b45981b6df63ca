package vn.luanchuyen.screening.web;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.luanchuyen.screening.ScreeningMessages;
import vn.luanchuyen.screening.Verdict;

/** Renders verdicts in the page's language, for templates ({@code @screeningText}). */
@Component("screeningText")
class ScreeningText {
  public String sentence(Verdict verdict, Locale locale) {
    return ScreeningMessages.render(verdict.reason(), locale);
  }
}
