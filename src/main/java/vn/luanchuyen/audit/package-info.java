/**
 * The audit trail: every {@link vn.luanchuyen.shared.AuditableEvent} is appended, in the same
 * transaction as the change, to an append-only table where each entry carries the SHA-256 hash of
 * itself and the entry before, so an edited or removed row breaks the chain and the verification
 * names the first broken link. The trail is anchored outside the database: its head is signed with
 * a key kept in a file ({@link vn.luanchuyen.audit.AuditKey}) and anchored in another after each
 * commit, and signed checkpoints can be printed, so that someone who can write the database cannot
 * rewrite, truncate or roll back the trail unseen. It knows nothing of the records it keeps.
 */
package vn.luanchuyen.audit;
