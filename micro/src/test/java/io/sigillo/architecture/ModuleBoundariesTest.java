package io.sigillo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each EJB module is reached only through its {@code api} package (a module split by capability, as
 * reseller's {@code support} and {@code guide}, has one per capability): the portal and the other
 * modules never touch another module's entities, beans or adapters, and no module reaches back into
 * the web edge.
 */
class ModuleBoundariesTest {

  private static final String[] MODULES = {"otp", "identity", "signature", "reseller", "tenancy"};

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.sigillo");

  @Test
  void thePortalUsesModulesOnlyThroughTheirApi() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideInAPackage("io.sigillo.selfcare..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.sigillo." + module + "..domain..",
              "io.sigillo." + module + "..application..",
              "io.sigillo." + module + "..infrastructure..")
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
            .resideInAnyPackage(
                "io.sigillo." + other + "..domain..",
                "io.sigillo." + other + "..application..",
                "io.sigillo." + other + "..infrastructure..")
            .allowEmptyShould(true)
            .check(CLASSES);
      }
    }
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
            "io.sigillo.reseller..",
            "io.sigillo.tenancy..",
            "io.sigillo.selfcare..")
        .check(CLASSES);
  }

  @Test
  void noModuleDependsOnTheWebEdge() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideInAPackage("io.sigillo." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.sigillo.selfcare..")
          .because("the web edge passes the " + module + " module what it needs (tenant, actor)")
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }
}
