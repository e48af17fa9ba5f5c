package io.sigillo.it.support;

import java.lang.reflect.Method;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * {@code @ExtendWith(ActsAsPlatform.class)} next to Arquillian's extension: inside the container,
 * each test method and its {@code @BeforeEach}/{@code @AfterEach} run through {@link
 * PlatformCaller}, so the business beans see the {@code system} role a start-up job has. On the
 * client side ({@code @RunAsClient} methods) it changes nothing. Tests that prove what an
 * unauthenticated in-container caller gets simply leave it out.
 */
public class ActsAsPlatform implements InvocationInterceptor {

  /** Set by Failsafe for the test JVM only (micro/pom.xml), never inside Payara Micro. */
  private static final String CLIENT_SIDE = "sigillo.it.war";

  private static final String BEAN = "java:module/" + PlatformCaller.class.getSimpleName();

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    asPlatform(invocation);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    asPlatform(invocation);
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    asPlatform(invocation);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    asPlatform(invocation);
  }

  private static void asPlatform(Invocation<Void> invocation) throws Throwable {
    if (System.getProperty(CLIENT_SIDE) != null) {
      // a @RunAsClient method: Failsafe's JVM, which has no container to call
      invocation.proceed();
      return;
    }
    PlatformCaller caller;
    try {
      caller = (PlatformCaller) new InitialContext().lookup(BEAN);
    } catch (NamingException | RuntimeException outsideTheContainer) {
      invocation.proceed();
      return;
    }
    Throwable failure = caller.run(invocation::proceed);
    if (failure != null) {
      throw failure;
    }
  }
}
