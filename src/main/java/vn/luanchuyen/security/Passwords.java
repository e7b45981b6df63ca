package vn.luanchuyen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as bcrypt hashes, in the web app and on the command line alike. Bcrypt reads
 * at most 72 bytes, and a Vietnamese letter takes up to 3 bytes in UTF-8: so the password, in
 * Unicode NFC, is first hashed with SHA-256 (44 bytes in Base64) and that is given to bcrypt.
 * Hashes stored before carry no prefix and still verify as plain bcrypt.
 */
@Configuration
class Passwords {
  static final String PREHASHED = "bcrypt-sha256";

  @Bean
  PasswordEncoder passwordEncoder() {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder(
            PREHASHED, Map.of(PREHASHED, new Prehashed(bcrypt), "bcrypt", bcrypt));
    encoder.setDefaultPasswordEncoderForMatches(bcrypt);
    return encoder;
  }

  /** Bcrypt of the SHA-256 of the normalised password. */
  private record Prehashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {
    @Override
    public String encode(CharSequence raw) {
      return bcrypt.encode(digest(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      return bcrypt.matches(digest(raw), encoded);
    }

    private static String digest(CharSequence raw) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256")
                .digest(PasswordRules.normal(raw.toString()).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hash);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this Java", e);
      }
    }
  }
}
