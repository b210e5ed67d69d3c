package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.sovai.scoring.energy.EnergyQuantity;
import dev.sovai.scoring.energy.SiteEnergy;

/** Runs every example's {@code main} as a user would, and checks what it prints. */
class ExamplesTest {
  interface Main {
    void run() throws Exception;
  }

  static String stdout(Main main) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void portugalDeal() throws Exception {
    String out = stdout(() -> PortugalDealExample.main(new String[0]));
    assertEquals("Nscale Portugal campus in PT: 12600 accelerators, operated by nscale for microsoft\n",
        out.replace("\r\n", "\n"));
  }

  @Test
  void readAndScore() throws Exception {
    String out = stdout(() -> ReadAndScoreExample.main(new String[0]));
    assertTrue(out.startsWith("Energy of site nscale-portugal"), out);
    SiteEnergy e = ReadAndScoreExample.score();
    assertEquals(12_600, e.value(EnergyQuantity.ACCELERATORS_COUNTED).orElseThrow(), 0.0);
    assertTrue(e.value(EnergyQuantity.IT_POWER_MW).orElseThrow() > 0, "IT power is estimated from the fleet");
  }

  @Test
  void jacksonModule() throws Exception {
    String out = stdout(() -> JacksonModuleExample.main(new String[0]));
    assertEquals("{\"deal\":\"oreus-core42-grenoble\",\"value\":{\"amount\":\"800000000\",\"currency\":\"EUR\"},"
        + "\"announced\":\"2025-05\"}\n", out.replace("\r\n", "\n"));
  }

  @Test
  void testkitProperty() throws Exception {
    String out = stdout(() -> TestkitPropertyExample.main(new String[0]));
    assertEquals("HHI lies within its bounds: 200 landscapes checked\n", out.replace("\r\n", "\n"));
  }
}
