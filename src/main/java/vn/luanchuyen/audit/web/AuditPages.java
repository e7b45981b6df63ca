package vn.luanchuyen.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.luanchuyen.audit.AuditTrail;

/** The auditor's page: the latest entries or one record's history, and the chain check. */
@Controller
class AuditPages {
  private final AuditTrail trail;

  AuditPages(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/audit")
  String page(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String id,
      @RequestParam(defaultValue = "false") boolean verify,
      Model model) {
    boolean oneRecord = type != null && !type.isBlank() && id != null && !id.isBlank();
    model.addAttribute(
        "entries", oneRecord ? trail.historyOf(type.strip(), id.strip()) : trail.latest(200));
    model.addAttribute("type", type);
    model.addAttribute("id", id);
    if (verify) {
      model.addAttribute("verification", trail.verify());
    }
    return "audit/index";
  }
}
