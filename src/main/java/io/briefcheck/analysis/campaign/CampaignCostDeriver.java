package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Budget;
import io.briefcheck.model.Deliverable;
import io.briefcheck.model.Located;
import io.briefcheck.model.Money;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives a {@link CampaignCost} for each brief with a budget and a fee it can total: the fee's
 * {@code per} says whether it is paid per deliverable or per creator ({@code briefs.budget}); a fee per
 * anything else (a month, an hour) is not totalled. A deliverable without a count counts once.
 */
public final class CampaignCostDeriver implements Deriver {

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        List<Object> out = new ArrayList<>();
        for (Located f : facts) {
            if (f instanceof Brief b) {
                CampaignCost cost = cost(b, data);
                if (cost != null) out.add(cost);
            }
        }
        return out;
    }

    static CampaignCost cost(Brief b, RuleData data) {
        Budget budget = b.budget();
        Money fee = b.compensation() == null ? null : b.compensation().fee();
        if (budget == null || budget.amount() == null || fee == null || fee.amount() == null) return null;
        String per = fee.per() == null ? null : fee.per().strip().toLowerCase(Locale.ROOT);
        boolean perDeliverable = per == null || data.strings("briefs.budget.fee_per_deliverable").contains(per);
        if (!perDeliverable && !data.strings("briefs.budget.fee_per_creator").contains(per)) return null;
        int deliverables = 0;
        for (Deliverable d : b.deliverables()) deliverables += d.count() == null || d.count() < 1 ? 1 : d.count();
        if (perDeliverable && deliverables == 0) return null;
        int perCreator = perDeliverable ? deliverables : 1;
        boolean roster = !b.influencers().isEmpty();
        int creators = roster ? b.influencers().size() : 1;
        String currency = fee.currency() != null ? fee.currency() : budget.currency();
        return new CampaignCost(b, budget, fee, currency, perDeliverable, perCreator, creators, roster,
                fee.amount() * perCreator * creators);
    }
}
