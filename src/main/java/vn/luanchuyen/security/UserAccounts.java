package vn.luanchuyen.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.RecordChanged;

/** The users of the application: stores them with hashed passwords and serves the login. */
@Service
public class UserAccounts implements UserDetailsService {
  /** The shortest password a user may choose, in characters. */
  public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  UserAccounts(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      ApplicationEventPublisher events,
      MessageSource messages) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.events = events;
    this.messages = messages;
  }

  /** Every change of a user goes to the audit trail: who, when, before and after (no passwords). */
  private void audit(String username, String action, Object before, Object after) {
    events.publishEvent(
        new RecordChanged(
            "user",
            username,
            action,
            before == null ? null : before.toString(),
            after == null ? null : after.toString()));
  }

  /**
   * Creates a user, or replaces one of the same name, with the password hashed; a replaced user's
   * sessions end.
   */
  @Transactional
  public void save(AppUser user, String rawPassword) {
    Optional<AppUser> before = find(user.username());
    long epoch =
        jdbc.sql("select session_epoch + 1 from security_user where username = ?")
            .param(user.username())
            .query(Long.class)
            .optional()
            .orElse(0L);
    jdbc.sql("delete from security_user where username = ?").param(user.username()).update();
    jdbc.sql(
            "insert into security_user (username, display_name, password_hash, roles, unit_scope,"
                + " must_change_password, enabled, version, session_epoch)"
                + " values (?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .params(
            user.username(),
            user.displayName(),
            encoder.encode(rawPassword),
            roles(user.roles()),
            String.join(",", user.unitScope()),
            user.mustChangePassword(),
            user.enabled(),
            epoch)
        .update();
    audit(
        user.username(),
        before.isPresent() ? "UPDATE" : "CREATE",
        before.orElse(null),
        find(user.username()).orElseThrow());
  }

  /**
   * What decides whether a user's open session may go on.
   *
   * @param sessionEpoch moved on by disabling, a change of roles or unit scope, and a new password
   */
  public record Standing(boolean enabled, boolean mustChangePassword, long sessionEpoch) {}

  /** The standing of a user now, or empty if there is no such user. */
  @Transactional(readOnly = true)
  public Optional<Standing> standing(String username) {
    return jdbc.sql(
            "select enabled, must_change_password, session_epoch from security_user"
                + " where username = ?")
        .param(username)
        .query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2), rs.getLong(3)))
        .optional();
  }

  @Transactional(readOnly = true)
  public Optional<AppUser> find(String username) {
    return jdbc.sql(
            "select username, display_name, roles, unit_scope, must_change_password, enabled,"
                + " version from security_user where username = ?")
        .param(username)
        .query(UserAccounts::user)
        .optional();
  }

  private static AppUser user(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AppUser(
        rs.getString(1),
        rs.getString(2),
        roles(rs.getString(3)),
        split(rs.getString(4)),
        rs.getBoolean(5),
        rs.getBoolean(6),
        rs.getLong(7));
  }

  private static String roles(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  /** Every user, by user name. */
  @Transactional(readOnly = true)
  public List<AppUser> users() {
    return jdbc.sql(
            "select username, display_name, roles, unit_scope, must_change_password, enabled,"
                + " version from security_user order by username")
        .query(UserAccounts::user)
        .list();
  }

  /**
   * Creates a user; the password must be long enough.
   *
   * @throws IllegalArgumentException if the name is taken, malformed, or the password too short
   */
  @Transactional
  public AppUser create(AppUser user, String rawPassword) {
    checkUsername(user.username());
    checkPassword(user.username(), rawPassword);
    if (find(user.username()).isPresent()) {
      throw new IllegalArgumentException("tên đăng nhập " + user.username() + " đã có");
    }
    save(user, rawPassword);
    return find(user.username()).orElseThrow();
  }

  /**
   * Changes a user's name, roles, unit scope and whether they may log in, if nobody changed the
   * user since {@code user.version()} was read. The password stays. Disabling the user or changing
   * their roles or unit scope ends every session they have open.
   */
  @Transactional
  public AppUser update(AppUser user) {
    Optional<AppUser> before = find(user.username());
    String roles = roles(user.roles());
    String scope = String.join(",", user.unitScope());
    int changed =
        jdbc.sql(
                "update security_user set session_epoch = session_epoch + case when roles = ?"
                    + " and coalesce(unit_scope, '') = ? and enabled = ? then 0 else 1 end,"
                    + " display_name = ?, roles = ?, unit_scope = ?, enabled = ?,"
                    + " version = version + 1 where username = ? and version = ?")
            .params(
                roles,
                scope,
                user.enabled(),
                user.displayName(),
                roles,
                scope,
                user.enabled(),
                user.username(),
                user.version())
            .update();
    if (changed == 0) {
      if (find(user.username()).isEmpty()) {
        throw new NotFoundException("user", user.username());
      }
      throw new ConcurrentEditException("user " + user.username());
    }
    AppUser after = find(user.username()).orElseThrow();
    audit(user.username(), "UPDATE", before.orElse(null), after);
    return after;
  }

  /**
   * An administrator sets a new password; the user must change it at their next login, and every
   * session they have open ends.
   */
  @Transactional
  public void resetPassword(String username, String rawPassword) {
    checkPassword(username, rawPassword);
    setPassword(username, rawPassword, true);
    audit(username, "PASSWORD_RESET", null, "mustChangePassword=true");
  }

  /**
   * A user changes their own password, giving the current one. Every session of theirs ends; the
   * caller keeps the one it serves with {@link SignedInSessions#renew}.
   *
   * @return false if the current password is wrong
   * @throws IllegalArgumentException if the new password is too short or unchanged
   */
  @Transactional
  public boolean changePassword(String username, String currentPassword, String newPassword) {
    String hash =
        jdbc.sql("select password_hash from security_user where username = ?")
            .param(username)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("user", username));
    if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
      return false;
    }
    checkPassword(username, newPassword);
    if (PasswordRules.normal(newPassword).equals(PasswordRules.normal(currentPassword))) {
      throw weak(List.of(new Reason("unchanged", "security.password.rule.unchanged", null)));
    }
    setPassword(username, newPassword, false);
    audit(username, "PASSWORD_CHANGE", null, null);
    return true;
  }

  private void setPassword(String username, String rawPassword, boolean mustChange) {
    int changed =
        jdbc.sql(
                "update security_user set password_hash = ?, must_change_password = ?,"
                    + " version = version + 1, session_epoch = session_epoch + 1"
                    + " where username = ?")
            .params(encoder.encode(rawPassword), mustChange, username)
            .update();
    if (changed == 0) {
      throw new NotFoundException("user", username);
    }
  }

  /**
   * The rules for new passwords ({@link PasswordRules}).
   *
   * @throws WeakPasswordException naming, in Vietnamese, every rule the password breaks
   */
  public void checkPassword(String username, String rawPassword) {
    List<Reason> problems = PasswordRules.problems(username, rawPassword);
    if (!problems.isEmpty()) {
      throw weak(problems);
    }
  }

  private WeakPasswordException weak(List<Reason> problems) {
    return new WeakPasswordException(
        problems,
        problems.stream()
            .map(
                r ->
                    messages.getMessage(
                        r.messageKey(), PasswordRules.arguments(r), r.messageKey(), VIETNAMESE))
            .collect(Collectors.joining(" ")));
  }

  private static void checkUsername(String username) {
    if (username == null || !username.matches("[a-z0-9._-]{2,50}")) {
      throw new IllegalArgumentException(
          "tên đăng nhập gồm 2 đến 50 ký tự: chữ thường không dấu, số, dấu chấm, gạch");
    }
  }

  @Transactional(readOnly = true)
  public long count() {
    return jdbc.sql("select count(*) from security_user").query(Long.class).single();
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return jdbc.sql(
            "select username, password_hash, roles, enabled, session_epoch from security_user"
                + " where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new SignedInUser(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBoolean(4),
                    roles(rs.getString(3)).stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                        .toList(),
                    rs.getLong(5)))
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
