package vn.luanchuyen.succession;

/** A stored planning entry with its id and optimistic-locking version. */
public record PoolEntry(long id, SuccessionEntry entry, long version) {}
