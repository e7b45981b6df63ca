package vn.luanchuyen.demo;

import java.util.SplittableRandom;
import vn.luanchuyen.cadre.Sex;

/**
 * Invented Vietnamese full names: a family name drawn by its rough share of the population, then a
 * middle and a given name that suit the sex.
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

  static String fullName(Sex sex, SplittableRandom random) {
    String family = family(random);
    if (sex == Sex.FEMALE) {
      String middle = random.nextInt(100) < 55 ? "Thị" : pick(FEMALE_MIDDLE, random);
      return family + " " + middle + " " + pick(FEMALE_GIVEN, random);
    }
    String middle = random.nextInt(100) < 30 ? "Văn" : pick(MALE_MIDDLE, random);
    return family + " " + middle + " " + pick(MALE_GIVEN, random);
  }

  private static String family(SplittableRandom random) {
    int r = random.nextInt(FAMILY_TOTAL);
    for (int i = 0; i < FAMILY.length; i++) {
      r -= FAMILY_WEIGHT[i];
      if (r < 0) {
        return FAMILY[i];
      }
    }
    return FAMILY[0];
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }
}
