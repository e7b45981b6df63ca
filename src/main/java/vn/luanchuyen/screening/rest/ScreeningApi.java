package vn.luanchuyen.screening.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.luanchuyen.cadre.Sex;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyException;
import vn.luanchuyen.screening.CadreScreening;
import vn.luanchuyen.screening.RegistrySnapshot;
import vn.luanchuyen.screening.ScreeningExport;
import vn.luanchuyen.screening.ScreeningJson;
import vn.luanchuyen.screening.ScreeningLists;
import vn.luanchuyen.screening.ScreeningReport;
import vn.luanchuyen.screening.ScreeningRuns;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.PartialDate;
import vn.luanchuyen.shared.TableWriter;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sàng lọc", description = "Screening under a policy as of a date; retirement dates")
class ScreeningApi {
  private final ScreeningRuns runs;

  private final TableWriter tableWriter;

  private final Policies policies;

  ScreeningApi(ScreeningRuns runs, TableWriter tableWriter, Policies policies) {
    this.policies = policies;
    this.runs = runs;
    this.tableWriter = tableWriter;
  }

  /** A policy as listed: id, name, version and the days it is in force. */
  record PolicySummary(String id, String name, int version, LocalDate from, LocalDate to) {}

  @GetMapping("/policies")
  @Operation(summary = "Các chính sách có sẵn")
  List<PolicySummary> policies() {
    return runs.shippedPolicies().stream()
        .map(
            p ->
                new PolicySummary(
                    p.id(), p.name(), p.version(), p.effective().from(), p.effective().to()))
        .toList();
  }

  /** A policy described: its values with their basis and whether each was verified. */
  record PolicyDetail(
      String id,
      String name,
      int version,
      LocalDate from,
      LocalDate to,
      boolean current,
      int unverified,
      List<vn.luanchuyen.policy.PolicyDescription.Rendered> sections) {}

  @GetMapping("/policies/{id}")
  @Operation(
      summary = "Một chính sách: từng giá trị kèm căn cứ và mức độ xác minh",
      description = "Accept-Language: en cho nội dung tiếng Anh.")
  PolicyDetail policy(@PathVariable String id, Locale locale) {
    var description = runs.describe(id).orElseThrow(() -> new NotFoundException("policy", id));
    Policy p = description.policy();
    return new PolicyDetail(
        p.id(),
        p.name(),
        p.version(),
        p.effective().from(),
        p.effective().to(),
        p.id().equals(policies.currentId()),
        p.unverified().size(),
        description.render(locale));
  }

  @GetMapping(path = "/screening", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Sàng lọc toàn bộ cán bộ theo chính sách tại một ngày",
      description =
          "Trả về báo cáo theo exchange-format.md: mỗi cán bộ với tháng nghỉ hưu, thời gian còn"
              + " lại và mọi kết luận kèm lý do; các chỉ tiêu. Accept-Language: en cho lý do tiếng"
              + " Anh.")
  String screen(
      @RequestParam(required = false) String policy,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Locale locale) {
    policy = policies.orCurrent(policy);
    return ScreeningJson.write(runs.screen(policy, asOf), locale);
  }

  @GetMapping(path = "/screening/cadres/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Sàng lọc một cán bộ")
  String screenCadre(
      @PathVariable String code,
      @RequestParam(required = false) String policy,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Locale locale) {
    policy = policies.orCurrent(policy);
    Policy chosen = runs.policy(policy);
    RegistrySnapshot snapshot = runs.snapshot();
    CadreScreening one =
        runs.screen(snapshot, chosen, asOf)
            .cadre(code)
            .orElseThrow(() -> new NotFoundException("cadre", code));
    ScreeningReport report =
        new ScreeningReport(
            chosen.id(),
            chosen.version(),
            asOf,
            List.of(),
            List.of(one),
            List.of(),
            one.dataQuality());
    return ScreeningJson.write(report, locale);
  }

  @GetMapping("/screening/export")
  @Operation(summary = "Mọi danh sách sàng lọc và chỉ tiêu ra sổ Excel")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false) String policy,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    policy = policies.orCurrent(policy);
    RegistrySnapshot snapshot = runs.snapshot();
    Policy chosen = runs.policy(policy);
    ScreeningReport report = runs.screen(snapshot, chosen, asOf);
    ScreeningLists lists = runs.lists(report, snapshot);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"sang-loc-" + policy + "-" + asOf + ".xlsx\"")
        .header(
            HttpHeaders.CONTENT_TYPE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(out -> tableWriter.write(ScreeningExport.tables(chosen, report, lists), out));
  }

  /** A retirement month and the age then. */
  record RetirementAnswer(
      String sex, String birth, YearMonth retirementMonth, int ageYears, int ageMonths) {}

  @GetMapping("/retirement")
  @Operation(
      summary = "Tháng nghỉ hưu theo Bộ luật Lao động 2019, Nghị định 135/2020",
      description = "sex: Nam hoặc Nữ; birth: dd/MM/yyyy, MM/yyyy hoặc yyyy")
  RetirementAnswer retirement(
      @RequestParam String sex,
      @RequestParam String birth,
      @RequestParam(required = false) String policy) {
    policy = policies.orCurrent(policy);
    Sex parsed =
        Sex.fromLabel(sex)
            .orElseThrow(
                () -> new IllegalArgumentException("giới tính phải là Nam hoặc Nữ: " + sex));
    PartialDate born;
    try {
      born = PartialDate.parse(birth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "ngày sinh \"" + birth + "\" cần dạng dd/MM/yyyy, MM/yyyy hoặc yyyy");
    }
    YearMonth month = runs.policy(policy).retirement().retirementMonth(parsed, born);
    int months =
        (month.getYear() - born.date().getYear()) * 12
            + month.getMonthValue()
            - born.date().getMonthValue();
    return new RetirementAnswer(parsed.label(), birth, month, months / 12, months % 12);
  }

  @ExceptionHandler(PolicyException.class)
  ProblemDetail badPolicy(PolicyException e, Locale locale) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage(locale));
    p.setType(URI.create("urn:luanchuyen:problem:policy"));
    p.setTitle("Chính sách không dùng được");
    p.setProperty("field", e.field());
    return p;
  }
}
