package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import dev.sovai.model.Confidence;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.Party;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteCapacity;
import dev.sovai.model.site.SiteStatus;

/** The parts of the report that come from the landscape itself, before any scorer: its sites and deals. */
public final class Overview {
  private Overview() {}

  /**
   * Prints the headline counts.
   *
   * @param out  where to print, not null
   * @param l  the landscape, not null
   * @param asOf  the date the report is as of, not null
   */
  static void counts(PrintWriter out, Landscape l, LocalDate asOf) {
    long sites = l.sites().size();
    long jurisdictions = l.sites().stream().map(Site::jurisdiction).distinct().count();
    out.println(sites + " sites in " + jurisdictions + " jurisdictions, " + l.operators().size() + " operators, "
        + l.deals().size() + " deals, " + l.sources().size() + " sources");
    long onSites = l.sites().stream().mapToLong(Site::acceleratorCount).sum();
    long operational = l.sites().stream()
        .filter(site -> site.statusOn(asOf) == SiteStatus.OPERATIONAL)
        .flatMap(site -> site.fleet().stream())
        .filter(lot -> lot.status() == SiteStatus.OPERATIONAL)
        .mapToLong(AcceleratorLot::count).sum();
    long inDealsOnly = l.deals().stream().filter(d -> d.sites().isEmpty())
        .mapToLong(d -> d.accelerators().stream().mapToLong(AcceleratorLot::count).sum()).sum();
    out.println("Accelerators on sites: " + AssessmentText.number(onSites) + ", of which operational on " + asOf
        + ": " + AssessmentText.number(operational) + "; in deals not tied to a site: "
        + AssessmentText.number(inDealsOnly));
    double[] total = new double[3];
    int[] sitesWith = new int[3];
    for (Site site : l.sites()) {
      if (site.statusOn(asOf) != SiteStatus.OPERATIONAL) {
        continue;
      }
      SiteCapacity c = site.capacityOn(asOf);
      OptionalDouble[] figures = {c.itPowerMw(), c.facilityPowerMw(), c.h100Equivalents()};
      for (int i = 0; i < figures.length; i++) {
        if (figures[i].isPresent()) {
          total[i] += figures[i].getAsDouble();
          sitesWith[i]++;
        }
      }
    }
    out.println("Capacity in force on " + asOf + " at operational sites (reported, or the dated step in force): "
        + AssessmentText.number(total[0]) + " MW IT power (" + sitesWith[0] + " sites), "
        + AssessmentText.number(total[1]) + " MW facility power (" + sitesWith[1] + " sites), "
        + AssessmentText.number(total[2]) + " H100 equivalents (" + sitesWith[2] + " sites)");
  }

  /**
   * Prints the table of sites.
   *
   * @param out  where to print, not null
   * @param l  the landscape, not null
   * @param asOf  the date the statuses are taken on, not null
   */
  static void sites(PrintWriter out, Landscape l, LocalDate asOf) {
    Table t = Table.of("site", "where", "kind", "status", "accelerators>", "chips", "operator", "owners", "gateway");
    for (Site s : l.sites()) {
      String where = s.jurisdiction() + s.place().map(p -> ", " + p).orElse("");
      String chips = s.fleet().stream().map(lot -> lot.accelerator().orElse(lot.reportedModel().orElse("?"))
          + (lot.confidence() == Confidence.ESTIMATED ? "*" : "")).distinct().collect(Collectors.joining(", "));
      t.row(s.id() + (s.confidence() == Confidence.ESTIMATED ? "*" : ""), where, lower(s.kind().name()),
          lower(s.statusOn(asOf).name()), s.fleet().isEmpty() ? "?" : AssessmentText.number(s.acceleratorCount()),
          chips.isEmpty() ? "?" : chips, s.operator().orElse("?"),
          s.owners().isEmpty() ? "(operator)" : String.join(", ", s.owners()), s.accessGateway().orElse(""));
    }
    t.print(out, "  ");
    out.println("  (* estimated by the curator; ? not known)");
  }

  /**
   * Prints the table of deals.
   *
   * @param out  where to print, not null
   * @param l  the landscape, not null
   */
  static void deals(PrintWriter out, Landscape l) {
    Table t = Table.of("deal", "kind", "status", "value>", "parties");
    for (Deal d : l.deals()) {
      t.row(d.id(), lower(d.kind().name()), lower(d.status().name()), d.value().map(Overview::money).orElse(""),
          d.parties().stream().map(Overview::party).collect(Collectors.joining(", ")));
    }
    t.print(out, "  ");
  }

  public static String party(Party p) {
    return p.operator() + " (" + lower(p.role().name()) + ")";
  }

  public static String money(dev.sovai.model.Money m) {
    return m.currency().getCurrencyCode() + " " + String.format(Locale.ROOT, "%,d", m.amount().toBigInteger());
  }

  public static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
