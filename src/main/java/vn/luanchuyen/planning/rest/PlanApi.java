package vn.luanchuyen.planning.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.planning.PlanDiff;
import vn.luanchuyen.planning.PlanRefused;
import vn.luanchuyen.planning.PlanRequest;
import vn.luanchuyen.planning.PlanVersions;
import vn.luanchuyen.planning.PlanningRuns;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.planning.SavedPlan;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(
    name = "Phương án luân chuyển",
    description = "Rotation plan proposals, solved in the background")
class PlanApi {

  private static final int DEFAULT_SECONDS = 30;
  private static final int MAX_SECONDS = 600;

  private final PlanningRuns runs;
  private final PlanVersions versions;

  private final Policies policies;

  PlanApi(PlanningRuns runs, PlanVersions versions, Policies policies) {
    this.policies = policies;
    this.runs = runs;
    this.versions = versions;
  }

  /** A version to save: its name and the moves the user forbade. */
  record Save(String name, List<PlanRequest.Forbidden> forbidden) {}

  /** A new working name and/or official title for a saved version, with the version read. */
  record Rename(String name, String officialTitle, long version) {}

  /**
   * A solve to start.
   *
   * @param units unit codes to limit the plan to; empty or null for all
   * @param timeLimitSeconds how long to search (default 30, at most 600)
   */
  record Start(
      String policy,
      LocalDate asOf,
      List<String> units,
      Integer timeLimitSeconds,
      List<PlanRequest.Lock> locks,
      List<PlanRequest.Forbidden> forbidden) {}

  /** Changes to a plan: locked or edited moves and forbidden moves. */
  record Changes(List<PlanRequest.Lock> locks, List<PlanRequest.Forbidden> forbidden) {
    List<PlanRequest.Lock> locksOrNone() {
      return locks == null ? List.of() : locks;
    }

    List<PlanRequest.Forbidden> forbiddenOrNone() {
      return forbidden == null ? List.of() : forbidden;
    }
  }

  @PostMapping
  @Operation(summary = "Bắt đầu lập phương án (chạy nền); trả về mã để theo dõi")
  ResponseEntity<Map<String, String>> start(@RequestBody Start start) {
    List<FieldProblem> problems = new ArrayList<>();
    if (start.asOf() == null) {
      problems.add(new FieldProblem("asOf", "plans.input.as-of.required"));
    }
    int seconds = start.timeLimitSeconds() == null ? DEFAULT_SECONDS : start.timeLimitSeconds();
    if (seconds < 1 || seconds > MAX_SECONDS) {
      problems.add(
          new FieldProblem("timeLimitSeconds", "plans.input.time-limit.range", 1, MAX_SECONDS));
    }
    InvalidInput.refuseIfAny(problems);
    PlanRequest request =
        new PlanRequest(
            start.asOf(),
            start.units() == null ? Set.of() : Set.copyOf(start.units()),
            Duration.ofSeconds(seconds),
            null,
            start.locks() == null ? List.of() : start.locks(),
            start.forbidden() == null ? List.of() : start.forbidden(),
            false);
    // no policy named: the current one (policies/index.yaml)
    String id = runs.start(policies.orCurrent(start.policy()), request);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
  }

  @GetMapping("/{id}/progress")
  @Operation(summary = "Tiến độ: trạng thái và điểm tốt nhất đến lúc này")
  PlanningRuns.Progress progress(@PathVariable String id) {
    return runs.progress(id);
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Dừng sớm; giữ phương án tốt nhất đã tìm được")
  PlanningRuns.Progress cancel(@PathVariable String id) {
    return runs.cancel(id);
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "Phương án: các điều chuyển với hình thức (form) và lý do, điểm theo ràng buộc, mục"
              + " tiêu, khoảng cách")
  ResponseEntity<RotationPlan> plan(@PathVariable String id) {
    return runs.plan(id)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED).build());
  }

  @PostMapping("/{id}/check")
  @Operation(summary = "Sửa, khóa hoặc loại điều chuyển và kiểm tra ngay các quy định bị vi phạm")
  RotationPlan check(@PathVariable String id, @RequestBody Changes changes) {
    return runs.check(id, changes.locksOrNone(), changes.forbiddenOrNone());
  }

  @PostMapping("/{id}/resolve")
  @Operation(
      summary = "Lập lại phương án, giữ các điều chuyển đã khóa và tránh các điều chuyển bị loại")
  ResponseEntity<Map<String, String>> resolve(
      @PathVariable String id, @RequestBody Changes changes) {
    String next = runs.resolve(id, changes.locksOrNone(), changes.forbiddenOrNone());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", next));
  }

  @PostMapping("/{id}/versions")
  @Operation(summary = "Lưu phương án thành một phiên bản dự thảo")
  ResponseEntity<SavedPlan> save(@PathVariable String id, @RequestBody Save save) {
    RotationPlan plan = runs.plan(id).orElseThrow(() -> PlanRefused.notSolved(id));
    SavedPlan saved =
        versions.save(save.name(), plan, save.forbidden() == null ? List.of() : save.forbidden());
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }

  @GetMapping("/versions")
  @Operation(summary = "Các phiên bản đã lưu, mới nhất trước")
  List<SavedPlan> versions() {
    return versions.list();
  }

  @GetMapping("/versions/{version}/moves")
  @Operation(
      summary = "Các điều chuyển của một phiên bản đã lưu, mỗi điều chuyển với hình thức (form)")
  List<SavedPlan.Move> moves(@PathVariable long version) {
    return versions.moves(version);
  }

  @PutMapping("/versions/{version}")
  @Operation(
      summary =
          "Đổi tên làm việc (name) và/hoặc đặt tên chính thức (officialTitle, dùng trong văn bản;"
              + " chuỗi rỗng để xóa) của một phiên bản; gửi kèm version đã đọc, 409 nếu đã bị sửa")
  SavedPlan rename(@PathVariable long version, @RequestBody Rename rename) {
    return versions.edit(version, rename.name(), rename.officialTitle(), rename.version());
  }

  @GetMapping("/versions/diff")
  @Operation(
      summary =
          "So sánh hai phiên bản: các điều chuyển thêm, bớt, thay đổi vị trí hoặc đổi hình thức"
              + " (formBefore → formAfter)")
  PlanDiff diff(@RequestParam long from, @RequestParam long to) {
    return versions.diff(from, to);
  }
}
