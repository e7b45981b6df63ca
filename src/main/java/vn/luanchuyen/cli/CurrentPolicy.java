package vn.luanchuyen.cli;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;

/**
 * The policy in force for a command, chosen as the server chooses it: the option {@code
 * --luanchuyen.policy.current=ID} (every command takes it), otherwise the property {@code
 * luanchuyen.policy.current} where Spring Boot reads it ({@code application.properties} or {@code
 * config/application.properties} in the working directory, a system property, the environment
 * variable {@code LUANCHUYEN_POLICY_CURRENT}), otherwise the index's choice. Commands that start
 * the application hand the option on ({@link #properties}), so its {@link Policies} bean agrees;
 * commands that work on a workbook alone ask here ({@link #policies}).
 */
final class CurrentPolicy {

  /** The option, named as the property so it reads as Spring Boot's own {@code --key=value}. */
  static final String OPTION = "--" + Policies.CURRENT_PROPERTY;

  private CurrentPolicy() {}

  /** The id given with {@link #OPTION} to this command or the one above it, if any. */
  static Optional<String> option(CommandSpec command) {
    if (command == null) {
      return Optional.empty();
    }
    OptionSpec option = command.findOption(OPTION);
    Object value = option == null ? null : option.getValue();
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString().strip());
  }

  /** The property the application started by the command is to take, if the option was given. */
  static Map<String, Object> properties(CommandSpec command) {
    return option(command)
        .<Map<String, Object>>map(id -> Map.of(Policies.CURRENT_PROPERTY, id))
        .orElse(Map.of());
  }

  /**
   * The policies with the one in force for this command, read from the same sources as the
   * application's properties, without starting it.
   *
   * @throws vn.luanchuyen.policy.PolicyException if the chosen id is no shipped policy's
   */
  static Policies policies(CommandSpec command) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("commandLineArgs", properties(command)));
    ConfigDataEnvironmentPostProcessor.applyTo(environment);
    return Policies.withCurrent(environment.getProperty(Policies.CURRENT_PROPERTY));
  }

  /**
   * What the command names with {@code --policy} (a shipped id or a YAML file), or the policy in
   * force.
   */
  static Policy named(CommandSpec command, String idOrFile) {
    return policies(command).idOrFile(idOrFile);
  }
}
