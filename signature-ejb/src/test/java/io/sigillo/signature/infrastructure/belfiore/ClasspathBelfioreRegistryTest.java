package io.sigillo.signature.infrastructure.belfiore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.signature.domain.CadastralPlace;
import io.sigillo.signature.domain.Province;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClasspathBelfioreRegistryTest {

  private final ClasspathBelfioreRegistry registry = new ClasspathBelfioreRegistry();

  @Test
  void everyRowOfTheShippedFileIsLoaded() {
    assertThat(registry.places()).hasSize(13_670);
    assertThat(registry.provinces()).extracting(Province::sigla).contains("MB", "EE", "SU", "VS");
  }

  @Test
  void attributionShipsBesideTheData() {
    assertThat(ClasspathBelfioreRegistry.class.getResource("NOTICE.md")).isNotNull();
  }

  @Test
  void codeGivesEveryRowWithProvinceNameAndState() {
    assertThat(registry.byCode("H501"))
        .containsExactly(new CadastralPlace("H501", "RM", "ROMA", true));
    assertThat(registry.byCode(" a562 "))
        .containsExactlyInAnyOrder(
            new CadastralPlace("A562", "PI", "BAGNI SAN GIULIANO", false),
            new CadastralPlace("A562", "PI", "SAN GIULIANO TERME", true));
    assertThat(registry.byCode("Z999")).isEmpty();
    assertThat(registry.byCode(null)).isEmpty();
  }

  @Test
  void foreignStatesAreProvinceEeWithZCodes() {
    assertThat(registry.byCode("Z110"))
        .containsExactly(new CadastralPlace("Z110", "EE", "FRANCIA", true));
    assertThat(registry.foreignStates())
        .isNotEmpty()
        .allSatisfy(state -> assertThat(state.code()).startsWith("Z"));
  }

  @Test
  void historicMunicipalitiesAreTheInactiveRows() {
    assertThat(registry.historic())
        .isNotEmpty()
        .allSatisfy(place -> assertThat(place.active()).isFalse())
        .contains(new CadastralPlace("A562", "PI", "BAGNI SAN GIULIANO", false));
  }

  @Test
  void nameLookupIgnoresCaseAccentsApostrophesAndSpacing() {
    assertThat(registry.byName("agliè")).extracting(CadastralPlace::code).containsExactly("A074");
    assertThat(registry.byName("Aglie'")).extracting(CadastralPlace::code).containsExactly("A074");
    assertThat(registry.byName("  roma ")).extracting(CadastralPlace::code).containsExactly("H501");
    assertThat(registry.byName("Aci   Sant’Antonio"))
        .extracting(CadastralPlace::code)
        .containsExactly("A029");
    assertThat(registry.byName("bovisio masciago"))
        .extracting(CadastralPlace::province)
        .contains("MB");
  }

  @Test
  void abbreviatedSaintIsExpanded() {
    assertThat(registry.byName("Aci S. Antonio")).extracting(CadastralPlace::code).contains("A029");
    assertThat(registry.byName("S. Giuliano Terme"))
        .extracting(CadastralPlace::code)
        .containsExactly("A562");
  }

  @Test
  void sameNameInSeveralProvincesGivesEveryRow() {
    assertThat(registry.byName("San Giovanni"))
        .extracting(CadastralPlace::province)
        .containsExactlyInAnyOrder("AR", "BZ", "RC", "TO");
  }

  @Test
  void foreignStatesAreFoundByEitherOfTheirNames() {
    assertThat(registry.byName("Dahomey"))
        .containsExactly(new CadastralPlace("Z314", "EE", "DAHOMEY=BENIN", true));
    assertThat(registry.byName("Formosa")).extracting(CadastralPlace::code).containsExactly("Z217");
    assertThat(registry.byName("Bahama")).extracting(CadastralPlace::code).containsExactly("Z502");
    assertThat(registry.byName("Benin")).extracting(CadastralPlace::code).containsOnly("Z314");
  }

  @Test
  void provinceIsFoundBySiglaOrName() {
    assertThat(registry.findProvince("mb")).map(Province::name).contains("Monza e della Brianza");
    assertThat(registry.findProvince("MONZA E DELLA BRIANZA")).map(Province::sigla).contains("MB");
    assertThat(registry.findProvince("Forlì-Cesena")).map(Province::sigla).contains("FC");
    assertThat(registry.findProvince("l'aquila")).map(Province::sigla).contains("AQ");
    assertThat(registry.findProvince("PL")).map(Province::sigla).contains("PL");
    assertThat(registry.findProvince("Atlantide")).isEmpty();
  }

  @Test
  void concurrentFirstUsesShareOneCopyOfTheData() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<List<CadastralPlace>> load = () -> new ClasspathBelfioreRegistry().places();
      List<Future<List<CadastralPlace>>> results =
          pool.invokeAll(IntStream.range(0, 16).mapToObj(i -> load).toList());
      List<CadastralPlace> first = results.get(0).get();
      for (Future<List<CadastralPlace>> result : results) {
        assertThat(result.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
