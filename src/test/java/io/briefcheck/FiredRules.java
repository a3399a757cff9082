package io.briefcheck;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records which DRL rules fired; sessions run in parallel, so the set is a concurrent one. */
final class FiredRules extends DefaultAgendaEventListener {
    private final Set<String> fired = ConcurrentHashMap.newKeySet();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(key(event.getMatch().getRule()));
    }

    boolean contains(Rule rule) {
        return fired.contains(key(rule));
    }

    private static String key(Rule rule) {
        return rule.getPackageName() + "\u0000" + rule.getName();
    }
}
