package io.sigillo.signature.domain;

/**
 * A province: its two-letter sigla and its name. {@code EE} ("Estero") stands for every foreign
 * state. Historic provinces known only from the cadastral rows (e.g. {@code PL}, {@code ZA}) have
 * their sigla as name.
 */
public record Province(String sigla, String name) {

  public boolean foreign() {
    return CadastralPlace.FOREIGN.equals(sigla);
  }
}
