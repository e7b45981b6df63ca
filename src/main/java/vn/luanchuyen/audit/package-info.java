/**
 * The audit trail: every {@link vn.luanchuyen.shared.AuditableEvent} is appended, in the same
 * transaction as the change, to an append-only table where each entry carries the SHA-256 hash of
 * itself and the entry before, so an edited or removed row breaks the chain and the verification
 * names the first broken link. It knows nothing of the records it keeps.
 */
package vn.luanchuyen.audit;
