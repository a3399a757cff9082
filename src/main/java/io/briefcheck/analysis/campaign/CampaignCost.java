package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Budget;
import io.briefcheck.model.Money;

/**
 * What a brief promises to pay in fees, held against its budget (rules/brief/budget.drl decides):
 * {@code fee × perCreator × creators}, where {@code perCreator} is how many times one creator is paid
 * the fee (the sum of the deliverables' counts, or 1 when the fee is per creator).
 *
 * @param creators   creators on the roster, or 1 when the roster is empty ({@code rosterGiven} false)
 * @param feeCurrency the fee's currency, or the budget's when the fee gives none
 */
public record CampaignCost(Brief brief, Budget budget, Money fee, String feeCurrency, boolean perDeliverable,
                           int perCreator, int creators, boolean rosterGiven, double total) {

    /** True when both amounts are in one currency (or either leaves it out), so they can be compared. */
    public boolean comparable() {
        return budget.currency() == null || feeCurrency == null
                || budget.currency().strip().equalsIgnoreCase(feeCurrency.strip());
    }

    /** The sum as a message shows it: "300 EUR per post × 3 deliverables per creator × 2 creators = 1,800 EUR". */
    public String sum() {
        String cur = feeCurrency == null ? "" : " " + feeCurrency.strip();
        String per = fee.per() == null ? "deliverable" : fee.per().strip();
        String line = Figures.money(fee.amount()) + cur + " per " + per;
        if (perDeliverable) line += " × " + perCreator + (perCreator == 1 ? " deliverable" : " deliverables") + " per creator";
        line += " × " + creators + (creators == 1 ? " creator" : " creators");
        return line + " = " + Figures.money(total) + cur;
    }
}
