/**
 * The platform data source name and the schema migrations. Every module owns its tables and ships
 * its Flyway scripts under {@code db/migration/<module>}; each module keeps its own history table,
 * so modules evolve independently.
 */
package io.sigillo.core.schema;
