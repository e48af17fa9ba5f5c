/**
 * The SMPP adapter of the SMS port: a jSMPP transmitter session to the operator's SMSC, with the
 * GSM 7-bit / UCS2 choice and long-text segmentation that {@code submit_sm} needs.
 */
package io.sigillo.core.messaging.smpp;
