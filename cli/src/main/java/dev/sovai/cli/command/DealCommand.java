package dev.sovai.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.sovai.cli.render.AssessmentText;
import dev.sovai.cli.render.Overview;
import dev.sovai.cli.render.Screening;
import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.DealScreening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai deal FILE DEAL_ID [--basis BASIS] [--json]}: screens a deal: what it changes (stakes, site roles), and, with the
 * concentration scorer, the change in concentration per dimension and the presumptions it fires.
 */
@Command(name = "deal", mixinStandardHelpOptions = true,
    description = {"Screen a deal: its parties and value, what applying it changes (stakes, operators, owners,"
        + " gateways), the change in concentration per dimension and the regulators' presumptions it fires.",
        "FILE @seed stands for the bundled seed landscape."})
final class DealCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "A landscape document (JSON), or @seed.")
  String file;

  @Parameters(index = "1", paramLabel = "DEAL_ID", description = "The deal's identifier in the document.")
  String dealId;

  @Option(names = "--basis", paramLabel = "BASIS", completionCandidates = EnumConverter.Bases.class,
      description = "Measure capacity in: ${COMPLETION-CANDIDATES}. Default: accelerators.")
  Basis basis = Basis.ACCELERATORS;

  @Option(names = "--json", description = "Print the screening as an assessment in JSON (the deal's effects are"
      + " the document's own).")
  boolean json;

  @Override
  public Integer call() {
    Landscape before = readArgument(file);
    Deal deal = before.deal(dealId).orElseThrow(() -> new UserException(Exit.INVALID, "no deal '" + dealId + "' in "
        + file + "; its deals are: " + before.deals().stream().map(Deal::id).collect(Collectors.joining(", "))));
    DealScreening screening;
    try {
      screening = Screening.screen(before, deal, basis, before.asOf());
    } catch (InvalidLandscapeException e) {
      throw new UserException(Exit.INVALID, "applying " + deal.id() + " breaks the landscape: " + e.violations().stream()
          .map(v -> TerminalSafeWriter.oneLine(v.toString())).collect(Collectors.joining("; ")), e);
    }
    if (json) {
      out().print(Documents.json(screening.toAssessment()));
      return Exit.OK;
    }
    PrintWriter out = text();
    // the title, notes and quoted values are the document's text: each stays on its line
    out.println("Deal " + deal.id() + ": " + TerminalSafeWriter.oneLine(deal.title()));
    out.println("  kind " + Overview.lower(deal.kind().name()) + ", status " + Overview.lower(deal.status().name())
        + deal.value().map(v -> ", value " + Overview.money(v)).orElse("")
        + deal.announced().map(d -> ", announced " + d).orElse(""));
    out.println("  parties: " + deal.parties().stream().map(Overview::party).collect(Collectors.joining(", ")));
    if (!deal.sites().isEmpty()) {
      out.println("  sites: " + String.join(", ", deal.sites()));
    }
    deal.notes().ifPresent(n -> out.println("  notes: " + TerminalSafeWriter.oneLine(n)));
    out.println();
    out.println("Effects");
    if (deal.effects().isEmpty()) {
      out.println("  none recorded: the deal changes no stake, operator, owner or gateway");
    }
    for (StakeChange c : deal.effects().stakes()) {
      String was = before.operator(c.operator()).flatMap(o -> o.stakeOf(c.stake().holder()))
          .map(s -> AssessmentText.number(s.capitalShare() * 100) + " %").orElse("nothing");
      out.println("  " + c.stake().holder() + " holds " + AssessmentText.number(c.stake().capitalShare() * 100)
          + " % of " + c.operator() + " (before: " + was + ")");
    }
    for (SiteChange c : deal.effects().sites()) {
      out.println("  site " + c.site() + ": " + c.operator().map(o -> "operator " + o + " ").orElse("")
          + c.owners().map(o -> "owners " + String.join(", ", o) + " ").orElse("")
          + c.accessGateway().map(g -> "gateway " + g).orElse("").trim());
    }
    out.println();
    Screening.print(out, screening);
    out.flush();
    return Exit.OK;
  }
}
