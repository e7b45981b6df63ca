package vn.luanchuyen.planning.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.planning.PlanDecisions;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.SavedPlan;

/** Submitting a saved plan version, or one of its moves, to the approval procedure. */
@RestController
@RequestMapping("/api/v1/plans/versions")
@Tag(name = "Phương án", description = "Rotation plans: solving, versions, submission")
class PlanDecisionApi {

  private final PlanDecisions decisions;
  private final PlanVersions versions;
  private final Clock clock;

  PlanDecisionApi(PlanDecisions decisions, PlanVersions versions, Clock clock) {
    this.decisions = decisions;
    this.versions = versions;
    this.clock = clock;
  }

  /** What to submit: the whole version (no cadre) or one cadre's move. */
  record Submission(String cadre) {}

  /** What changed in the registry that a decision taking effect on the day would collide with. */
  record Staleness(
      long version,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate effectiveOn,
      boolean stale,
      List<String> changes) {}

  @PostMapping("/{version}/submission")
  @Operation(
      summary =
          "Trình một phiên bản (hoặc một điều chuyển, nếu có cadre) theo quy trình của chính sách;"
              + " trả về hồ sơ trình duyệt vừa mở")
  ResponseEntity<ApprovalCase> submit(
      @PathVariable long version,
      @RequestBody(required = false) Submission submission,
      Authentication auth) {
    String cadre =
        submission == null || submission.cadre() == null || submission.cadre().isBlank()
            ? null
            : submission.cadre().trim();
    ApprovalCase c = decisions.submit(version, cadre, Actor.of(auth));
    return ResponseEntity.created(URI.create("/api/v1/approval/cases/" + c.id())).body(c);
  }

  @GetMapping("/{version}/staleness")
  @Operation(
      summary =
          "Đối chiếu phiên bản với hồ sơ cán bộ hiện tại cho ngày có hiệu lực (mặc định: ngày dự"
              + " kiến của phương án)")
  Staleness staleness(
      @PathVariable long version,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {
    LocalDate day = effectiveOn == null ? versions.get(version).asOf() : effectiveOn;
    List<String> changes = decisions.staleness(version, null, day);
    return new Staleness(version, day, !changes.isEmpty(), changes);
  }

  /** The day a reversal is planned for; today when absent. */
  record Reversal(
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate asOf) {}

  @PostMapping("/{version}/reversal")
  @Operation(
      summary =
          "Lập dự thảo thu hồi: một phiên bản mới gồm các điều chuyển đã được quyết định, theo"
              + " chiều ngược lại (quyết định không bao giờ bị sửa, chỉ bị thay bằng quyết định sau)")
  ResponseEntity<SavedPlan> reversal(
      @PathVariable long version, @RequestBody(required = false) Reversal reversal) {
    LocalDate day =
        reversal == null || reversal.asOf() == null ? LocalDate.now(clock) : reversal.asOf();
    SavedPlan saved = decisions.draftReversal(version, day);
    return ResponseEntity.created(URI.create("/api/v1/plans/versions/" + saved.id() + "/moves"))
        .body(saved);
  }
}
