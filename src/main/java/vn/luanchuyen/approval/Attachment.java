package vn.luanchuyen.approval;

import java.time.LocalDateTime;

/**
 * A file attached to a case at a step, without its content.
 *
 * @param sha256 the content's SHA-256, hex, also written to the audit trail
 */
public record Attachment(
    long id,
    long caseId,
    String stepId,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
