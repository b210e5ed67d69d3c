package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command's output on the bundled seed landscape, byte for byte, as recorded in {@code golden/}: a change to a
 * scorer, a renderer or the seed document that changes what a user reads shows up here, and the golden file is
 * updated in the same commit with the reason in its message.
 */
class GoldenOutputTest {
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("report.txt", new String[] {"report"}),
        Arguments.of("score.txt", new String[] {"score", "@seed"}),
        Arguments.of("score.json", new String[] {"score", "@seed", "--json"}),
        Arguments.of("score.json", new String[] {"report", "--json"}),
        Arguments.of("conc-operator.txt", new String[] {"concentration", "@seed", "--by", "operator", "--basis", "accelerators"}),
        Arguments.of("conc-ultimate-controller.txt",
            new String[] {"concentration", "@seed", "--by", "ultimate-controller", "--basis", "accelerators"}),
        Arguments.of("conc-controlling-jurisdiction.txt",
            new String[] {"concentration", "@seed", "--by", "controlling-jurisdiction", "--basis", "accelerators"}),
        Arguments.of("conc-site-jurisdiction.txt",
            new String[] {"concentration", "@seed", "--by", "site-jurisdiction", "--basis", "accelerators"}),
        Arguments.of("conc-accelerator-vendor.txt",
            new String[] {"concentration", "@seed", "--by", "accelerator-vendor", "--basis", "accelerators"}),
        Arguments.of("conc-op-h100-eu.txt", new String[] {"concentration", "@seed", "--by", "operator", "--basis",
            "h100-equivalents", "--pipeline", "--scope", "EU"}),
        Arguments.of("conc-uc-itmw.json",
            new String[] {"concentration", "@seed", "--by", "ultimate-controller", "--basis", "it-mw", "--json"}),
        Arguments.of("deal-aligned.txt", new String[] {"deal", "@seed", "aligned-acquisition"}),
        Arguments.of("deal-aligned-h100.json",
            new String[] {"deal", "@seed", "aligned-acquisition", "--basis", "h100-equivalents", "--json"}),
        Arguments.of("deal-meta-arm.txt", new String[] {"deal", "@seed", "meta-arm-partnership"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void outputOnTheSeedLandscapeIsUnchanged(String golden, String[] args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SovaiCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(Exit.OK, code, () -> String.join(" ", args) + " failed:\n" + err);
    String expected;
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream("golden/" + golden)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, out.toString().replace(System.lineSeparator(), "\n"),
        () -> "sovai " + String.join(" ", args) + " differs from golden/" + golden);
  }
}
