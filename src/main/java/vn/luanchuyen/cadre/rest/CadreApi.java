package vn.luanchuyen.cadre.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.cadre.AgeBand;
import vn.luanchuyen.cadre.Assessment;
import vn.luanchuyen.cadre.Assignment;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.cadre.CadreListItem;
import vn.luanchuyen.cadre.CadreQuery;
import vn.luanchuyen.cadre.CadreRefused;
import vn.luanchuyen.cadre.CadreRegistry;
import vn.luanchuyen.cadre.Discipline;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.InvalidInput;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.PageOf;

@RestController
@RequestMapping("/api/v1/cadres")
@Tag(name = "Cán bộ", description = "Cadres, their assignment history, assessments, discipline")
class CadreApi {
  private static final int MAX_PAGE_SIZE = 500;

  private final CadreRegistry cadres;
  private final MessageSource messages;
  private final Clock clock;

  CadreApi(CadreRegistry cadres, MessageSource messages, Clock clock) {
    this.cadres = cadres;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  @Operation(
      summary =
          "Tìm cán bộ theo tên (không dấu cũng được), mã, số định danh cá nhân (đủ 12 số), đơn"
              + " vị, khối, cấp, giới tính, độ tuổi")
  PageOf<CadreListItem> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String block,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) Sex sex,
      @RequestParam(required = false) AgeBand age,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page ≥ 0 và 1 ≤ size ≤ " + MAX_PAGE_SIZE);
    }
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    return cadres.search(new CadreQuery(q, unit, block, level, sex, age, day), page, size);
  }

  @GetMapping("/{code}")
  Cadre cadre(@PathVariable String code) {
    Cadre cadre = cadres.cadre(code).orElseThrow(() -> new NotFoundException("cadre", code));
    cadres.recordRead(code, "sơ yếu lý lịch (API)");
    return cadre;
  }

  @PutMapping("/{code}")
  @Operation(
      summary = "Sửa sơ yếu lý lịch của một cán bộ",
      description =
          "Gửi kèm version đã đọc; nếu người khác đã sửa trước (kể cả quá trình công tác, đánh"
              + " giá, quy hoạch), trả về 409. Giá trị không thể đúng (năm sinh, ngày vào Đảng, ký"
              + " tự ẩn, mã sai) trả về 400 với danh sách errors theo từng trường. Số định danh cá"
              + " nhân (personalIdNumber) không bắt buộc; nếu có thì gồm đúng 12 chữ số và không"
              + " trùng với cán bộ khác, nếu không trả về 422.")
  Cadre update(@PathVariable String code, @RequestBody Cadre cadre) {
    if (!code.equals(cadre.code())) {
      throw new InvalidInput(
          List.of(new FieldProblem("code", "input.codeMismatch", code, cadre.code())));
    }
    return cadres.updateCadre(cadre);
  }

  @ExceptionHandler(CadreRefused.class)
  ProblemDetail refused(CadreRefused e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY, messages.getMessage(e.messageKey(), e.args(), locale));
    problem.setTitle(messages.getMessage("cadre.refused", null, locale));
    problem.setProperty("code", e.messageKey());
    return problem;
  }

  @GetMapping("/{code}/assignments")
  List<Assignment> assignments(@PathVariable String code) {
    cadre(code);
    return cadres.assignmentsOf(code);
  }

  @GetMapping("/{code}/assessments")
  List<Assessment> assessments(@PathVariable String code) {
    cadre(code);
    return cadres.assessmentsOf(code);
  }

  @GetMapping("/{code}/disciplines")
  List<Discipline> disciplines(@PathVariable String code) {
    cadre(code);
    return cadres.disciplinesOf(code);
  }
}
