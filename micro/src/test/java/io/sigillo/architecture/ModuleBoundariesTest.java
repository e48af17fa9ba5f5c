package io.sigillo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house has one shape: each EJB module is reached only through its {@code api} package; the
 * portal ({@code selfcare}) is the web edge only, with no entities and no business beans of its
 * own; dependencies run one way (web edge → tenancy, reseller, identity, signature → otp → core);
 * the development tools are something nothing else needs.
 */
class ModuleBoundariesTest {

  private static final String[] MODULES = {"otp", "identity", "signature", "tenancy", "reseller"};

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.sigillo");

  /** A module's insides, at any depth (reseller has support.domain and guide.domain). */
  private static String[] insides(String module) {
    return new String[] {
      "io.sigillo." + module + "..domain..",
      "io.sigillo." + module + "..application..",
      "io.sigillo." + module + "..infrastructure.."
    };
  }

  @Test
  void thePortalUsesModulesOnlyThroughTheirApi() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideInAnyPackage("io.sigillo.selfcare..", "io.sigillo.devtools..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(insides(module))
          .because("the portal may call the " + module + " module only through its api package")
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  void modulesUseEachOtherOnlyThroughTheirApi() {
    for (String module : MODULES) {
      for (String other : MODULES) {
        if (module.equals(other)) {
          continue;
        }
        noClasses()
            .that()
            .resideInAPackage("io.sigillo." + module + "..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(insides(other))
            .allowEmptyShould(true)
            .check(CLASSES);
      }
    }
  }

  @Test
  void noModulesApiNeedsAnotherModulesApi() {
    for (String module : MODULES) {
      for (String other : MODULES) {
        if (module.equals(other)) {
          continue;
        }
        noClasses()
            .that()
            .resideInAPackage("io.sigillo." + module + "..api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.sigillo." + other + "..")
            .because("an api speaks in its own and core's words only")
            .allowEmptyShould(true)
            .check(CLASSES);
      }
    }
  }

  @Test
  void dependenciesRunOneWay() {
    slices().matching("io.sigillo.(*)..").should().beFreeOfCycles().check(CLASSES);
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.sigillo.core..",
            "io.sigillo.otp..",
            "io.sigillo.identity..",
            "io.sigillo.signature..",
            "io.sigillo.tenancy..",
            "io.sigillo.reseller..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.sigillo.selfcare..", "io.sigillo.devtools..")
        .because("the web edge and the development tools are on top: nothing below uses them")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("io.sigillo.otp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.sigillo.identity..",
            "io.sigillo.signature..",
            "io.sigillo.tenancy..",
            "io.sigillo.reseller..")
        .because("the OTP registry is the floor the products stand on")
        .check(CLASSES);
  }

  @Test
  void thePlatformCoreDependsOnNoModule() {
    noClasses()
        .that()
        .resideInAPackage("io.sigillo.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.sigillo.otp..",
            "io.sigillo.identity..",
            "io.sigillo.signature..",
            "io.sigillo.tenancy..",
            "io.sigillo.reseller..",
            "io.sigillo.selfcare..",
            "io.sigillo.devtools..")
        .check(CLASSES);
  }

  @Test
  void theWebEdgeHoldsNoEntitiesAndNoBusinessBeans() {
    noClasses()
        .that()
        .resideInAPackage("io.sigillo.selfcare..")
        .should()
        .beAnnotatedWith(jakarta.persistence.Entity.class)
        .orShould()
        .beAnnotatedWith(jakarta.ejb.Stateless.class)
        .orShould()
        .beAnnotatedWith(jakarta.ejb.Stateful.class)
        .because("entities and session beans live in the EJB modules; the WAR is the web edge")
        .check(CLASSES);
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("io.sigillo.selfcare..")
        .should()
        .beAnnotatedWith(jakarta.persistence.PersistenceContext.class)
        .because("the web edge reaches the database only through the modules' apis")
        .check(CLASSES);
  }
}
