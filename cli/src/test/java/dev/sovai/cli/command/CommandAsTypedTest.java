package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command takes what users type: {@code @seed} everywhere, any case for codes, {@code --version} anywhere. */
class CommandAsTypedTest {
  @Test
  void seedStandsForTheBundledDocumentWhereverAFileIsExpected() {
    SovaiCliTest.Run validate = SovaiCliTest.run("validate", "@seed");
    assertEquals(Exit.OK, validate.code, validate::toString);
    assertEquals("@seed: valid\n", validate.out.replace("\r\n", "\n"));
    SovaiCliTest.Run check = SovaiCliTest.run("fmt", "--check", "@seed");
    assertEquals(Exit.OK, check.code, check::toString);
    assertEquals("@seed: canonical\n", check.out.replace("\r\n", "\n"));
    SovaiCliTest.Run report = SovaiCliTest.run("report", "@seed");
    assertEquals(Exit.OK, report.code, report::toString);
    assertEquals(SovaiCliTest.run("report").out, report.out);
  }

  @Test
  void theSeedDocumentIsNotRewritten() {
    SovaiCliTest.Run r = SovaiCliTest.run("fmt", "@seed");
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.err.startsWith("sovai: the bundled seed document (@seed) cannot be rewritten"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "validate", "fmt", "score", "concentration", "deal", "geojson", "import-epoch"})
  void versionWorksOnEveryCommand(String command) {
    SovaiCliTest.Run r = SovaiCliTest.run(command, "--version");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.startsWith("sovai "), r::toString);
  }

  @Test
  void homeBlocTakesAnyCaseAndRefusesWhatIsNeitherABlocNorACountry() {
    SovaiCliTest.Run lower = SovaiCliTest.run("report", "--home-bloc", "fr");
    assertEquals(Exit.OK, lower.code, lower::toString);
    assertTrue(lower.out.contains("home bloc FR"), lower::toString);
    SovaiCliTest.Run eu = SovaiCliTest.run("score", "@seed", "--home-bloc", "eu");
    assertEquals(Exit.OK, eu.code, eu::toString);
    SovaiCliTest.Run typo = SovaiCliTest.run("report", "--home-bloc", "UE");
    assertEquals(Exit.USAGE, typo.code, typo::toString);
    assertTrue(typo.err.startsWith("sovai: --home-bloc: \"UE\" is neither a bloc (EEA, EFTA, EU, GCC)"), typo::toString);
    assertEquals("", typo.out);
  }
}
