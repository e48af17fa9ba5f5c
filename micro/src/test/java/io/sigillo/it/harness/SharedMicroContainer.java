package io.sigillo.it.harness;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro cannot redeploy: Payara's Arquillian container boots a new Micro for every test
 * class, which cost about a minute each on CI's two cores, for 30-odd client test classes that all
 * deploy the very same WAR. This container boots one Micro per distinct client-side archive and
 * keeps it for the next class that deploys the same archive, until the suite ends.
 *
 * <p>Only client-side deployments ({@code testable = false}) are shared: Arquillian adds each
 * in-container test class to its own archive, so those differ anyway and keep a Micro of their own,
 * started and stopped as before. Two archives are the same when they have the same name and the
 * same entries (a test class that adds a library or a configuration gets its own Micro). Shared
 * classes must not depend on a fresh server: they already share the database, Keycloak and the
 * SMTP/SMPP ports.
 */
public class SharedMicroContainer
    implements DeployableContainer<PayaraMicroContainerConfiguration> {

  private static final Logger LOG = Logger.getLogger(SharedMicroContainer.class.getName());

  /** A running Micro: its own delegate (one process each) and what its deployment answered. */
  private record Running(String key, PayaraMicroDeployableContainer micro, ProtocolMetaData meta) {}

  private PayaraMicroContainerConfiguration configuration;
  private final Map<String, Running> idle = new HashMap<>();
  private final Map<Archive<?>, Running> deployed = new IdentityHashMap<>();

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return PayaraMicroContainerConfiguration.class;
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new ProtocolDescription("Servlet 6.0");
  }

  @Override
  public void start() throws LifecycleException {
    // each deployment starts its own Micro
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    String key = fingerprint(archive);
    Running running = idle.remove(key);
    if (running != null) {
      LOG.info(() -> "reusing the running Payara Micro for " + archive.getName());
    } else {
      PayaraMicroDeployableContainer micro = new PayaraMicroDeployableContainer();
      micro.setup(configuration);
      running = new Running(key, micro, micro.deploy(archive));
    }
    deployed.put(archive, running);
    return running.meta();
  }

  @Override
  public synchronized void undeploy(Archive<?> archive) throws DeploymentException {
    Running running = deployed.remove(archive);
    if (running == null && deployed.size() == 1) {
      // Arquillian hands back another instance of the one archive deployed (classes run in turn)
      running = deployed.remove(deployed.keySet().iterator().next());
    }
    if (running == null) {
      return;
    }
    if (!idle.containsKey(running.key())) {
      idle.put(running.key(), running);
    } else {
      running.micro().undeploy(archive);
    }
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    for (Running running : idle.values()) {
      try {
        running.micro().undeploy((Archive<?>) null);
      } catch (DeploymentException e) {
        throw new LifecycleException("could not stop a shared Payara Micro", e);
      }
    }
    idle.clear();
  }

  @Override
  public void deploy(Descriptor descriptor) throws DeploymentException {
    throw new UnsupportedOperationException("Payara Micro deploys archives only");
  }

  @Override
  public void undeploy(Descriptor descriptor) throws DeploymentException {
    throw new UnsupportedOperationException("Payara Micro deploys archives only");
  }

  private static String fingerprint(Archive<?> archive) {
    TreeSet<String> paths = new TreeSet<>();
    archive.getContent().keySet().forEach(path -> paths.add(path.get()));
    return archive.getName() + "|" + String.join("|", paths);
  }
}
