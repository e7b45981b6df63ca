package vn.luanchuyen.screening;

/**
 * The position of each code in a list of distinct codes: an open-addressing table of longs (the
 * code's hash and its position), so that a registry of a million cadres is indexed without a boxed
 * integer and a map entry per code, and a lookup reads the code itself only when the hashes match.
 * Filled once, then read-only and safe to share between threads.
 */
final class CodeIndex {

  private final String[] codes;

  /** Slot → hash in the high half, position + 1 in the low half; 0 for an empty slot. */
  private final long[] slots;

  private final int mask;
  private int size;

  /** The position of the null code (a record without one), or -1. */
  private int nullCode = -1;

  CodeIndex(int capacity) {
    int tableSize = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    this.codes = new String[Math.max(1, capacity)];
    this.slots = new long[tableSize];
    this.mask = tableSize - 1;
  }

  /**
   * Adds the code at the next position and returns that position; returns -1 (and adds nothing)
   * when the code is already there.
   */
  int add(String code) {
    if (code == null) {
      if (nullCode >= 0) {
        return -1;
      }
      nullCode = size++;
      return nullCode;
    }
    int hash = hash(code);
    int slot = slotOf(code, hash);
    if (slots[slot] != 0) {
      return -1;
    }
    codes[size] = code;
    slots[slot] = ((long) hash << 32) | ++size;
    return size - 1;
  }

  /** The code's position, or -1 when it is not indexed. */
  int indexOf(String code) {
    if (code == null) {
      return nullCode;
    }
    return (int) slots[slotOf(code, hash(code))] - 1;
  }

  private static int hash(String code) {
    int h = code.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  /** The slot holding the code, or the empty slot where it would go. */
  private int slotOf(String code, int hash) {
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == 0) {
        return slot;
      }
      if ((int) (entry >>> 32) == hash) {
        String known = codes[(int) entry - 1];
        if (known == code || known.equals(code)) {
          return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
}
