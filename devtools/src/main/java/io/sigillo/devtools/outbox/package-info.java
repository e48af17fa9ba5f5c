/**
 * Developer tools of the run command, published only when configured ({@code
 * sigillo.dev.outbox=true}): absent, not merely hidden, in a production configuration.
 */
package io.sigillo.devtools.outbox;
