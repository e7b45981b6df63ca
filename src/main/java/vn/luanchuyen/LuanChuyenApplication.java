package vn.luanchuyen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LuanChuyenApplication {
  public static void main(String[] args) {
    SpringApplication.run(LuanChuyenApplication.class, args);
  }
}
