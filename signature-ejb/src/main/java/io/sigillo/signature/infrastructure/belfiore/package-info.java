/**
 * The cadastral (Belfiore) registry read from the class path: {@code belfiore.csv} and {@code
 * provinces.csv} beside this package's classes, compiled from Agenzia delle Entrate and ISTAT
 * registries as redistributed in the {@code codice-fiscale-js} npm package (CC BY-SA; see {@code
 * NOTICE.md} in the same resource folder).
 */
package io.sigillo.signature.infrastructure.belfiore;
