/** Rendering of enrolment key URIs as QR code images, through ZXing. */
package io.sigillo.otp.infrastructure.qr;
