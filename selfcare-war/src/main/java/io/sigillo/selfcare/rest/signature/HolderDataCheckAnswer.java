package io.sigillo.selfcare.rest.signature;

import io.sigillo.core.error.ErrorCatalogue;
import io.sigillo.core.error.ErrorCatalogue.ErrorText;
import io.sigillo.signature.api.HolderDataCheckResult;
import io.sigillo.signature.api.HolderDataFinding;
import io.sigillo.signature.api.PlaceSuggestion;
import java.util.List;
import java.util.Locale;

/**
 * What the form shows: whether the data agree and, for each disagreement, the field to mark with
 * the catalogue text in the visitor's language and any places the visitor may have meant.
 */
public record HolderDataCheckAnswer(boolean consistent, List<Finding> findings) {

  static HolderDataCheckAnswer of(HolderDataCheckResult result, Locale locale) {
    return new HolderDataCheckAnswer(
        result.consistent(), result.findings().stream().map(f -> Finding.of(f, locale)).toList());
  }

  /** One field that disagrees; {@code field} is the form field's name. */
  public record Finding(
      String field,
      String code,
      String title,
      String message,
      String nextStep,
      List<Place> suggestions) {

    static Finding of(HolderDataFinding finding, Locale locale) {
      ErrorText text = ErrorCatalogue.describe(finding.error(), locale, finding.arguments());
      return new Finding(
          finding.field().property(),
          text.code(),
          text.title(),
          text.message(),
          text.nextStep(),
          finding.suggestions().stream().map(Place::of).toList());
    }
  }

  /** A place to offer, ready to fill the municipality and province fields. */
  public record Place(String name, String province, String cadastralCode, String label) {

    static Place of(PlaceSuggestion place) {
      return new Place(place.name(), place.province(), place.cadastralCode(), place.label());
    }
  }
}
