package io.briefcheck.analysis.campaign;

import io.briefcheck.model.BriefClaim;

/**
 * What a brief claim's substantiation says about its evidence (only for one that says something):
 * the kind of evidence it names and the detail that pins it down. rules/brief/claims.drl decides
 * whether that is enough.
 *
 * @param kind   the first evidence word (study, Laborbericht, étude, ...) or "link", or null when it names none
 * @param detail the first date, number, reference or link in it, or null when it has none
 */
public record Evidence(BriefClaim claim, String kind, String detail) {
}
