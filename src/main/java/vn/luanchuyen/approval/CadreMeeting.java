package vn.luanchuyen.approval;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The Board's meeting with one cadre of a case (gặp cán bộ), as recorded: the day, what was said
 * and the cadre's wishes (tâm tư, nguyện vọng).
 *
 * @param candidate the cadre's code as the case's subject spells it
 * @param candidateName the cadre's name, or the code when the subject does not name the cadre
 */
public record CadreMeeting(
    long id,
    long caseId,
    String candidate,
    String candidateName,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate metOn,
    String content,
    String wishes,
    String recordedBy,
    LocalDateTime recordedAt) {}
