package dev.sovai.cli.render.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Scope;

/**
 * Concentration of one dimension on one basis over a series of dates: on each date the concentration scorer counts
 * what its scope admits on that date ({@code Site.statusOn(date)}: operational from the operational date,
 * decommissioned from the decommissioning date; each accelerator lot by its own status and date).
 */
public final class ConcentrationTrend {
  /** How far apart the dates of a series are. */
  public enum Step {
    /** Three months. */
    QUARTER(3),
    /** Twelve months. */
    YEAR(12);

    private final int months;

    Step(int months) {
      this.months = months;
    }

    /** @return the step's name as typed on the command line ({@code quarter}, {@code year}), not null */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The most dates in one series (a quarterly series of 250 years). */
  public static final int MAX_POINTS = 1000;

  private final Dimension dimension;
  private final Basis basis;
  private final Scope scope;
  private final List<TrendPoint> points;

  private ConcentrationTrend(Dimension dimension, Basis basis, Scope scope, List<TrendPoint> points) {
    this.dimension = dimension;
    this.basis = basis;
    this.scope = scope;
    this.points = List.copyOf(points);
  }

  /**
   * The dates of a series: {@code from}, then every step after it up to and including {@code to}.
   *
   * @param from  the first date, not null
   * @param to  the last date admitted, not before {@code from}, not null
   * @param step  the step, not null
   * @return the dates in order, at least one, at most {@link #MAX_POINTS}, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or the series has more than
   *     {@link #MAX_POINTS} dates
   */
  public static List<LocalDate> dates(LocalDate from, LocalDate to, Step step) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the last date must not be before the first, was " + from + " to " + to);
    }
    long count = ChronoUnit.MONTHS.between(from, to) / step.months + 1;
    if (count > MAX_POINTS) {
      throw new IllegalArgumentException("a series has at most " + MAX_POINTS + " dates, " + from + " to " + to
          + " by " + step.label() + " has " + count);
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = from.plusMonths((long) step.months * dates.size())) {
      dates.add(d);
    }
    return dates;
  }

  /**
   * Measures a landscape on each date of a series.
   *
   * @param landscape  the landscape, not null
   * @param dimension  who holds each part, not null
   * @param basis  what is counted, not null
   * @param scope  the region and statuses counted (operational only by default), not null
   * @param dates  the dates, in order, not null
   * @return the series, not null
   */
  public static ConcentrationTrend measure(Landscape landscape, Dimension dimension, Basis basis, Scope scope,
      List<LocalDate> dates) {
    ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    Measure measure = Measure.of(dimension, basis, scope);
    List<TrendPoint> points = new ArrayList<>();
    for (LocalDate d : dates) {
      points.add(TrendPoint.of(d, scorer.measure(landscape, measure, d)));
    }
    return new ConcentrationTrend(dimension, basis, scope, points);
  }

  /** @return the dimension measured, not null */
  public Dimension dimension() {
    return dimension;
  }

  /** @return the basis measured, not null */
  public Basis basis() {
    return basis;
  }

  /** @return the scope counted on each date, not null */
  public Scope scope() {
    return scope;
  }

  /** @return one point per date, in date order, not null */
  public List<TrendPoint> points() {
    return points;
  }

  /**
   * The holders that appear on any date, the largest first (by their largest share over the series).
   *
   * @return the holders, not null
   */
  public List<String> holders() {
    Set<String> all = new LinkedHashSet<>();
    points.forEach(p -> all.addAll(p.shares().keySet()));
    List<String> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> {
      int c = Double.compare(maxShare(b), maxShare(a));
      return c != 0 ? c : a.compareTo(b);
    });
    return sorted;
  }

  private double maxShare(String holder) {
    return points.stream().mapToDouble(p -> p.shares().getOrDefault(holder, 0.0)).max().orElse(0);
  }
}
