package vn.luanchuyen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.luanchuyen.importexport.RegistryContent;
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

  @Test
  void moduleDiagramsAreWritten() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }

  @Test
  void apachePoiIsUsedOnlyByTheImportExportModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage(RegistryContent.class.getPackageName() + "..")
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
