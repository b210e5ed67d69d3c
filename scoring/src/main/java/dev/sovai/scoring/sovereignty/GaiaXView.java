package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Objects;

import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;

/**
 * The Gaia-X Label Level 3 criteria the landscape can answer (Policy Rules Compliance Document 24.11): P5.1.4 seat
 * (registered head office, headquarters and main establishment in the EU/EEA), P5.1.5 control (no shareholder seated
 * outside the EU/EEA holds control — decisive influence per EU Merger Regulation 139/2004 — directly or indirectly,
 * individually or jointly), and, for a site, P5.1.2 data location (customer data processed and stored exclusively in
 * the EU/EEA).
 *
 * @param provider  the operator assessed, not null
 * @param seat  the outcome of P5.1.4, not null
 * @param control  the outcome of P5.1.5, not null
 * @param dataLocation  the outcome of P5.1.2, {@link Outcome#NOT_APPLICABLE} for an operator alone, not null
 * @param outcome  the overall outcome over these criteria, not null
 * @param findings  the findings, not null
 */
public record GaiaXView(String provider, Outcome seat, Outcome control, Outcome dataLocation, Outcome outcome,
    List<Finding> findings) {
  /** Validates and copies the findings. */
  public GaiaXView {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(seat, "seat");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(dataLocation, "dataLocation");
    Objects.requireNonNull(outcome, "outcome");
    findings = FindingList.freeze(findings); // built when first read
  }
}
