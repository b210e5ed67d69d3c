package dev.sovai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sovai.io.ReferenceData;
import dev.sovai.model.Confidence;
import dev.sovai.model.Money;
import dev.sovai.model.Source;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;

/** The seed landscape holds every system, actor, site, deal and figure of the five articles, each citing its article. */
class SeedLandscapeTest {
  private final Landscape seed = SeedLandscape.load();
  private final Landscape reference = ReferenceData.load();

  private Site site(String id) {
    return seed.site(id).orElseThrow(() -> new AssertionError("no site " + id));
  }

  private Deal deal(String id) {
    return seed.deal(id).orElseThrow(() -> new AssertionError("no deal " + id));
  }

  @Test
  void isDatedAsTheSeedDocumentAndReadOverTheReferenceData() {
    assertEquals(LocalDate.of(2025, 11, 20), seed.asOf());
    assertTrue(seed.accelerator("nvidia-gb300").isPresent());
    assertTrue(seed.jurisdiction("US").isPresent());
    assertEquals(reference.operator("nvidia"), seed.operator("nvidia"), "the seed must not replace a vendor");
  }

  @Test
  void citesEachArticleWithItsLanguage() {
    for (int i = 0; i <= 4; i++) {
      Source s = seed.source("seed-00" + i).orElseThrow();
      assertEquals("fr", s.language().orElseThrow(), s.id());
    }
    assertEquals("HubToWork", seed.source("seed-002").orElseThrow().publisher().orElseThrow());
    assertEquals("DataScientest", seed.source("seed-004").orElseThrow().publisher().orElseThrow());
  }

  @Test
  void everySeedEntityCitesASource() {
    Set<String> refOperators = reference.operators().stream().map(Operator::id).collect(Collectors.toSet());
    for (Operator o : seed.operators()) {
      if (!refOperators.contains(o.id())) {
        assertFalse(o.sources().isEmpty(), o.id());
      }
    }
    for (Site s : seed.sites()) {
      assertFalse(s.sources().isEmpty(), s.id());
      assertTrue(s.sources().stream().anyMatch(id -> id.startsWith("seed-")), s.id());
    }
    for (Deal d : seed.deals()) {
      assertTrue(d.sources().stream().anyMatch(id -> id.startsWith("seed-")), d.id());
    }
  }

  @Test
  void theAlignedAcquisition() {
    Deal d = deal("aligned-acquisition");
    assertEquals(DealKind.ACQUISITION, d.kind());
    assertEquals(Money.of("40000000000", "USD"), d.value().orElseThrow());
    // the article names BlackRock, Microsoft and Nvidia; the announcement of 15 October 2025 adds MGX
    assertEquals(List.of("blackrock", "microsoft", "nvidia", "mgx"), d.partiesWithRole(PartyRole.INVESTOR));
    assertEquals(List.of("aligned-data-centers"), d.partiesWithRole(PartyRole.TARGET));
  }

  @Test
  void oracleAndAmd() {
    Deal d = deal("oracle-amd-gpus");
    assertEquals(50_000, d.accelerators().stream().mapToLong(AcceleratorLot::count).sum());
    assertEquals(List.of("amd"), d.partiesWithRole(PartyRole.SUPPLIER));
  }

  @Test
  void nscaleAndMicrosoft() {
    Deal d = deal("nscale-microsoft-gb300");
    assertEquals(200_000, d.accelerators().get(0).count());
    assertEquals("nvidia-gb300", d.accelerators().get(0).accelerator().orElseThrow());
    assertEquals(52_000, site("nscale-norway").acceleratorCount());
    assertEquals(104_000, site("nscale-texas").acceleratorCount());
    assertEquals("US-TX", site("nscale-texas").jurisdiction());
    assertEquals(23_000, site("nscale-uk").acceleratorCount());
    assertEquals(12_600, site("nscale-portugal").acceleratorCount());
    for (String id : d.sites()) {
      assertEquals(List.of("microsoft"), site(id).tenants(), id);
      assertEquals(Confidence.ESTIMATED, site(id).fleet().get(0).confidence(), "the per-campus chip is inferred");
    }
    assertEquals(new BigDecimal("1500000000"), deal("nscale-funding").value().orElseThrow().amount());
    assertEquals("GB", seed.operator("nscale").orElseThrow().seat().orElseThrow());
  }

  @Test
  void theNvidiaArticle() {
    assertEquals(14_000, site("nebius-nscale-uk-blackwell").acceleratorCount());
    Site dt = site("dt-industrial-ai-cloud");
    assertEquals(10_000, dt.acceleratorCount());
    assertEquals(Set.of("nvidia-b200", "nvidia-rtx-pro-6000"),
        dt.fleet().stream().map(l -> l.accelerator().orElseThrow()).collect(Collectors.toSet()));
    Deal dtDeal = deal("dt-nvidia-industrial-ai-cloud");
    assertEquals(Money.of("1150000000", "USD"), dtDeal.value().orElseThrow());
    assertTrue(dtDeal.partiesWithRole(PartyRole.PARTNER).containsAll(List.of("sap", "agile-robots")));
    assertEquals(List.of("perplexity"), dtDeal.partiesWithRole(PartyRole.CUSTOMER));
    assertEquals("2026", dt.operationalFrom().orElseThrow().toString());
    assertEquals(18_000, site("mistral-compute-france").acceleratorCount());
    AcceleratorLot colosseum = site("domyn-colosseum").fleet().get(0);
    assertEquals(5_760, colosseum.count(), "the article gives no count: 80 GB200 NVL72 x 72 per Epoch AI and Reuters");
    assertEquals(Confidence.ESTIMATED, colosseum.confidence());
    assertTrue(colosseum.sources().contains("ext-epoch-ai-supercomputers"));
    AcceleratorLot mistral = site("mistral-compute-france").fleet().get(0);
    assertEquals(Confidence.ESTIMATED, mistral.confidence(), "the generation and the unit are not given");
    assertTrue(mistral.reportedModel().orElseThrow().contains("systèmes"), "the article's unit is kept");
    assertTrue(site("mistral-compute-france").notes().orElseThrow().contains("36,000"), "the count's derivation");
    assertEquals("orange-business", site("orange-cloud-avenue").operator().orElseThrow());
    assertTrue(Stream.of("telefonica", "swisscom", "telenor", "siemens")
        .allMatch(id -> seed.operator(id).isPresent()));
    // operators researched for the reference data come from it, not from a second copy in the seed
    for (String id : List.of("deutsche-telekom", "mistral-ai", "nscale", "nebius", "meta", "orange-business", "oreus-ai")) {
      assertEquals(reference.operator(id), seed.operator(id), id);
    }
    String notes = deal("nvidia-europe-sovereign-ai").notes().orElseThrow();
    assertTrue(notes.contains("3,000 exaflops") && notes.contains("300 %"), notes);
    assertEquals(Money.of("200000000000", "EUR"), deal("eu-ai-factories").value().orElseThrow());
    assertEquals(DealKind.PUBLIC_FUNDING, deal("eu-ai-factories").kind());
  }

  @Test
  void theGrenobleVenture() {
    Site g = site("oreus-grenoble");
    assertEquals("FR", g.jurisdiction());
    assertEquals("oreus-ai", g.accessGateway().orElseThrow());
    assertEquals(8_500, g.acceleratorCount());
    assertTrue(g.fleet().get(0).accelerator().isEmpty(), "the architecture was not disclosed");
    assertEquals(Money.of("800000000", "EUR"), deal("oreus-core42-grenoble").value().orElseThrow());
    Operator core42 = seed.operator("core42").orElseThrow();
    assertEquals("AE", core42.seat().orElseThrow());
    assertEquals("g42", core42.stakes().get(0).holder());
    assertTrue(g.notes().orElseThrow().contains("nuclear"));
  }

  @Test
  void metaAndArm() {
    Deal d = deal("meta-arm-partnership");
    assertEquals(List.of("meta-hyperion", "meta-prometheus"), d.sites());
    Predicate<Site> placedByEpoch = s -> s.sources().contains("ext-epoch-frontier-data-centers")
        && s.coordinates().isPresent() && s.confidence() == Confidence.REPORTED;
    assertTrue(placedByEpoch.test(site("meta-hyperion")) && placedByEpoch.test(site("meta-prometheus")),
        "the article gives no location; Epoch AI's frontier data-centre dataset does");
    assertEquals("US-LA", site("meta-hyperion").jurisdiction());
    assertEquals("US-OH", site("meta-prometheus").jurisdiction());
    assertEquals(32.5033, site("meta-hyperion").coordinates().orElseThrow().latitude(), 1e-9);
    assertEquals(-82.75, site("meta-prometheus").coordinates().orElseThrow().longitude(), 1e-9);
  }

  @Test
  void curatorConclusionsAreMarked() {
    Site portugal = site("nscale-portugal");
    assertTrue(portugal.dataLocations().isEmpty(), "an aim is not a data location");
    assertTrue(portugal.notes().orElseThrow().contains("aim"));
    assertEquals("Sines", portugal.place().orElseThrow());
    assertEquals(1.1, portugal.pue().orElseThrow(), 1e-9);
    assertTrue(portugal.notes().orElseThrow().contains("design value"), "a design PUE is said to be one");
    Operator domyn = seed.operator("domyn").orElseThrow();
    assertEquals("IT", domyn.centralAdministration().orElseThrow());
    assertTrue(domyn.notes().orElseThrow().contains("curator reading (estimated)"), "the main establishment is a reading");
    for (String id : deal("nscale-microsoft-gb300").sites()) {
      assertTrue(site(id).notes().orElseThrow().contains("curator conclusion (estimated)"), id);
    }
    Site orange = site("orange-cloud-avenue");
    assertEquals(Confidence.ESTIMATED, orange.confidence(), "status and country are curator conclusions");
    Site grenoble = site("oreus-grenoble");
    assertTrue(grenoble.itCapacityMw().isEmpty(), "15 MW is electrical capacity, not IT load");
    assertTrue(grenoble.notes().orElseThrow().contains("15 MW"));
    assertEquals(45.15, grenoble.coordinates().orElseThrow().latitude(), 1e-9);
    Deal jv = deal("oreus-core42-grenoble");
    assertEquals("2025-05", jv.announced().orElseThrow().toString());
    assertEquals(Confidence.ESTIMATED, jv.confidence());
    assertEquals("2025-10-15", deal("aligned-acquisition").announced().orElseThrow().toString());
  }
}
