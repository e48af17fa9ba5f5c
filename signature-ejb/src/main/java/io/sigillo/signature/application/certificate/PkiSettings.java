package io.sigillo.signature.application.certificate;

import io.sigillo.signature.infrastructure.pki.PkiUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** PKI settings read once at start-up. */
@ApplicationScoped
public class PkiSettings {

  @Inject
  @ConfigProperty(
      name = "sigillo.pki.base-url",
      defaultValue = "http://{tenant}.localhost:8080/pki")
  String baseUrl;

  public PkiUrls urls() {
    return new PkiUrls(baseUrl);
  }
}
