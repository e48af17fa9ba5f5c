/**
 * The operator console of one tenant (role {@code operator}, web.xml {@code /operator/*}): find a
 * person, see their identity and devices, unlock or mark a device lost with a reason, import
 * hardware tokens. Only the identity and OTP modules' api packages are used; every action is
 * audited under the operator's name.
 */
package io.sigillo.selfcare.view.operator;
