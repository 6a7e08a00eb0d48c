package org.diaban.service.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells interested parties (caches, the search index, open views) that data changed. Listeners
 * run on the thread that made the change; UI listeners hop to the FX thread themselves.
 */
public final class DataChanges {

    /** What changed, coarsely: enough to know which caches to drop. */
    public enum Topic {
        HIERARCHY,
        CADRES,
        HOUSEHOLDS,
        ASSIGNMENTS,
        ACTIVITIES,
        CONCERNS,
        WORKING_GROUPS,
        SETTINGS,
        EVERYTHING
    }

    private final List<Consumer<Topic>> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<Topic> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Topic> listener) {
        listeners.remove(listener);
    }

    public void publish(Topic topic) {
        listeners.forEach(l -> l.accept(topic));
    }
}
