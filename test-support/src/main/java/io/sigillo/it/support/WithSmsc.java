package io.sigillo.it.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For in-container test classes that exercise the application's SMPP adapter: a fresh {@link Smsc}
 * on the configured port before each test, closed after it. JUnit runs a subclass's own
 * {@code @AfterEach} (a clock reset, say) before this one, so the SMSC is the last thing to go. The
 * deployment must carry this class and {@link Smsc}.
 */
public abstract class WithSmsc {

  protected Smsc smsc;

  @BeforeEach
  protected void startSmsc() throws Exception {
    smsc = Smsc.fromEnvironment();
  }

  @AfterEach
  protected void stopSmsc() throws Exception {
    smsc.close();
  }
}
