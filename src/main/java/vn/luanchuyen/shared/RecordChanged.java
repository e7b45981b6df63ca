package vn.luanchuyen.shared;

/** A plain auditable event, for modules that need no event type of their own. */
public record RecordChanged(
    String recordType, String recordId, String action, String before, String after)
    implements AuditableEvent {}
