package dev.sovai.io.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.sovai.io.LandscapeFormat;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealStatus;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.Adequacy;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/**
 * Writes the landscape document and each model type to a {@link JsonGenerator} in canonical form: members in
 * the model's declaration order, absent optionals, empty collections and default values left out, sets sorted,
 * enums as lower-case names. Nothing is buffered beyond what the generator buffers.
 *
 * <p>The class is long (close to 600 lines) because it is one thing: the canonical order of every member of the
 * format, one short method per model type, mirroring {@link LandscapeDecoder}; the document's framing and the
 * streaming of large documents are the writer's ({@code dev.sovai.io.LandscapeWriter}).
 */
public final class LandscapeEncoder {
  private final JsonGenerator g;

  /**
   * @param generator  the generator
   */
  public LandscapeEncoder(JsonGenerator generator) {
    this.g = generator;
  }

  /** @return the generator written to */
  public JsonGenerator generator() {
    return g;
  }

  /**
   * @param d  a partial date, written as its text form
   * @throws IOException on a write failure
   */
  public void partialDate(PartialDate d) throws IOException {
    g.writeString(d.toString());
  }

  /**
   * Writes a whole document.
   *
   * @param l  the landscape
   * @throws IOException on a write failure
   */
  public void document(Landscape l) throws IOException {
    document(l.asOf(), l.jurisdictions(), l.operators(), l.accelerators(), l.sites(), l.deals(), l.sources());
  }

  /**
   * Writes a landscape document of entities that need not form a landscape alone (a document over a base).
   *
   * @param asOf  the date
   * @param jurisdictions  the jurisdictions, sorted
   * @param operators  the operators, sorted
   * @param accelerators  the accelerators, sorted
   * @param sites  the sites, sorted
   * @param deals  the deals, sorted
   * @param sources  the sources, sorted
   * @throws IOException on a write failure
   */
  public void document(java.time.LocalDate asOf, List<Jurisdiction> jurisdictions, List<Operator> operators,
      List<Accelerator> accelerators, List<Site> sites, List<Deal> deals, List<Source> sources) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", LandscapeFormat.NAME);
    g.writeNumberField("version", LandscapeFormat.VERSION);
    g.writeStringField("asOf", asOf.toString());
    array("jurisdictions", jurisdictions, this::jurisdiction);
    array("operators", operators, this::operator);
    array("accelerators", accelerators, this::accelerator);
    array("sites", sites, this::site);
    array("deals", deals, this::deal);
    array("sources", sources, this::source);
    g.writeEndObject();
  }

  /** Writes one value. */
  @FunctionalInterface
  public interface Writing<T> {
    /**
     * @param value  the value
     * @throws IOException on a write failure
     */
    void write(T value) throws IOException;
  }

  private <T> void array(String name, List<T> items, Writing<T> w) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T t : items) {
      w.write(t);
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String s : items) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private void sorted(String name, Collection<?> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    TreeSet<String> s = new TreeSet<>();
    for (Object o : items) {
      s.add(o instanceof Enum ? lower((Enum<?>) o) : o.toString());
    }
    g.writeArrayFieldStart(name);
    for (String v : s) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * @param e  an enum constant
   * @return its lower-case name
   */
  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private void str(String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private void num(String name, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsDouble());
    }
  }

  private void date(String name, Optional<PartialDate> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get().toString());
    }
  }

  private void en(String name, Enum<?> v) throws IOException {
    g.writeStringField(name, lower(v));
  }

  private void flag(String name, boolean v, boolean dflt) throws IOException {
    if (v != dflt) {
      g.writeBooleanField(name, v);
    }
  }

  private void cited(Cited c) throws IOException {
    strings("sources", c.sources());
    if (c.confidence() != Confidence.REPORTED) {
      en("confidence", c.confidence());
    }
  }

  /**
   * @param m  money
   * @throws IOException on a write failure
   */
  public void money(Money m) throws IOException {
    g.writeStartObject();
    g.writeStringField("amount", m.amount().toPlainString());
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeEndObject();
  }

  /**
   * @param s  a source
   * @throws IOException on a write failure
   */
  public void source(Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    str("publisher", s.publisher());
    if (s.url().isPresent()) {
      g.writeStringField("url", s.url().get().toString());
    }
    date("published", s.published());
    str("language", s.language());
    str("licence", s.licence());
    g.writeEndObject();
  }

  /**
   * @param j  a jurisdiction
   * @throws IOException on a write failure
   */
  public void jurisdiction(Jurisdiction j) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", j.code());
    g.writeStringField("name", j.name());
    sorted("blocs", j.blocs());
    if (j.adequacy().isPresent()) {
      g.writeFieldName("adequacy");
      adequacy(j.adequacy().get());
    }
    array("laws", j.laws(), this::law);
    if (j.grid().isPresent()) {
      g.writeFieldName("grid");
      grid(j.grid().get());
    }
    cited(j);
    g.writeEndObject();
  }

  private void adequacy(Adequacy a) throws IOException {
    g.writeStartObject();
    en("status", a.status());
    date("decided", a.decided());
    str("scope", a.scope());
    cited(a);
    g.writeEndObject();
  }

  private void law(ExtraterritorialLaw l) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField("name", l.name());
    sorted("reach", l.reach());
    date("effectiveFrom", l.effectiveFrom());
    date("effectiveUntil", l.effectiveUntil());
    str("summary", l.summary());
    cited(l);
    g.writeEndObject();
  }

  private void grid(GridProfile p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", p.year());
    g.writeNumberField("carbonIntensityGramsPerKwh", p.carbonIntensityGramsPerKwh());
    num("lowCarbonShare", p.lowCarbonShare());
    num("renewableShare", p.renewableShare());
    num("nuclearShare", p.nuclearShare());
    num("netImportShare", p.netImportShare());
    num("demandTwh", p.demandTwh());
    cited(p);
    g.writeEndObject();
  }

  /**
   * @param o  an operator
   * @throws IOException on a write failure
   */
  public void operator(Operator o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("name", o.name());
    en("kind", o.kind());
    str("seat", o.seat());
    str("centralAdministration", o.centralAdministration());
    str("mainEstablishment", o.mainEstablishment());
    sorted("operationsIn", o.operationsIn());
    array("stakes", o.stakes(), this::stake);
    if (o.remainder() != Remainder.UNKNOWN) {
      en("remainder", o.remainder());
    }
    array("stateLinks", o.stateLinks(), this::stateLink);
    array("certifications", o.certifications(), this::certification);
    array("csfDeclarations", o.csfDeclarations(), d -> CsfDeclarationCodec.write(g, d));
    str("notes", o.notes());
    cited(o);
    g.writeEndObject();
  }

  /**
   * @param s  a stake
   * @throws IOException on a write failure
   */
  public void stake(Stake s) throws IOException {
    g.writeStartObject();
    g.writeStringField("holder", s.holder());
    g.writeNumberField("capitalShare", s.capitalShare());
    num("votingShare", s.votingShare());
    flag("veto", s.veto(), false);
    flag("appointsBoardMajority", s.appointsBoardMajority(), false);
    date("asOf", s.asOf());
    cited(s);
    g.writeEndObject();
  }

  private void stateLink(StateLink s) throws IOException {
    g.writeStartObject();
    g.writeStringField("jurisdiction", s.jurisdiction());
    en("kind", s.kind());
    str("description", s.description());
    cited(s);
    g.writeEndObject();
  }

  private void certification(Certification c) throws IOException {
    g.writeStartObject();
    en("scheme", c.scheme());
    str("level", c.level());
    str("scope", c.scope());
    date("validFrom", c.validFrom());
    date("validUntil", c.validUntil());
    cited(c);
    g.writeEndObject();
  }

  /**
   * @param a  an accelerator
   * @throws IOException on a write failure
   */
  public void accelerator(Accelerator a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("vendor", a.vendor());
    g.writeStringField("model", a.model());
    num("boardPowerWatts", a.boardPowerWatts());
    num("denseBf16Tflops", a.denseBf16Tflops());
    num("denseFp8Tflops", a.denseFp8Tflops());
    num("h100Equivalent", a.h100Equivalent());
    sorted("fabJurisdictions", a.fabJurisdictions());
    date("released", a.released());
    cited(a);
    g.writeEndObject();
  }

  /**
   * @param s  a site
   * @throws IOException on a write failure
   */
  public void site(Site s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("name", s.name());
    if (s.kind() != SiteKind.DATA_CENTRE) {
      en("kind", s.kind());
    }
    g.writeStringField("jurisdiction", s.jurisdiction());
    str("place", s.place());
    if (s.coordinates().isPresent()) {
      g.writeFieldName("coordinates");
      coordinates(s.coordinates().get());
    }
    str("operator", s.operator());
    strings("owners", s.owners());
    str("accessGateway", s.accessGateway());
    strings("tenants", s.tenants());
    en("status", s.status());
    date("announced", s.announced());
    date("operationalFrom", s.operationalFrom());
    date("decommissioned", s.decommissioned());
    array("fleet", s.fleet(), this::lot);
    num("itCapacityMw", s.itCapacityMw());
    num("pue", s.pue());
    if (s.energy().isPresent()) {
      g.writeFieldName("energy");
      energy(s.energy().get());
    }
    sorted("dataLocations", s.dataLocations());
    sorted("administrationLocations", s.administrationLocations());
    sorted("supportLocations", s.supportLocations());
    if (s.sector().isPresent()) {
      en("sector", s.sector().get());
    }
    num("reportedDense16BitFlops", s.reportedDense16BitFlops());
    num("reportedH100Equivalents", s.reportedH100Equivalents());
    if (s.linpack().isPresent()) {
      g.writeFieldName("linpack");
      linpack(s.linpack().get());
    }
    array("capacitySteps", s.capacitySteps(), this::step);
    if (s.hardwareCost().isPresent()) {
      g.writeFieldName("hardwareCost");
      money(s.hardwareCost().get());
    }
    str("notes", s.notes());
    cited(s);
    g.writeEndObject();
  }

  /**
   * @param m  a Linpack measurement
   * @throws IOException on a write failure
   */
  public void linpack(LinpackMeasurement m) throws IOException {
    g.writeStartObject();
    g.writeNumberField("rmaxTflops", m.rmaxTflops());
    num("rpeakTflops", m.rpeakTflops());
    str("accelerator", m.accelerator());
    date("list", m.list());
    cited(m);
    g.writeEndObject();
  }

  /**
   * @param s  a capacity step
   * @throws IOException on a write failure
   */
  public void step(CapacityStep s) throws IOException {
    g.writeStartObject();
    date("date", Optional.of(s.date()));
    num("itPowerMw", s.itPowerMw());
    num("facilityPowerMw", s.facilityPowerMw());
    num("h100Equivalents", s.h100Equivalents());
    if (s.buildingsOperational().isPresent()) {
      g.writeNumberField("buildingsOperational", s.buildingsOperational().getAsLong());
    }
    cited(s);
    g.writeEndObject();
  }

  private void coordinates(Coordinates c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("latitude", c.latitude());
    g.writeNumberField("longitude", c.longitude());
    g.writeEndObject();
  }

  /**
   * @param l  an accelerator lot
   * @throws IOException on a write failure
   */
  public void lot(AcceleratorLot l) throws IOException {
    g.writeStartObject();
    str("accelerator", l.accelerator());
    str("reportedModel", l.reportedModel());
    g.writeNumberField("count", l.count());
    if (l.status() != SiteStatus.OPERATIONAL) {
      en("status", l.status());
    }
    date("date", l.date());
    cited(l);
    g.writeEndObject();
  }

  private void energy(EnergySupply e) throws IOException {
    g.writeStartObject();
    flag("gridConnected", e.gridConnected(), true);
    num("gridCapacityMw", e.gridCapacityMw());
    array("purchases", e.purchases(), this::purchase);
    array("onSite", e.onSite(), this::onSite);
    num("reportedRef", e.reportedRef());
    num("erf", e.erf());
    num("wueLitresPerKwh", e.wueLitresPerKwh());
    cited(e);
    g.writeEndObject();
  }

  private void purchase(PowerPurchase p) throws IOException {
    g.writeStartObject();
    en("source", p.source());
    num("share", p.share());
    num("capacityMw", p.capacityMw());
    str("supplier", p.supplier());
    cited(p);
    g.writeEndObject();
  }

  private void onSite(OnSiteGeneration o) throws IOException {
    g.writeStartObject();
    en("source", o.source());
    num("capacityMw", o.capacityMw());
    num("share", o.share());
    cited(o);
    g.writeEndObject();
  }

  /**
   * @param d  a deal
   * @throws IOException on a write failure
   */
  public void deal(Deal d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("title", d.title());
    en("kind", d.kind());
    array("parties", d.parties(), this::party);
    if (d.status() != DealStatus.ANNOUNCED) {
      en("status", d.status());
    }
    date("announced", d.announced());
    date("closed", d.closed());
    if (d.value().isPresent()) {
      g.writeFieldName("value");
      money(d.value().get());
    }
    strings("sites", d.sites());
    array("accelerators", d.accelerators(), this::lot);
    if (!d.effects().isEmpty()) {
      g.writeFieldName("effects");
      effects(d.effects());
    }
    str("notes", d.notes());
    cited(d);
    g.writeEndObject();
  }

  private void party(Party p) throws IOException {
    g.writeStartObject();
    g.writeStringField("operator", p.operator());
    en("role", p.role());
    g.writeEndObject();
  }

  private void effects(DealEffects e) throws IOException {
    g.writeStartObject();
    array("stakes", e.stakes(), this::stakeChange);
    array("sites", e.sites(), this::siteChange);
    g.writeEndObject();
  }

  private void stakeChange(StakeChange c) throws IOException {
    g.writeStartObject();
    g.writeStringField("operator", c.operator());
    g.writeFieldName("stake");
    stake(c.stake());
    g.writeEndObject();
  }

  private void siteChange(SiteChange c) throws IOException {
    g.writeStartObject();
    g.writeStringField("site", c.site());
    str("operator", c.operator());
    if (c.owners().isPresent()) {
      // an empty list is meaningful here (the owners become "the operator"), so it is written
      g.writeArrayFieldStart("owners");
      for (String o : c.owners().get()) {
        g.writeString(o);
      }
      g.writeEndArray();
    }
    str("accessGateway", c.accessGateway());
    g.writeEndObject();
  }
}
