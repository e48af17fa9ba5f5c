/** Start-up of the application: the platform data source and the schema migrations. */
package io.sigillo.selfcare.bootstrap;
