package vn.luanchuyen.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the application: stores them with hashed passwords and serves the login. */
@Service
public class UserAccounts implements UserDetailsService {

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;

  UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.encoder = encoder;
  }

  /** Creates a user, or replaces one of the same name, with the password hashed. */
  @Transactional
  public void save(AppUser user, String rawPassword) {
    jdbc.sql("delete from security_user where username = ?").param(user.username()).update();
    jdbc.sql(
            "insert into security_user (username, display_name, password_hash, roles, unit_scope,"
                + " must_change_password, enabled, version) values (?, ?, ?, ?, ?, ?, ?, 0)")
        .params(
            user.username(),
            user.displayName(),
            encoder.encode(rawPassword),
            user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
            String.join(",", user.unitScope()),
            user.mustChangePassword(),
            user.enabled())
        .update();
  }

  @Transactional(readOnly = true)
  public Optional<AppUser> find(String username) {
    return jdbc.sql(
            "select username, display_name, roles, unit_scope, must_change_password, enabled,"
                + " version from security_user where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new AppUser(
                    rs.getString(1),
                    rs.getString(2),
                    roles(rs.getString(3)),
                    split(rs.getString(4)),
                    rs.getBoolean(5),
                    rs.getBoolean(6),
                    rs.getLong(7)))
        .optional();
  }

  @Transactional(readOnly = true)
  public long count() {
    return jdbc.sql("select count(*) from security_user").query(Long.class).single();
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "select username, password_hash, roles, enabled from security_user where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                User.withUsername(rs.getString(1))
                    .password(rs.getString(2))
                    .authorities(
                        roles(rs.getString(3)).stream()
                            .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                            .toList())
                    .disabled(!rs.getBoolean(4))
                    .build())
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  private static Set<Role> roles(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    split(text).forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  private static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
