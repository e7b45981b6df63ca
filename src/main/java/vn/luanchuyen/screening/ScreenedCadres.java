package vn.luanchuyen.screening;

import java.util.AbstractList;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import vn.luanchuyen.policy.RuleId;

/**
 * Every cadre's screening in compact form: for each cadre, which outcomes each rule gave, as bits
 * of one {@code long}. A cadre's verdicts with their reasons and facts are built the first time the
 * cadre is read ({@link #get}) and kept; screening a million cadres therefore decides every rule
 * for every cadre but explains only the cadres someone reads. Read-only and safe to share between
 * threads (a cadre read by two threads at once may be built twice, with equal results).
 */
final class ScreenedCadres extends AbstractList<CadreScreening> implements RandomAccess {

  /** Set for a cadre past the retirement month who still holds a seat (a data-quality finding). */
  static final long PAST_RETIREMENT_BIT = 1L << 63;

  private static final int OUTCOMES = Outcome.values().length;

  private static final long MUST_MOVE_BITS = mustMoveBits();

  /**
   * Cadres per chunk of the outcomes and of the verdicts built (16 KB of outcomes). A screening
   * keeps no array of one entry per cadre: G1 allocates an array of half a region or more
   * (humongous) apart, and on a heap already well filled by the snapshot each such allocation
   * starts a concurrent marking, which takes one of two cores from the screening.
   */
  static final int CHUNK = 2048;

  private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);

  private final CadreScreener screener;
  private final int size;
  private final long[][] outcomes;
  private final CadreScreening[][] built;

  /**
   * @param outcomes the outcomes of cadre {@code i} at {@code outcomes[i / CHUNK][i % CHUNK]}
   */
  ScreenedCadres(CadreScreener screener, int size, long[][] outcomes) {
    this.screener = screener;
    this.size = size;
    this.outcomes = outcomes;
    this.built = new CadreScreening[outcomes.length][];
  }

  /** How many chunks hold {@code n} cadres. */
  static int chunks(int n) {
    return (n + CHUNK - 1) / CHUNK;
  }

  private long outcomes(int i) {
    return outcomes[i >> SHIFT][i & (CHUNK - 1)];
  }

  /** The bit saying that a rule gave an outcome to a cadre. */
  static long bit(RuleId rule, Outcome outcome) {
    return 1L << (rule.ordinal() * OUTCOMES + outcome.ordinal());
  }

  private static long mustMoveBits() {
    long bits = 0;
    for (RuleId rule : RuleId.values()) {
      bits |= bit(rule, Outcome.MUST_MOVE);
    }
    return bits;
  }

  @Override
  public CadreScreening get(int i) {
    Objects.checkIndex(i, size);
    CadreScreening[] chunk = built[i >> SHIFT];
    if (chunk == null) {
      // two threads may each make the chunk: the verdicts kept in the other are made again
      chunk = new CadreScreening[outcomes[i >> SHIFT].length];
      built[i >> SHIFT] = chunk;
    }
    CadreScreening known = chunk[i & (CHUNK - 1)];
    if (known == null) {
      known = screener.screen(i);
      chunk[i & (CHUNK - 1)] = known;
    }
    return known;
  }

  @Override
  public int size() {
    return size;
  }

  /** The screening of the cadre with the code, built if not yet read; empty for an unknown code. */
  Optional<CadreScreening> byCode(String code) {
    int i = screener.cadreIndexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(get(i));
  }

  /** Whether some rule requires the cadre at the index to move, without building its verdicts. */
  boolean mustMove(int i) {
    return (outcomes(i) & MUST_MOVE_BITS) != 0;
  }

  /** Whether the cadre at the index is past retirement and still holds a seat. */
  boolean pastRetirementHoldingSeat(int i) {
    return (outcomes(i) & PAST_RETIREMENT_BIT) != 0;
  }

  /** How many cadres some rule requires to move. */
  int mustMoveCount() {
    int count = 0;
    for (long[] chunk : outcomes) {
      for (long bits : chunk) {
        if ((bits & MUST_MOVE_BITS) != 0) {
          count++;
        }
      }
    }
    return count;
  }
}
