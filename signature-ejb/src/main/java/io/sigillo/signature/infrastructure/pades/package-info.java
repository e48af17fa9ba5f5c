/**
 * PAdES with EU DSS (PDFBox flavour): baseline-B signatures made with a key handle from the key
 * store, and validation of signed PDFs against one tenant's CA and CRL, offline.
 */
package io.sigillo.signature.infrastructure.pades;
