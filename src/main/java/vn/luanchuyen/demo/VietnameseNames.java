package vn.luanchuyen.demo;

import java.util.SplittableRandom;
import vn.luanchuyen.cadre.Sex;

/**
 * Invented Vietnamese full names: a family name drawn by its rough share of the population, then a
 * middle and a given name that suit the sex. Each name is made once and shared by every cadre who
 * draws it: a million cadres hold a few tens of thousands of names.
 */
final class VietnameseNames {

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Tạ", "Lưu", "Cao", "Mai", "Chu", "Kiều", "Khuất", "Đàm",
    "Nghiêm", "Lương", "Phùng"
  };
  private static final int[] FAMILY_WEIGHT = {
    380, 110, 95, 70, 50, 40, 40, 25, 22, 20, 13, 13, 10, 5, 8, 6, 7, 4, 4, 5, 4, 3, 4, 3, 2, 2, 4,
    4
  };
  private static final int FAMILY_TOTAL = sum(FAMILY_WEIGHT);

  private static final String[] MALE_MIDDLE = {
    "Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Mạnh", "Tiến", "Thanh", "Ngọc", "Việt", "Trọng",
    "Công", "Duy", "Đình", "Quốc", "Thế", "Anh", "Hoàng", "Tuấn"
  };
  private static final String[] MALE_GIVEN = {
    "Hùng", "Dũng", "Tuấn", "Hải", "Sơn", "Long", "Cường", "Thắng", "Nam", "Trung", "Hiếu", "Tùng",
    "Quân", "Thành", "Bình", "Hưng", "Phong", "Khánh", "Tâm", "Đạt", "Huy", "Lâm", "Toàn", "Thịnh",
    "Vinh", "Kiên", "Tú", "Phúc", "Hòa", "Chiến", "Lợi", "Nghĩa", "Quyết", "Thái", "Hoan", "Tiến",
    "Đông", "Giang", "Hà", "Minh"
  };
  private static final String[] FEMALE_MIDDLE = {
    "Thu", "Thanh", "Minh", "Ngọc", "Phương", "Hồng", "Kim", "Thúy", "Hoài", "Diệu", "Bích", "Mai",
    "Lan", "Quỳnh", "Hải"
  };
  private static final String[] FEMALE_GIVEN = {
    "Hương", "Lan", "Hà", "Hằng", "Thảo", "Trang", "Huyền", "Nga", "Hạnh", "Hoa", "Loan", "Thủy",
    "Yến", "Phương", "Dung", "Mai", "Nhung", "Thu", "Liên", "Oanh", "Vân", "Ngọc", "Anh", "Linh",
    "Giang", "Hiền", "Tuyết", "Hòa", "Chi", "Nhàn"
  };

  private VietnameseNames() {}

  /**
   * The names made so far, by family, middle and given name (the common middle name, "Thị" or
   * "Văn", first); filled as names are drawn. Districts are made side by side: two threads may make
   * the same name at once, and either copy is kept, equal to the other.
   */
  private static final String[] FEMALE_NAMES =
      new String[FAMILY.length * (FEMALE_MIDDLE.length + 1) * FEMALE_GIVEN.length];

  private static final String[] MALE_NAMES =
      new String[FAMILY.length * (MALE_MIDDLE.length + 1) * MALE_GIVEN.length];

  static String fullName(Sex sex, SplittableRandom random) {
    int family = family(random);
    if (sex == Sex.FEMALE) {
      int middle = random.nextInt(100) < 55 ? 0 : 1 + random.nextInt(FEMALE_MIDDLE.length);
      int given = random.nextInt(FEMALE_GIVEN.length);
      return name(FEMALE_NAMES, "Thị", FEMALE_MIDDLE, FEMALE_GIVEN, family, middle, given);
    }
    int middle = random.nextInt(100) < 30 ? 0 : 1 + random.nextInt(MALE_MIDDLE.length);
    int given = random.nextInt(MALE_GIVEN.length);
    return name(MALE_NAMES, "Văn", MALE_MIDDLE, MALE_GIVEN, family, middle, given);
  }

  /** The shared name of a family, a middle (0: the common one) and a given name. */
  private static String name(
      String[] made,
      String common,
      String[] middles,
      String[] givens,
      int family,
      int middle,
      int given) {
    int k = (family * (middles.length + 1) + middle) * givens.length + given;
    String name = made[k];
    if (name == null) {
      name =
          FAMILY[family] + " " + (middle == 0 ? common : middles[middle - 1]) + " " + givens[given];
      made[k] = name;
    }
    return name;
  }

  private static int family(SplittableRandom random) {
    int r = random.nextInt(FAMILY_TOTAL);
    for (int i = 0; i < FAMILY.length; i++) {
      r -= FAMILY_WEIGHT[i];
      if (r < 0) {
        return i;
      }
    }
    return 0;
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
