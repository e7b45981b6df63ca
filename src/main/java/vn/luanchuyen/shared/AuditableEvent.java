package vn.luanchuyen.shared;

/**
 * A change (or a read of personal data) that the audit trail must keep: what kind of record, which
 * one, what happened, and the record before and after as text (JSON or a summary). Modules publish
 * these as application events inside the transaction that makes the change.
 */
public interface AuditableEvent {

  /** The kind of record, e.g. {@code cadre}, {@code unit}, {@code registry}. */
  String recordType();

  /** The record's code or id. */
  String recordId();

  /**
   * What happened: {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code IMPORT}, {@code READ}.
   */
  String action();

  /** The record before, or null. */
  String before();

  /** The record after, or null. */
  String after();
}
