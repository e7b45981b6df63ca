package vn.luanchuyen.audit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.audit.AuditEntry;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.audit.Verification;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký", description = "Audit trail (auditors and administrators)")
class AuditApi {
  private final AuditTrail trail;

  AuditApi(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(summary = "Lịch sử của một bản ghi, hoặc các mục mới nhất")
  List<AuditEntry> entries(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String id,
      @RequestParam(defaultValue = "100") int limit) {
    if (type != null && id != null) {
      return trail.historyOf(type, id);
    }
    return trail.latest(Math.min(Math.max(limit, 1), 1000));
  }

  @GetMapping("/verify")
  @Operation(summary = "Kiểm tra toàn bộ chuỗi nhật ký; nêu mắt xích hỏng đầu tiên")
  Verification verify() {
    return trail.verify();
  }
}
