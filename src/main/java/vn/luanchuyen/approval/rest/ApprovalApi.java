package vn.luanchuyen.approval.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.Attachment;
import vn.luanchuyen.approval.AttachmentDownload;
import vn.luanchuyen.approval.CadreMeeting;
import vn.luanchuyen.approval.Decision;
import vn.luanchuyen.approval.Meeting;
import vn.luanchuyen.approval.Procedure;
import vn.luanchuyen.approval.StepEntry;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.approval.TallyResult;
import vn.luanchuyen.approval.Withdrawal;

@RestController
@RequestMapping("/api/v1/approval")
@Tag(
    name = "Quy trình",
    description = "Approval cases carried through their procedure's steps, with ballot tallies")
class ApprovalApi {

  private final Approvals approvals;

  ApprovalApi(Approvals approvals) {
    this.approvals = approvals;
  }

  /** A case to open. */
  record Open(String procedure, String subjectType, String subjectId, String title) {}

  /** A step completed, with the case version read. */
  record Complete(
      long version,
      String comment,
      String unitsConsulted,
      String appraisal,
      String cadreMeeting,
      String cadreWishes,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate doneOn) {
    StepInput input() {
      return new StepInput(comment, unitsConsulted, appraisal, cadreMeeting, cadreWishes)
          .on(doneOn);
    }
  }

  /**
   * A conclusion at the deciding step: {@code APPROVED} (with the decision's number, signing day
   * and effective day) or {@code REJECTED}; the day of the meeting that voted ({@code doneOn}) and
   * the meeting itself, for the vote minutes.
   */
  record Conclusion(
      long version,
      String outcome,
      String comment,
      String decisionNumber,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate signedOn,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate effectiveOn,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate doneOn,
      Meeting meeting) {}

  /** A send-back to an earlier step, with the reason. */
  record SendBack(long version, String toStep, String reason) {}

  /** One clerk's tally of a candidate's ballot in a round. */
  record TallyInput(
      String candidate,
      int round,
      int members,
      int present,
      int agree,
      int disagree,
      int abstain,
      int invalid) {}

  /** A cadre's move to take out of the case, with the reason, and the case version read. */
  record WithdrawalInput(long version, String candidate, String reason) {}

  /** The Board's meeting with one cadre of the case: the day, what was said, the cadre's wishes. */
  record CadreMeetingInput(
      String candidate,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate metOn,
      String content,
      String wishes) {}

  /**
   * A case with its procedure, recorded actions, tallies, the moves taken out of it and the meeting
   * with each cadre.
   */
  record CaseView(
      ApprovalCase approvalCase,
      Procedure procedure,
      List<StepEntry> timeline,
      List<TallyResult> tallies,
      List<Withdrawal> withdrawals,
      List<CadreMeeting> cadreMeetings) {}

  @GetMapping("/cases")
  @Operation(summary = "Danh sách hồ sơ trình duyệt, mới nhất trước")
  List<ApprovalCase> list() {
    return approvals.list();
  }

  @PostMapping("/cases")
  @Operation(summary = "Mở hồ sơ theo một quy trình cho một đối tượng (ví dụ plan-version 42)")
  ResponseEntity<ApprovalCase> open(@RequestBody Open open, Authentication auth) {
    ApprovalCase c =
        approvals.open(
            open.procedure(), open.subjectType(), open.subjectId(), open.title(), Actor.of(auth));
    return ResponseEntity.created(URI.create("/api/v1/approval/cases/" + c.id())).body(c);
  }

  @GetMapping("/cases/{id}")
  @Operation(summary = "Một hồ sơ: quy trình, các bước đã làm và kết quả kiểm phiếu")
  CaseView get(@PathVariable long id) {
    ApprovalCase c = approvals.get(id);
    return new CaseView(
        c,
        approvals.procedure(c.procedureId()),
        approvals.timeline(id),
        approvals.tallies(id),
        approvals.withdrawals(id),
        approvals.cadreMeetings(id));
  }

  @PostMapping("/cases/{id}/steps/{step}")
  @Operation(summary = "Hoàn thành bước hiện tại với các nội dung bước đó yêu cầu")
  ApprovalCase complete(
      @PathVariable long id,
      @PathVariable String step,
      @RequestBody Complete body,
      Authentication auth) {
    return approvals.complete(id, body.version(), step, body.input(), Actor.of(auth));
  }

  @PostMapping("/cases/{id}/send-back")
  @Operation(summary = "Trả hồ sơ về một bước trước, có lý do")
  ApprovalCase sendBack(@PathVariable long id, @RequestBody SendBack body, Authentication auth) {
    return approvals.sendBack(id, body.version(), body.toStep(), body.reason(), Actor.of(auth));
  }

  @PostMapping("/cases/{id}/decision")
  @Operation(
      summary =
          "Kết luận ở bước quyết định: APPROVED (cần phiếu đạt và số, ngày ký, ngày hiệu lực của"
              + " quyết định; áp dụng vào hồ sơ cán bộ trong cùng giao dịch) hoặc REJECTED")
  ApprovalCase decide(@PathVariable long id, @RequestBody Conclusion body, Authentication auth) {
    return approvals.decide(
        id,
        body.version(),
        body.outcome(),
        StepInput.comment(body.comment()).on(body.doneOn()).at(body.meeting()),
        new Decision(body.decisionNumber(), body.signedOn(), body.effectiveOn()),
        Actor.of(auth));
  }

  @PostMapping("/cases/{id}/tallies")
  @Operation(
      summary =
          "Nhập kết quả kiểm phiếu (chỉ số phiếu); có hiệu lực khi hai người khác nhau nhập khớp")
  TallyResult enterTally(@PathVariable long id, @RequestBody TallyInput t, Authentication auth) {
    return approvals.enterTally(
        id,
        t.candidate(),
        t.round(),
        new Tally(t.members(), t.present(), t.agree(), t.disagree(), t.abstain(), t.invalid()),
        Actor.of(auth));
  }

  @GetMapping("/cases/{id}/tallies")
  @Operation(summary = "Kết quả kiểm phiếu: đã xác nhận, chờ người nhập thứ hai, hoặc không khớp")
  List<TallyResult> tallies(@PathVariable long id) {
    return approvals.tallies(id);
  }

  @PostMapping("/cases/{id}/withdrawals")
  @Operation(
      summary =
          "Rút điều chuyển của một cán bộ khỏi hồ sơ, có lý do (ví dụ khi không đạt số phiếu);"
              + " hồ sơ được quyết định với các điều chuyển còn lại")
  ResponseEntity<Withdrawal> withdraw(
      @PathVariable long id, @RequestBody WithdrawalInput body, Authentication auth) {
    Withdrawal w =
        approvals.withdraw(id, body.version(), body.candidate(), body.reason(), Actor.of(auth));
    return ResponseEntity.created(URI.create("/api/v1/approval/cases/" + id + "/withdrawals"))
        .body(w);
  }

  @GetMapping("/cases/{id}/withdrawals")
  @Operation(summary = "Các điều chuyển đã rút khỏi hồ sơ, với lý do, cũ nhất trước")
  List<Withdrawal> withdrawals(@PathVariable long id) {
    approvals.get(id);
    return approvals.withdrawals(id);
  }

  @PostMapping("/cases/{id}/cadre-meetings")
  @Operation(
      summary =
          "Ghi cuộc gặp với một cán bộ trong hồ sơ: ngày gặp (metOn, yyyy-MM-dd), nội dung trao"
              + " đổi và tâm tư, nguyện vọng; bước gặp cán bộ chỉ hoàn thành khi mọi cán bộ còn"
              + " trong hồ sơ đã có; ghi lại thì bản mới nhất có hiệu lực")
  ResponseEntity<CadreMeeting> recordCadreMeeting(
      @PathVariable long id, @RequestBody CadreMeetingInput body, Authentication auth) {
    CadreMeeting m =
        approvals.recordCadreMeeting(
            id, body.candidate(), body.metOn(), body.content(), body.wishes(), Actor.of(auth));
    return ResponseEntity.created(URI.create("/api/v1/approval/cases/" + id + "/cadre-meetings"))
        .body(m);
  }

  @GetMapping("/cases/{id}/cadre-meetings")
  @Operation(summary = "Cuộc gặp với từng cán bộ trong hồ sơ (bản ghi mới nhất của mỗi người)")
  List<CadreMeeting> cadreMeetings(@PathVariable long id) {
    approvals.get(id);
    return approvals.cadreMeetings(id);
  }

  @GetMapping("/cases/{id}/attachments")
  @Operation(summary = "Các tệp đính kèm của hồ sơ (không kèm nội dung), cũ nhất trước")
  List<Attachment> attachments(@PathVariable long id) {
    approvals.get(id);
    return approvals.attachments(id);
  }

  @PostMapping(value = "/cases/{id}/attachments", consumes = "multipart/form-data")
  @Operation(
      summary =
          "Đính kèm một tệp (trường file) ở bước hiện tại; tệp không bao giờ bị sửa hay xóa, mã"
              + " SHA-256 được ghi vào nhật ký")
  ResponseEntity<Attachment> attach(
      @PathVariable long id, @RequestParam("file") MultipartFile file, Authentication auth)
      throws IOException {
    Attachment a =
        approvals.attach(
            id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), Actor.of(auth));
    return ResponseEntity.created(
            URI.create("/api/v1/approval/cases/" + id + "/attachments/" + a.id()))
        .body(a);
  }

  @GetMapping("/cases/{id}/attachments/{attachment}")
  @Operation(summary = "Tải nội dung một tệp đính kèm")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment) {
    return AttachmentDownload.of(approvals, id, attachment);
  }
}
