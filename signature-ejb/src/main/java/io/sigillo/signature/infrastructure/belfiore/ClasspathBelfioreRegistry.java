package io.sigillo.signature.infrastructure.belfiore;

import io.sigillo.signature.domain.BelfioreRegistry;
import io.sigillo.signature.domain.CadastralPlace;
import io.sigillo.signature.domain.PlaceNames;
import io.sigillo.signature.domain.Province;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cadastral registry shipped in this jar: {@code belfiore.csv} (13,670 rows: municipalities,
 * historic municipalities, foreign states) and {@code provinces.csv}. Data compiled from the public
 * registries of Agenzia delle Entrate and ISTAT as redistributed in the {@code codice-fiscale-js}
 * npm package, CC BY-SA; the attribution is in {@code NOTICE.md} beside the files.
 *
 * <p>The files are parsed on first use, once per class loader, by the initialisation of a holder
 * class: the JVM guarantees that happens once and is visible to every thread, without locks on
 * later reads. Instances are cheap and share the data.
 */
@ApplicationScoped
public class ClasspathBelfioreRegistry implements BelfioreRegistry {

  static final String PLACES = "belfiore.csv";
  static final String PROVINCES = "provinces.csv";

  @Override
  public List<CadastralPlace> byCode(String code) {
    return code == null
        ? List.of()
        : Data.INSTANCE.byCode.getOrDefault(code.trim().toUpperCase(Locale.ROOT), List.of());
  }

  @Override
  public List<CadastralPlace> byName(String name) {
    for (String key : PlaceNames.variants(name)) {
      List<CadastralPlace> places = Data.INSTANCE.byKey.get(key);
      if (places != null) {
        return places;
      }
    }
    return List.of();
  }

  @Override
  public Set<String> nameKeys() {
    return Data.INSTANCE.byKey.keySet();
  }

  @Override
  public Optional<Province> findProvince(String siglaOrName) {
    if (siglaOrName == null) {
      return Optional.empty();
    }
    String sigla = siglaOrName.trim().toUpperCase(Locale.ROOT);
    Province province = Data.INSTANCE.provincesBySigla.get(sigla);
    if (province == null) {
      province = Data.INSTANCE.provincesByKey.get(PlaceNames.key(siglaOrName));
    }
    return Optional.ofNullable(province);
  }

  @Override
  public List<Province> provinces() {
    return List.copyOf(Data.INSTANCE.provincesBySigla.values());
  }

  @Override
  public List<CadastralPlace> places() {
    return Data.INSTANCE.places;
  }

  private static final class Data {

    static final Data INSTANCE = load();

    final List<CadastralPlace> places;
    final Map<String, List<CadastralPlace>> byCode;
    final Map<String, List<CadastralPlace>> byKey;
    final Map<String, Province> provincesBySigla;
    final Map<String, Province> provincesByKey;

    private Data(List<CadastralPlace> places, List<Province> provinces) {
      this.places = List.copyOf(places);
      Map<String, List<CadastralPlace>> codes = new LinkedHashMap<>();
      Map<String, List<CadastralPlace>> keys = new LinkedHashMap<>();
      for (CadastralPlace place : places) {
        codes.computeIfAbsent(place.code(), c -> new ArrayList<>()).add(place);
        for (String key : PlaceNames.registryKeys(place.name())) {
          keys.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        }
      }
      this.byCode = freeze(codes);
      this.byKey = freeze(keys);
      Map<String, Province> bySigla = new TreeMap<>();
      provinces.forEach(p -> bySigla.put(p.sigla(), p));
      places.forEach(
          p -> bySigla.putIfAbsent(p.province(), new Province(p.province(), p.province())));
      this.provincesBySigla = Map.copyOf(bySigla);
      Map<String, Province> byName = new LinkedHashMap<>();
      bySigla.values().forEach(p -> byName.putIfAbsent(PlaceNames.key(p.name()), p));
      this.provincesByKey = Map.copyOf(byName);
    }

    private static Map<String, List<CadastralPlace>> freeze(Map<String, List<CadastralPlace>> map) {
      Map<String, List<CadastralPlace>> frozen = new LinkedHashMap<>();
      map.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
      return Collections.unmodifiableMap(frozen);
    }

    private static Data load() {
      List<CadastralPlace> places = new ArrayList<>();
      for (List<String> row : read(PLACES)) {
        places.add(new CadastralPlace(row.get(0), row.get(1), row.get(2), "1".equals(row.get(3))));
      }
      List<Province> provinces = new ArrayList<>();
      for (List<String> row : read(PROVINCES)) {
        provinces.add(new Province(row.get(0), row.get(1)));
      }
      return new Data(places, provinces);
    }

    /** Rows after the header; the files never contain a comma or a newline inside a field. */
    private static List<List<String>> read(String resource) {
      try (InputStream in = ClasspathBelfioreRegistry.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource " + resource);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<List<String>> rows = new ArrayList<>();
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            rows.add(fields(line));
          }
        }
        return rows;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }

    private static List<String> fields(String line) {
      List<String> fields = new ArrayList<>();
      for (String field : line.split(",", -1)) {
        String trimmed = field.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
          trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        fields.add(trimmed);
      }
      return fields;
    }
  }
}
