package dev.sovai.model.operator;

import java.time.LocalDate;
import java.util.List;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.csf.CsfCatalogue;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A provider's declared answer to one criterion of the EU Cloud Sovereignty Framework: the rung of the criterion's
 * ladder in the calculator's catalogue ({@link CsfCatalogue#calculator2026()}) the provider says it reaches, the date
 * the declaration holds for and the sources that publish it. It is the provider's word, not a fact sovai checks: the
 * sovereignty scorer counts it as evidence of level "declared" and lets an answer derived from the landscape's facts
 * win over it.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsfDeclaration implements Cited {
  CsfDeclaration() {}

  /** @return the criterion's identifier in the catalogue, {@code "SOV-1.1"} … {@code "SOV-8.4"}, not null */
  public abstract String criterion();

  /**
   * @return the declared rung's position on the criterion's ladder: 0 for the worst rung, up to the ladder's size − 1
   *     (at most 4) for the best
   */
  public abstract int rung();

  /** @return the date the declaration holds for (the day the provider made or last confirmed it), not null */
  public abstract LocalDate asOf();

  /** @return the identifiers of the document's sources that publish the declaration, slugs; may be empty */
  @Override
  public abstract List<String> sources();

  /** @return always {@link Confidence#REPORTED}: a declaration is the provider's word */
  @Override
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /** @return the catalogue's criterion it answers, not null */
  public CsfCatalogue.Criterion catalogueCriterion() {
    return CsfCatalogue.calculator2026().criterion(criterion()).orElseThrow();
  }

  /** @return the declared rung of the catalogue, not null */
  public CsfCatalogue.Rung declaredRung() {
    return catalogueCriterion().rung(rung());
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "CsfDeclaration";
    CsfCatalogue.Criterion known = CsfCatalogue.calculator2026().criterion(criterion()).orElse(null);
    if (known == null) {
      c.add(new ModelException(t, null, "criterion", criterion(), "is not a criterion of the CSF calculator"
          + " (SOV-1.1 … SOV-8.4)"));
    } else if (rung() < 0 || rung() >= known.rungs().size()) {
      c.add(new ModelException(t, null, "rung", rung(), "must be a rung of " + criterion() + ", in [0, "
          + (known.rungs().size() - 1) + "]"));
    }
    c.check(() -> Require.year(t, null, "asOf", asOf()));
    c.check(() -> Require.slugs(t, null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link CsfDeclaration}. */
  public static final class Builder extends ImmutableCsfDeclaration.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
