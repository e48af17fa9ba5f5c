package io.sigillo.core.schema;

/** Where the one platform data source is bound; every persistence unit and the audit log use it. */
public final class PlatformDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/sigillo";

  private PlatformDataSource() {}
}
