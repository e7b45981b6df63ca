package vn.luanchuyen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.luanchuyen.importexport.RegistryStore;
import vn.luanchuyen.planning.solver.RotationSchedule;
import vn.luanchuyen.screening.RotationScreening;
import vn.luanchuyen.screening.ScreeningRuns;

/** The module boundaries of style.md, checked on every build. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(LuanChuyenApplication.class);
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackagesOf(LuanChuyenApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
    MODULES.verify();
  }

  /**
   * Which modules each module may use: the process runs organisation ← cadre ← policy ← succession
   * ← screening ← planning (policy holds the rules as data, the others apply them), approval knows
   * nothing of plans, and only the adapters (web, cli, reporting) reach across. A new dependency
   * fails here until it is stated.
   */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("shared", Set.of()),
          Map.entry("organisation", Set.of("shared")),
          Map.entry("audit", Set.of("shared")),
          Map.entry("approval", Set.of("shared")),
          // unit scope of a user's access
          Map.entry("cadre", Set.of("security", "shared")),
          Map.entry("security", Set.of("audit", "organisation", "shared")),
          // the policies as data: only the values their records are made of
          Map.entry("policy", Set.of("cadre", "organisation", "shared")),
          Map.entry("succession", Set.of("cadre", "organisation", "policy", "shared")),
          Map.entry("registry", Set.of("cadre", "organisation", "shared", "succession")),
          Map.entry(
              "importexport", Set.of("cadre", "organisation", "registry", "shared", "succession")),
          Map.entry(
              "screening",
              Set.of("cadre", "organisation", "policy", "registry", "shared", "succession")),
          Map.entry(
              "planning",
              Set.of(
                  "approval",
                  "cadre",
                  "organisation",
                  "policy",
                  "registry",
                  "screening",
                  "shared")),
          Map.entry(
              "demo",
              Set.of(
                  "cadre",
                  "importexport",
                  "organisation",
                  "registry",
                  "security",
                  "shared",
                  "succession")),
          Map.entry(
              "reporting",
              Set.of(
                  "approval",
                  "audit",
                  "cadre",
                  "importexport",
                  "organisation",
                  "planning",
                  "policy",
                  "registry",
                  "screening",
                  "shared",
                  "succession")),
          Map.entry(
              "web",
              Set.of(
                  "audit",
                  "cadre",
                  "organisation",
                  "policy",
                  "registry",
                  "screening",
                  "security",
                  "shared",
                  "succession")),
          Map.entry(
              "cli",
              Set.of(
                  "approval",
                  "audit",
                  "cadre",
                  "demo",
                  "importexport",
                  "planning",
                  "policy",
                  "registry",
                  "reporting",
                  "screening",
                  "security",
                  "shared")));

  @Test
  void eachModuleUsesOnlyTheModulesItIsAllowedTo() {
    String root = LuanChuyenApplication.class.getPackageName();
    Set<String> modules = new java.util.TreeSet<>();
    MODULES.forEach(m -> modules.add(m.getBasePackage().getName().substring(root.length() + 1)));
    assertThat(ALLOWED.keySet()).as("every module states its dependencies").isEqualTo(modules);
    for (String module : modules) {
      String[] forbidden =
          modules.stream()
              .filter(other -> !other.equals(module) && !ALLOWED.get(module).contains(other))
              .map(other -> root + "." + other + "..")
              .toArray(String[]::new);
      if (forbidden.length == 0) {
        continue;
      }
      noClasses()
          .that()
          .resideInAPackage(root + "." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden)
          .because(module + " may use only " + ALLOWED.get(module))
          .check(MAIN);
    }
  }

  @Test
  void moduleDiagramsAreWritten() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }

  @Test
  void apachePoiIsUsedOnlyByTheImportExportModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage(RegistryStore.class.getPackageName() + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi..")
        .check(MAIN);
  }

  @Test
  void timefoldIsUsedOnlyInThePlanningSolverPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage(RotationSchedule.class.getPackageName() + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(PlanningSolution.class.getPackageName().split("\\.core\\.")[0] + "..")
        .check(MAIN);
  }

  @Test
  void nothingReadsTheSystemClockExceptThroughAnInjectedClock() {
    noClasses()
        .should()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(YearMonth.class, "now")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .check(MAIN);
  }

  @Test
  void noFieldInjection() {
    noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
  }

  @Test
  void theScreeningRulesArePlainJava() {
    String screening = RotationScreening.class.getPackageName();
    noClasses()
        .that()
        .resideInAPackage(screening)
        .and()
        .doNotHaveSimpleName(ScreeningRuns.class.getSimpleName())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
        .check(MAIN);
  }
}
