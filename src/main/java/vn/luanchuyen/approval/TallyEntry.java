package vn.luanchuyen.approval;

import java.time.LocalDateTime;

/** One clerk's entry of a tally. */
public record TallyEntry(
    long id, String candidate, int round, String clerk, Tally tally, LocalDateTime enteredAt) {}
