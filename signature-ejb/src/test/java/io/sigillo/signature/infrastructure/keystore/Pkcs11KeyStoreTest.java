package io.sigillo.signature.infrastructure.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class Pkcs11KeyStoreTest {

  @Test
  void generatedKeysAreTokenObjectsAndPrivateKeysSensitiveNotExtractableSignOnly() {
    String config = Pkcs11KeyStore.configuration("/lib/p11.so", Optional.of(42L), Optional.of(3));

    assertThat(config)
        .contains("library = /lib/p11.so\n")
        .contains("slot = 42\n")
        .doesNotContain("slotListIndex")
        .contains("attributes(generate, *, *) = {\n  CKA_TOKEN = true\n}")
        .contains("CKA_SENSITIVE = true")
        .contains("CKA_EXTRACTABLE = false")
        .contains("CKA_SIGN = true")
        .contains("CKA_DECRYPT = false")
        .contains("CKA_UNWRAP = false")
        .contains("CKA_DERIVE = false");
  }

  @Test
  void withoutASlotIdTheSlotListIndexIsUsed() {
    assertThat(Pkcs11KeyStore.configuration("/lib/p11.so", Optional.empty(), Optional.of(1)))
        .contains("slotListIndex = 1\n")
        .doesNotContain("slot = ");
  }
}
