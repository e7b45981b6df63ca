package vn.luanchuyen.approval;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.luanchuyen.shared.NotFoundException;

/**
 * An attached file as a download. It is always sent as bytes to save, never as the type the
 * uploader claimed, so an attached page cannot run in the application's origin.
 */
public final class AttachmentDownload {
  private AttachmentDownload() {}

  public static ResponseEntity<byte[]> of(Approvals approvals, long caseId, long attachmentId) {
    Attachment a =
        approvals.attachments(caseId).stream()
            .filter(x -> x.id() == attachmentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("attachment", caseId + "/" + attachmentId));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(approvals.attachmentContent(caseId, attachmentId));
  }
}
