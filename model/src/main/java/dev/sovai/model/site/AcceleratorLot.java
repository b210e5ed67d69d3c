package dev.sovai.model.site;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A number of accelerators of one model at a site, with its own status and date (a campus is often filled in
 * phases). The model is a reference to the accelerator catalogue; a chip that is not in the catalogue is kept
 * by its reported name ({@link #reportedModel()}) and scorers flag it.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AcceleratorLot implements Cited {
  AcceleratorLot() {}

  /** @return the accelerator's identifier in the catalogue, if known */
  public abstract Optional<String> accelerator();

  /** @return the chip name as the source spells it, when it is not (or not surely) in the catalogue */
  public abstract Optional<String> reportedModel();

  /**
   * @return the number of accelerators (GPUs or equivalent packages), in [0, {@link Bounds#MAX_ACCELERATORS_PER_LOT}]
   */
  public abstract long count();

  /** @return the lot's status, {@link SiteStatus#OPERATIONAL} by default */
  @Value.Default
  public SiteStatus status() {
    return SiteStatus.OPERATIONAL;
  }

  /** @return when the lot reached its status (or is expected to), if known */
  public abstract Optional<PartialDate> date();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /**
   * Obtains an operational lot of a catalogued accelerator.
   *
   * @param acceleratorId  the catalogue identifier, not null
   * @param count  the number, ≥ 0
   * @return the lot, not null
   */
  public static AcceleratorLot of(String acceleratorId, long count) {
    return builder().accelerator(acceleratorId).count(count).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "AcceleratorLot";
    c.check(() -> accelerator().ifPresent(v -> Require.slug(t, null, "accelerator", v)));
    c.check(() -> reportedModel().ifPresent(v -> Require.notBlank(t, null, "reportedModel", v)));
    if (accelerator().isEmpty() && reportedModel().isEmpty()) {
      c.add(new ModelException(t, null, "accelerator", null, "or reportedModel must be given"));
    }
    c.check(() -> Require.count(t, null, "count", count(), Bounds.MAX_ACCELERATORS_PER_LOT));
    c.check(() -> Require.slugs(t, null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link AcceleratorLot}. */
  public static final class Builder extends ImmutableAcceleratorLot.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
