package org.diaban.ui.search;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diaban.service.search.SearchResult;
import org.diaban.service.search.SearchService;
import org.diaban.ui.common.TaskRunner;

/**
 * Searches while the user types. Each keystroke starts a search in the background; an answer
 * to an older query is dropped, so the list always matches the text in the field.
 */
public final class SearchViewModel {

    static final int LIMIT = 40;

    private final SearchService search;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>();
    private long generation;

    public SearchViewModel(SearchService search, TaskRunner tasks) {
        this.search = search;
        this.tasks = tasks;
        query.addListener((obs, old, text) -> run(text));
    }

    private void run(String text) {
        long mine = ++generation;
        if (text == null || text.isBlank()) {
            result.set(null);
            return;
        }
        tasks.run(() -> search.search(text, LIMIT), r -> {
            if (mine == generation) {
                result.set(r);
            }
        }, error -> {
            if (mine == generation) {
                result.set(null);
            }
        });
    }

    /** Builds the index ahead of the first keystroke. */
    public void warmUp() {
        tasks.run(() -> search.index().size(), n -> { }, e -> { });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<SearchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
