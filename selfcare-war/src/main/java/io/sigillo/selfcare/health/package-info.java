/** MicroProfile Health checks: liveness of the application, readiness of its database. */
package io.sigillo.selfcare.health;
