package vn.luanchuyen.demo;

import java.util.SplittableRandom;
import vn.luanchuyen.organisation.Block;

/**
 * Numbers of appointing decisions, shared between assignments: "125-QĐ/QU" for decisions of the
 * district Party committee (Party, Front and mass-organisation seats) and "3456/QĐ-UBND" for those
 * of the district People's Committee (State seats and public service units).
 */
final class DecisionNumbers {

  private static final String[] PARTY = new String[1200];
  private static final String[] STATE = new String[9999];

  static {
    for (int i = 0; i < PARTY.length; i++) {
      PARTY[i] = (i + 1) + "-QĐ/QU";
    }
    for (int i = 0; i < STATE.length; i++) {
      STATE[i] = (i + 1) + "/QĐ-UBND";
    }
  }

  private DecisionNumbers() {}

  static String next(Block block, SplittableRandom random) {
    return switch (block) {
      case DANG, MTTQ_DOAN_THE -> PARTY[random.nextInt(PARTY.length)];
      case CHINH_QUYEN, SU_NGHIEP -> STATE[random.nextInt(STATE.length)];
    };
  }
}
