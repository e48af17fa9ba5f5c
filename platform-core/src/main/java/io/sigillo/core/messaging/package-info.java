/**
 * Ports through which messages leave the platform (SMS, e-mail) and their adapters. Message bodies
 * may carry verification codes: adapters never log bodies, only recipients masked and outcomes.
 */
package io.sigillo.core.messaging;
