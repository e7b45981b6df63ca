package vn.luanchuyen.audit;

/**
 * The result of checking the whole chain.
 *
 * @param entries how many entries were checked
 * @param brokenAt the sequence number of the first entry whose link is broken, or null if none
 * @param problem what is wrong there, in Vietnamese, or null
 */
public record Verification(long entries, Long brokenAt, String problem) {
  public boolean intact() {
    return brokenAt == null;
  }
}
