package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;

class PortugalDealExampleTest {
  @Test
  void buildsTheSeedDeal() {
    Landscape l = PortugalDealExample.build();
    assertEquals(12_600, l.site("nscale-portugal").orElseThrow().acceleratorCount());
    assertEquals(1, l.dealsOfSite("nscale-portugal").size());
    assertEquals(1, l.dealsOfParty("microsoft").size());
    assertTrue(l.sitesOperatedBy("nscale").stream().anyMatch(s -> s.id().equals("nscale-portugal")));
  }
}
