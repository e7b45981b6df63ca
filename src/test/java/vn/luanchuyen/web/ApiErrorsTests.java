package vn.luanchuyen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.luanchuyen.audit.AuditTrailTamperedException;
import vn.luanchuyen.shared.ConcurrentEditException;

/**
 * The API's problem details: each kind of problem keeps its type and status, and is worded from the
 * bundles in the reader's language, Vietnamese unless English is asked for.
 */
class ApiErrorsTests {

  private final ApiErrors errors = new ApiErrors(bundles());

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @AfterEach
  void resetLanguage() {
    LocaleContextHolder.resetLocaleContext();
  }

  private static void reading(String language) {
    LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
  }

  private static String type(ProblemDetail p) {
    return p.getType().toString();
  }

  @Test
  void aConflictingEditNamesTheRecordInVietnamese() {
    reading("vi");

    ProblemDetail p = errors.conflict(new ConcurrentEditException("CB0012"));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:concurrent-edit");
    assertThat(p.getStatus()).isEqualTo(409);
    assertThat(p.getTitle()).isEqualTo("Xung đột chỉnh sửa");
    assertThat(p.getDetail())
        .isEqualTo(
            "Bản ghi CB0012 đã được người khác thay đổi sau khi bạn mở nó. Hãy tải lại và sửa"
                + " lại.");
  }

  @Test
  void aConflictingEditIsWordedInEnglishWhenAskedFor() {
    reading("en");

    ProblemDetail p = errors.conflict(new ConcurrentEditException("CB0012"));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:concurrent-edit");
    assertThat(p.getTitle()).isEqualTo("Conflicting edit");
    assertThat(p.getDetail()).startsWith("Record CB0012 was changed by someone else");
  }

  @Test
  void aValueTheDatabaseCannotHoldIsNotStorable() {
    reading("en");

    ProblemDetail p = errors.notStorable(new DataIntegrityViolationException("value too long"));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:not-storable");
    assertThat(p.getStatus()).isEqualTo(422);
    assertThat(p.getTitle()).isEqualTo("Data not stored");
    assertThat(p.getDetail()).doesNotContain("value too long");
  }

  @Test
  void aTamperedTrailPausesChangesAndSaysWhatToRun() {
    reading("en");

    ProblemDetail p = errors.auditTrailTampered(new AuditTrailTamperedException("entry 7"));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:audit-trail-tampered");
    assertThat(p.getStatus()).isEqualTo(503);
    assertThat(p.getTitle()).isEqualTo("Audit trail tampered with");
    assertThat(p.getDetail()).contains("audit verify");
  }

  @Test
  void aMissingParameterIsNamed() {
    reading("en");

    ProblemDetail p =
        errors.missingParameter(new MissingServletRequestParameterException("asOf", "LocalDate"));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:bad-request");
    assertThat(p.getStatus()).isEqualTo(400);
    assertThat(p.getTitle()).isEqualTo("Invalid request");
    assertThat(p.getDetail()).isEqualTo("Parameter asOf is missing.");
  }

  @Test
  void aParameterOfTheWrongKindIsNamedWithTheValueGiven() {
    reading("en");

    ProblemDetail p =
        errors.mismatchedParameter(
            new MethodArgumentTypeMismatchException("abc", LocalDate.class, "asOf", null, null));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:bad-request");
    assertThat(p.getDetail()).isEqualTo("Parameter asOf is not valid: \"abc\".");
  }

  @Test
  void aRefusedValueKeepsTheRefusalsWordsAfterTheTitle() {
    reading("en");

    ProblemDetail p = errors.badRequest(new IllegalArgumentException("giới tính phải là Nam"));

    assertThat(type(p)).isEqualTo("urn:luanchuyen:problem:bad-request");
    assertThat(p.getDetail()).isEqualTo("Invalid parameter: giới tính phải là Nam");
  }
}
