package io.sigillo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.sigillo.architecture.fixture.UnguardedBean;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The business layer decides who may call it, and the container enforces it: every public method of
 * a session bean names its roles ({@code @RolesAllowed}), or says it is open ({@code @PermitAll})
 * or closed ({@code @DenyAll}), on the method or on its class. A method added without one would be
 * callable by anyone, and this test fails on it.
 */
class EjbSecurityTest {

  private static final List<Class<? extends Annotation>> SESSION_BEANS =
      List.of(Stateless.class, Singleton.class, Stateful.class);

  private static final List<Class<? extends Annotation>> PERMISSIONS =
      List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

  private static final List<Class<? extends Annotation>> LIFECYCLE =
      List.of(PostConstruct.class, PreDestroy.class);

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.sigillo");

  static final ArchRule EVERY_BUSINESS_METHOD_NAMES_ITS_ROLES =
      methods()
          .that(businessMethodsOfSessionBeans())
          .should(namePermissions())
          .because("the EJB container, not only the page in front, must refuse a caller");

  @Test
  void everyPublicMethodOfASessionBeanSaysWhoMayCallIt() {
    EVERY_BUSINESS_METHOD_NAMES_ITS_ROLES.check(CLASSES);
  }

  @Test
  void theRuleSeesTheBeansOfEveryModule() {
    // an empty import (a module missing from the test class path) would let the rule pass on
    // nothing
    Set<String> modules =
        CLASSES.stream()
            .filter(EjbSecurityTest::isSessionBean)
            .map(c -> c.getPackageName().split("\\.")[2])
            .collect(Collectors.toSet());
    assertTrue(
        modules.containsAll(Set.of("otp", "identity", "signature", "tenancy", "reseller")),
        () -> "session beans found only in " + modules);
  }

  @Test
  void aMethodWithoutRolesFailsTheRule() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                EVERY_BUSINESS_METHOD_NAMES_ITS_ROLES.check(
                    new ClassFileImporter().importClasses(UnguardedBean.class)));
    assertTrue(failure.getMessage().contains("UnguardedBean.forgotten()"), failure::getMessage);
    assertFalse(failure.getMessage().contains("UnguardedBean.guarded()"), failure::getMessage);
  }

  private static boolean isSessionBean(JavaClass type) {
    return SESSION_BEANS.stream().anyMatch(type::isAnnotatedWith);
  }

  private static DescribedPredicate<JavaMethod> businessMethodsOfSessionBeans() {
    return DescribedPredicate.describe(
        "are public business methods of session beans",
        method ->
            isSessionBean(method.getOwner())
                && method.getModifiers().contains(JavaModifier.PUBLIC)
                && !method.getModifiers().contains(JavaModifier.STATIC)
                && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                && !method.getModifiers().contains(JavaModifier.BRIDGE)
                && LIFECYCLE.stream().noneMatch(method::isAnnotatedWith));
  }

  private static ArchCondition<JavaMethod> namePermissions() {
    return new ArchCondition<>(
        "be annotated (or their class) with @RolesAllowed, @PermitAll or @DenyAll") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean secured = permitted(method) || permitted(method.getOwner());
        events.add(
            new SimpleConditionEvent(
                method,
                secured,
                method.getFullName() + " names no roles (@RolesAllowed, @PermitAll or @DenyAll)"));
      }
    };
  }

  private static boolean permitted(CanBeAnnotated element) {
    return PERMISSIONS.stream().anyMatch(element::isAnnotatedWith);
  }
}
