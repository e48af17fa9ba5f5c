/** Demo data for the README run command: two branded tenants with people to log in as. */
package io.sigillo.devtools.demo;
