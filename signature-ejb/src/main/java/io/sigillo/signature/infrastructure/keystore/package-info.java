/**
 * Where the CA's and the holders' private keys live, behind one port ({@link
 * io.sigillo.signature.infrastructure.keystore.KeyStoreProvider}): a PKCS#11 token through the
 * JDK's SunPKCS11 provider (SoftHSM2 in tests, an HSM in production) or, as the embedded default, a
 * PKCS#12 file. The provider in use is chosen by configuration ({@code sigillo.keystore.type}).
 */
package io.sigillo.signature.infrastructure.keystore;
