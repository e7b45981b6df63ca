package vn.luanchuyen.demo;

import java.util.SplittableRandom;

/** The CV values the demo draws from: places, qualifications, ethnicities, religions. */
final class CadreProfiles {

  static final String[] HOMETOWNS_ELSEWHERE = {
    "Nam Định",
    "Thái Bình",
    "Hà Nam",
    "Ninh Bình",
    "Thanh Hóa",
    "Nghệ An",
    "Hưng Yên",
    "Hải Dương",
    "Phú Thọ",
    "Vĩnh Phúc",
    "Bắc Ninh",
    "Hòa Bình",
    "Thanh Oai, Hà Nội",
    "Chương Mỹ, Hà Nội",
    "Ứng Hòa, Hà Nội",
    "Thường Tín, Hà Nội",
    "Quốc Oai, Hà Nội",
    "Hoài Đức, Hà Nội",
    "Mỹ Đức, Hà Nội",
    "Phú Xuyên, Hà Nội"
  };

  static final String[] RESIDENCES_ELSEWHERE = {
    "Thanh Xuân, Hà Nội", "Nam Từ Liêm, Hà Nội", "Thanh Oai, Hà Nội", "Hoài Đức, Hà Nội",
    "Cầu Giấy, Hà Nội", "Đống Đa, Hà Nội", "Hoàng Mai, Hà Nội", "Thanh Trì, Hà Nội"
  };

  private static final String[] EDUCATION_LEADERS = {
    "Thạc sĩ Quản lý công",
    "Thạc sĩ Kinh tế",
    "Thạc sĩ Luật",
    "Cử nhân Luật",
    "Cử nhân Kinh tế",
    "Cử nhân Hành chính học",
    "Thạc sĩ Quản lý kinh tế",
    "Kỹ sư Xây dựng",
    "Cử nhân Xây dựng Đảng và Chính quyền nhà nước",
    "Tiến sĩ Kinh tế"
  };

  private static final String[] EDUCATION_WARD_ORGANISATIONS = {
    "Cử nhân Luật",
    "Cử nhân Kinh tế",
    "Cử nhân Hành chính học",
    "Cao đẳng Sư phạm",
    "Trung cấp Kế toán",
    "Cử nhân Quản lý văn hóa",
    "Cử nhân Công tác xã hội"
  };

  private static final String[] EDUCATION_VETERANS = {
    "Trung cấp Quân sự", "Cử nhân Khoa học quân sự", "Cao đẳng Hậu cần", "Cử nhân Luật"
  };

  private static final String[] FOREIGN_LANGUAGES = {
    "Tiếng Anh B1",
    "Tiếng Anh B",
    "Tiếng Anh C",
    "Tiếng Anh B2",
    "Tiếng Anh A2",
    "Tiếng Pháp B",
    "Tiếng Trung B"
  };

  private static final String[] IT_LEVELS = {
    "Tin học văn phòng", "Tin học B", "Ứng dụng CNTT cơ bản", "Tin học A"
  };

  private static final String[] MINORITIES = {"Mường", "Tày", "Thái", "Nùng", "Dao"};

  private CadreProfiles() {}

  static String education(Seat seat, SplittableRandom random) {
    if (seat.kind == SeatKind.VETERANS) {
      return pick(EDUCATION_VETERANS, random);
    }
    String[] specialised =
        switch (seat.node.key()) {
          case "TP", "TTR" -> new String[] {"Cử nhân Luật", "Thạc sĩ Luật", "Cử nhân Kinh tế"};
          case "TCKH" ->
              new String[] {"Cử nhân Tài chính – Ngân hàng", "Thạc sĩ Kinh tế", "Cử nhân Kế toán"};
          case "TNMT" -> new String[] {"Kỹ sư Quản lý đất đai", "Thạc sĩ Khoa học môi trường"};
          case "GDDT" ->
              new String[] {
                "Cử nhân Sư phạm Toán", "Thạc sĩ Quản lý giáo dục", "Cử nhân Sư phạm Ngữ văn"
              };
          case "YT" -> new String[] {"Bác sĩ đa khoa", "Thạc sĩ Y tế công cộng", "Dược sĩ"};
          case "QLDT", "BQLDA" ->
              new String[] {"Kiến trúc sư", "Kỹ sư Xây dựng", "Thạc sĩ Quản lý đô thị"};
          case "LDTBXH" -> new String[] {"Cử nhân Công tác xã hội", "Cử nhân Luật"};
          case "VHTT", "TTVH" -> new String[] {"Cử nhân Văn hóa học", "Cử nhân Báo chí"};
          case "KT" -> new String[] {"Kỹ sư Kinh tế nông nghiệp", "Cử nhân Kinh tế"};
          case "NV", "BTC" -> new String[] {"Cử nhân Hành chính học", "Thạc sĩ Quản lý công"};
          case "TTCT", "BTG" -> new String[] {"Thạc sĩ Triết học", "Cử nhân Lịch sử Đảng"};
          default -> null;
        };
    if (specialised != null && random.nextInt(100) < 70) {
      return pick(specialised, random);
    }
    return seat.tier <= 2
        ? pick(EDUCATION_WARD_ORGANISATIONS, random)
        : pick(EDUCATION_LEADERS, random);
  }

  static String politicalTheory(Seat seat, SplittableRandom random) {
    int r = random.nextInt(100);
    return switch (seat.tier) {
      case 5 -> r < 85 ? "Cao cấp" : "Trung cấp";
      case 4 -> r < 60 ? "Cao cấp" : "Trung cấp";
      case 3 -> r < 30 ? "Cao cấp" : r < 95 ? "Trung cấp" : "Sơ cấp";
      default -> r < 55 ? "Trung cấp" : "Sơ cấp";
    };
  }

  static String stateManagement(Seat seat, SplittableRandom random) {
    int r = random.nextInt(100);
    return switch (seat.tier) {
      case 5 -> r < 5 ? "Chuyên viên cao cấp" : r < 75 ? "Chuyên viên chính" : "Chuyên viên";
      case 4, 3 -> r < 40 ? "Chuyên viên chính" : "Chuyên viên";
      default -> r < 70 ? "Chuyên viên" : "Cán sự";
    };
  }

  static String foreignLanguage(SplittableRandom random) {
    return pick(FOREIGN_LANGUAGES, random);
  }

  /** Every managed cadre finished the twelve-year general school. */
  static final String GENERAL_EDUCATION = "12/12";

  static String itLevel(SplittableRandom random) {
    return pick(IT_LEVELS, random);
  }

  static String ethnicity(SplittableRandom random) {
    return random.nextInt(1000) < 975 ? "Kinh" : pick(MINORITIES, random);
  }

  static String religion(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 94 ? "Không" : r < 98 ? "Phật giáo" : "Công giáo";
  }

  static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
