package io.sigillo.it.harness;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link SharedMicroContainer} in the place of Payara's own Micro container. */
public final class SharedMicroExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class,
        PayaraMicroDeployableContainer.class,
        SharedMicroContainer.class);
  }
}
