package dev.sovai.model.csf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.sovai.model.Provenance;

/**
 * The catalogue of the EU Cloud Sovereignty Framework's calculator (Implementation Guidance, 1 June 2026): its 48
 * criteria in 8 objectives, each with its maximum points, whether it gates the SEAL floor and its ladder of rungs
 * (wording, points, SEAL tag; worst first). The data is bundled with the library
 * ({@code dev/sovai/model/csf/calculator-2026-06.tsv}), transcribed from the public transcription
 * flavienbwk/cloud-sovereignty-score ({@code questions.js}, MIT licence) — the file's header says which commit and
 * where it differs from the source and from the other transcription, SUSE/csf-self-assessment.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class CsfCatalogue {
  private static final String RESOURCE = "calculator-2026-06.tsv";
  private static final CsfCatalogue CALCULATOR_2026_06 = load();

  private final Provenance provenance;
  private final Map<String, Criterion> criteria;

  /**
   * One rung of a criterion's ladder.
   *
   * @param label  the rung as the calculator words it (shortened to its lead phrase), not blank
   * @param points  the points the rung earns, in [0, the criterion's maximum]
   * @param seal  the SEAL tag the rung supports, in [0, 4]
   */
  public record Rung(String label, double points, int seal) {
    /**
     * Checks the rung.
     *
     * @throws IllegalArgumentException if the label is blank, the points negative or the SEAL outside [0, 4]
     * @throws NullPointerException if the label is null
     */
    public Rung {
      Objects.requireNonNull(label, "label");
      if (label.isBlank() || !(points >= 0) || seal < 0 || seal > 4) {
        throw new IllegalArgumentException("CSF rung \"" + label + "\": blank, points " + points + " < 0 or SEAL "
            + seal + " outside [0, 4]");
      }
    }
  }

  /**
   * One criterion of the calculator.
   *
   * @param code  the framework identifier, {@code "SOV-1.1"} … {@code "SOV-8.4"}, not null
   * @param name  the criterion's name, not blank
   * @param maxPoints  the points of its best rung, &gt; 0
   * @param gates  true if its SEAL tag enters the SEAL floor
   * @param rungs  the ladder, worst rung first, 3 to 5 rungs, the last earning {@code maxPoints}
   */
  public record Criterion(String code, String name, double maxPoints, boolean gates, List<Rung> rungs) {
    /**
     * Checks the criterion.
     *
     * @throws IllegalArgumentException if the code is not {@code SOV-n.m}, the ladder has fewer than 3 or more than
     *     5 rungs, or its best rung does not earn the maximum
     * @throws NullPointerException if an argument is null
     */
    public Criterion {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      rungs = List.copyOf(rungs);
      if (!code.matches("SOV-[1-8]\\.[1-9]") || rungs.size() < 3 || rungs.size() > 5
          || Math.abs(rungs.get(rungs.size() - 1).points() - maxPoints) > 1e-9) {
        throw new IllegalArgumentException("CSF criterion " + code + ": bad code, ladder of " + rungs.size()
            + " rungs, or best rung not worth " + maxPoints);
      }
    }

    /** @return the objective's identifier, {@code "SOV-1"} … {@code "SOV-8"} */
    public String objective() {
      return code.substring(0, code.indexOf('.'));
    }

    /**
     * @param position  0 for the worst rung, up to {@code rungs().size() - 1}
     * @return the rung, not null
     * @throws IndexOutOfBoundsException if there is no rung at that position
     */
    public Rung rung(int position) {
      return rungs.get(position);
    }
  }

  private CsfCatalogue(Provenance provenance, Map<String, Criterion> criteria) {
    this.provenance = provenance;
    this.criteria = Collections.unmodifiableMap(criteria);
  }

  /** @return the catalogue of the 1 June 2026 calculator, 48 criteria, not null */
  public static CsfCatalogue calculator2026() {
    return CALCULATOR_2026_06;
  }

  /** @return where the catalogue comes from, not null */
  public Provenance provenance() {
    return provenance;
  }

  /** @return the criteria in framework order (SOV-1.1 … SOV-8.4), not null */
  public List<Criterion> criteria() {
    return List.copyOf(criteria.values());
  }

  /**
   * @param code  a criterion identifier such as {@code "SOV-2.3"}, may be null
   * @return the criterion, or empty if the catalogue has none of that identifier
   */
  public Optional<Criterion> criterion(String code) {
    return Optional.ofNullable(code == null ? null : criteria.get(code));
  }

  private static CsfCatalogue load() {
    Map<String, Criterion> out = new LinkedHashMap<>();
    try (InputStream in = CsfCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("CSF catalogue resource " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] head = null;
      List<Rung> rungs = new ArrayList<>();
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[0].equals("criterion") && f.length == 5) {
          add(out, head, rungs);
          head = f;
          rungs = new ArrayList<>();
        } else if (f[0].equals("rung") && f.length == 4 && head != null) {
          rungs.add(new Rung(f[3], Double.parseDouble(f[1]), Integer.parseInt(f[2])));
        } else {
          throw new IllegalStateException("CSF catalogue " + RESOURCE + " line " + lineNo + " is malformed: " + line);
        }
      }
      add(out, head, rungs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CsfCatalogue(Provenance.of("European Commission, Cloud Sovereignty Framework Implementation Guidance,"
        + " Annex sovereignty assessment calculator (1 June 2026), as transcribed by flavienbwk/cloud-sovereignty-score"
        + " questions.js (MIT) at commit 104d8657aaa139380a9f55b324b65dafb55088d0", 2026), out);
  }

  private static void add(Map<String, Criterion> out, String[] head, List<Rung> rungs) {
    if (head != null) {
      Criterion c = new Criterion(head[1], head[4], Double.parseDouble(head[2]), Boolean.parseBoolean(head[3]), rungs);
      if (out.put(c.code(), c) != null) {
        throw new IllegalStateException("CSF catalogue lists " + c.code() + " twice");
      }
    }
  }

  @Override
  public String toString() {
    return "CsfCatalogue[" + criteria.size() + " criteria, " + provenance + "]";
  }
}
